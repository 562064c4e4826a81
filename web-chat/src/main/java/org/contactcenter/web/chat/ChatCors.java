package org.contactcenter.web.chat;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the customer chat calls ({@code POST /api/v1/chats}, {@code /chats/resume}): the widget runs on the
 * company's web site, another origin than the center. Allowed origins: {@code cc.chat.allowed-origins} (comma
 * separated; {@code *} by default — the calls need no credentials, and a chat's token opens only that chat).
 * Preflight requests are answered here, before security and resource matching.
 */
@Provider
@PreMatching
public class ChatCors implements ContainerRequestFilter, ContainerResponseFilter {
    @Inject
    @ConfigProperty(name = "cc.chat.allowed-origins", defaultValue = "*")
    String allowedOrigins;

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod()) && isChatStart(request)) {
            Response.ResponseBuilder preflight = Response.noContent();
            allowed(request.getHeaderString("Origin")).ifPresent(origin -> preflight.header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Methods", "POST, OPTIONS").header("Access-Control-Allow-Headers", "Content-Type")
                    .header("Access-Control-Max-Age", "600").header("Vary", "Origin"));
            request.abortWith(preflight.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (isChatStart(request) && !"OPTIONS".equals(request.getMethod())) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            allowed(request.getHeaderString("Origin")).ifPresent(origin -> {
                headers.putSingle("Access-Control-Allow-Origin", origin);
                headers.add("Vary", "Origin");
            });
        }
    }

    private static boolean isChatStart(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("chats") || path.equals("/chats") || path.endsWith("chats/resume");
    }

    private Optional<String> allowed(String origin) {
        if (origin == null) {
            return Optional.empty();
        }
        if (allowedOrigins.strip().equals("*")) {
            return Optional.of("*");
        }
        return List.of(allowedOrigins.split(",")).stream().map(String::strip).filter(origin::equals).findFirst();
    }
}
