package org.contactcenter.web.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.contactcenter.web.platform.ClientAddresses;
import org.contactcenter.web.platform.Problems;
import org.contactcenter.web.platform.SecurityConfiguration;

/**
 * HTTP Basic, with the sign-in back-off: a request whose credentials are throttled is answered 429 problem+json with
 * {@code Retry-After} before its password is checked; wrong credentials are 401 with the Basic challenge (also on a
 * resource that needs none: a guess is a guess); right ones sign the caller in with its roles as groups (ADMIN,
 * SUPERVISOR, AGENT, mapped to the roles admin, supervisor, agent in glassfish-web.xml). No credentials: anonymous,
 * and 401 with the challenge where a role is needed.
 */
@ApplicationScoped
public class BasicSignIn implements HttpAuthenticationMechanism {
    @Inject
    SignIns signIns;
    @Inject
    ClientAddresses addresses;
    @Inject
    BrowserSessions browserSessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String[] credentials = credentials(request.getHeader("Authorization"));
        if (credentials == null) {
            var session = customerCall(request) ? java.util.Optional.<UiSessions.Session>empty() : browserSessions.of(request);
            if (session.isPresent()) {
                String refusal = browserSessions.refusal(request, session.get());
                if (refusal != null) {
                    Problems.write(response, 403, "Forbidden", refusal);
                    return AuthenticationStatus.SEND_FAILURE;
                }
                return context.notifyContainerAboutLogin(session.get().username, session.get().groups);
            }
            return context.isProtected() ? challenge(request, response, context) : context.doNothing();
        }
        SignIns.Outcome outcome = signIns.signIn(credentials[0], credentials[1], addresses.of(request));
        if (outcome.valid()) {
            return context.notifyContainerAboutLogin(credentials[0], outcome.groups());
        }
        if (outcome.publishedPassword()) {
            Problems.write(response, 403, "Forbidden", outcome.refusal());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (outcome.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", String.valueOf(outcome.retryAfterSeconds()));
            Problems.write(response, 429, "Too Many Requests", outcome.refusal());
            return AuthenticationStatus.SEND_FAILURE;
        }
        return challenge(request, response, context);
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", SecurityConfiguration.CHALLENGE);
        }
        return context.responseUnauthorized();
    }

    /**
     * Calls anyone may make, for which a browser's session is ignored (it would otherwise need its CSRF token): signing
     * in again (never as the session the browser still has), and a customer starting or resuming a chat in the widget
     * — in a browser where someone is also signed in to the workspace.
     */
    static boolean customerCall(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String uri = request.getRequestURI();
        return uri.endsWith("/api/v1/session") || uri.endsWith("/api/v1/chats") || uri.endsWith("/api/v1/chats/resume");
    }

    /** {user, password} of a Basic header, or null when there is none or it is not one. */
    static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 4096) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
