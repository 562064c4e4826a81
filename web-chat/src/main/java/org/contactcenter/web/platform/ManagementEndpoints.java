package org.contactcenter.web.platform;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's own endpoints {@code /metrics} and {@code /openapi} (Payara's, served inside this application's root
 * context) tell an outsider what runs here and how busy it is: by default only an admin or a supervisor reads them
 * (HTTP Basic, like the API); {@code cc.http.anonymous-management-endpoints=true} opens them to anonymous callers (a
 * Prometheus scraper on a closed network). {@code /health} stays open: load balancers ask it.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*"})
public class ManagementEndpoints extends HttpFilter {
    @Inject
    @ConfigProperty(name = "cc.http.anonymous-management-endpoints", defaultValue = "false")
    boolean anonymous;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (anonymous || request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.SUPERVISOR)) {
            chain.doFilter(request, response);
            return;
        }
        boolean signedIn = request.getUserPrincipal() != null;
        if (!signedIn) {
            response.setHeader("WWW-Authenticate", SecurityConfiguration.CHALLENGE);
        }
        Problems.write(response, signedIn ? 403 : 401, signedIn ? "Forbidden" : "Unauthorized",
                "the server's metrics and API description are for admins and supervisors (cc.http.anonymous-management-endpoints)");
    }
}
