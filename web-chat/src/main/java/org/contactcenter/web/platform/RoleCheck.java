package org.contactcenter.web.platform;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed} on every API call: no user → 401 with a Basic challenge (none for a call marked
 * {@code X-Requested-With}, the pages' own), a user without the role
 * → 403, both as problem+json. A resource method without {@code @RolesAllowed} or {@link Anonymous} is refused
 * (secure by default).
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class RoleCheck implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(Anonymous.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            var problem = Problems.of(401, "Unauthorized", "Sign in with HTTP Basic authentication (or the pages' session: POST /api/v1/session).");
            // the pages' own calls get no challenge, so the browser shows no password dialog
            request.abortWith(request.getHeaderString("X-Requested-With") == null ? withChallenge(problem) : problem);
            return;
        }
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problems.of(403, "Forbidden", "User " + security.getUserPrincipal().getName()
                    + " lacks the role this call needs" + (allowed == null ? "." : ": one of " + String.join(", ", allowed.value()) + ".")));
        }
    }

    private static jakarta.ws.rs.core.Response withChallenge(jakarta.ws.rs.core.Response problem) {
        return jakarta.ws.rs.core.Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, SecurityConfiguration.CHALLENGE).build();
    }
}
