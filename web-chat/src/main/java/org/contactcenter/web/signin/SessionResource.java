package org.contactcenter.web.signin;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.web.platform.Anonymous;
import org.contactcenter.web.platform.ClientAddresses;
import org.contactcenter.web.platform.Problems;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/session}: the browser pages sign in and out. POST with the user name and password (the same back-off
 * as Basic: {@link SignIns}) sets the {@code cc_session} cookie and answers the session with its CSRF token; GET
 * answers the current one (the pages ask on load); DELETE signs out. API clients keep using HTTP Basic.
 */
@Path("session")
@RequestScoped
@Tag(name = "Sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    /** The sign-in form's fields. */
    public static class Credentials {
        public String username;
        public String password;
    }

    @Inject
    SignIns signIns;
    @Inject
    BrowserSessions sessions;
    @Inject
    Users users;
    @Inject
    ClientAddresses addresses;
    @Context
    HttpServletRequest request;

    @POST
    @Anonymous
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in a browser: sets the session cookie, answers the session and its CSRF token")
    public Response signIn(Credentials body) {
        if (body == null || body.username == null || body.username.isBlank() || body.username.length() > 128) {
            throw InvalidInput.of("username", "1-128 characters");
        }
        if (body.password == null || body.password.isEmpty() || body.password.length() > 1024) {
            throw InvalidInput.of("password", "1-1024 characters");
        }
        SignIns.Outcome outcome = signIns.signIn(body.username, body.password, addresses.of(request));
        if (outcome.publishedPassword()) {
            return Problems.of(403, "Forbidden", outcome.refusal());
        }
        if (outcome.retryAfterSeconds() > 0) {
            return Response.fromResponse(Problems.of(429, "Too Many Requests", outcome.refusal())).header("Retry-After", outcome.retryAfterSeconds()).build();
        }
        if (!outcome.valid()) {
            return Problems.of(401, "Unauthorized", "wrong user name or password");
        }
        String userId = users.byUsername(body.username).map(u -> u.id()).orElseThrow();
        var created = sessions.signIn(request, body.username, userId, outcome.groups());
        return Response.status(201).header("Set-Cookie", created.getValue()).header("Cache-Control", "no-store")
                .entity(describe(created.getKey().session())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT, Roles.ANALYST})
    @Operation(operationId = "getSession", summary = "The signed-in user, its roles and (for a browser session) the CSRF token and idle timeout")
    public JsonObject current(@Context SecurityContext security) {
        return sessions.of(request).map(this::describe).orElseGet(() -> {
            var roles = JSON.createArrayBuilder();
            for (String role : new String[] {Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT, Roles.ANALYST}) {
                if (security.isUserInRole(role)) {
                    roles.add(role);
                }
            }
            String name = security.getUserPrincipal().getName();
            var user = JSON.createObjectBuilder().add("username", name).add("roles", roles);
            users.byUsername(name).ifPresent(u -> user.add("userId", u.id()));
            return user.build();
        });
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT, Roles.ANALYST})
    @Operation(operationId = "signOut", summary = "Sign the browser out: its session ends and the cookie is cleared")
    public Response signOut() {
        return Response.noContent().header("Set-Cookie", sessions.signOut(request)).build();
    }

    private JsonObject describe(UiSessions.Session session) {
        return JSON.createObjectBuilder().add("username", session.username).add("userId", session.userId)
                .add("roles", JSON.createArrayBuilder(roles(session.groups))).add("csrfToken", session.csrfToken)
                .add("idleTimeoutSeconds", sessions.idleSeconds()).build();
    }

    private static java.util.List<String> roles(Set<String> groups) {
        return groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).sorted().toList();
    }
}
