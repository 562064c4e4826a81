package org.contactcenter.web.signin;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.contactcenter.routing.platform.ConfigurationChanged;
import org.contactcenter.routing.users.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The session cookie of the browser pages ({@code cc_session}: HttpOnly, SameSite=Strict, Secure on HTTPS or with
 * {@code cc.ui.secure-cookie}), over {@link UiSessions}. A request that comes with the cookie is signed in as its
 * user when it passes two checks against cross-site use: a state-changing method (anything but GET, HEAD, OPTIONS)
 * must repeat the session's CSRF token in {@code X-CSRF-Token}, and a WebSocket handshake's {@code Origin} must be
 * this center's own. Expiry: {@code cc.ui.session-idle-seconds} (1800) without a request, {@code cc.ui.session-max-hours}
 * (12) in all. {@code /metrics}: {@code cc_ui_sessions} (live sessions).
 */
@ApplicationScoped
public class BrowserSessions {
    public static final String COOKIE = "cc_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "cc.ui.session-idle-seconds", defaultValue = "1800")
    int idleSeconds;
    @Inject
    @ConfigProperty(name = "cc.ui.session-max-hours", defaultValue = "12")
    int maxHours;
    @Inject
    @ConfigProperty(name = "cc.ui.max-sessions", defaultValue = "20000")
    int maxSessions;
    @Inject
    @ConfigProperty(name = "cc.ui.secure-cookie", defaultValue = "false")
    boolean secureCookie;
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private UiSessions sessions;

    @PostConstruct
    void init() {
        sessions = new UiSessions(Math.max(1, idleSeconds) * 1000L, Math.max(1, maxHours) * 3_600_000L, Math.max(1, maxSessions));
        metrics.gauge("cc_ui_sessions", () -> sessions.size());
    }

    /** The live session of the request's cookie. */
    public Optional<UiSessions.Session> of(HttpServletRequest request) {
        return sessions.touch(token(request), clock.millis());
    }

    /** Why a request with a live session must not act as its user (cross-site use), or null when it may. */
    public String refusal(HttpServletRequest request, UiSessions.Session session) {
        String method = request.getMethod();
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            String origin = request.getHeader("Origin");
            return origin == null || sameOrigin(request, origin) ? null : "a socket opened from another site (" + origin + ") gets no session";
        }
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return null;
        }
        return UiSessions.same(session.csrfToken, request.getHeader(CSRF_HEADER)) ? null
                : "a call that changes something needs the session's CSRF token in " + CSRF_HEADER + " (GET /api/v1/session gives it)";
    }

    /** A new session (any session the browser had ends: a planted cookie is never promoted) and its Set-Cookie value. */
    public Map.Entry<UiSessions.Created, String> signIn(HttpServletRequest request, String username, String userId, Set<String> groups) {
        sessions.end(token(request));
        sessions.prune(clock.millis());
        UiSessions.Created created = sessions.create(username, userId, groups, clock.millis());
        return Map.entry(created, cookie(request, created.token(), -1));
    }

    /** Ends the request's session; the Set-Cookie value that clears the cookie. */
    public String signOut(HttpServletRequest request) {
        sessions.end(token(request));
        return cookie(request, "", 0);
    }

    public long idleSeconds() {
        return sessions.idleSeconds();
    }

    /** A user changed: its sessions follow (only once this bean exists; see {@link SignIns#userChanged}). */
    void userChanged(@Observes(notifyObserver = jakarta.enterprise.event.Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        if (change.type() == User.class && change.id() != null) {
            sessions.userChanged(change.id());
        }
    }

    private String cookie(HttpServletRequest request, String value, int maxAge) {
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (maxAge >= 0 ? "; Max-Age=" + maxAge : "")
                + (secureCookie || request.isSecure() ? "; Secure" : "");
    }

    private static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    static boolean sameOrigin(HttpServletRequest request, String origin) {
        try {
            URI o = URI.create(origin);
            String host = request.getHeader("Host");
            if (o.getHost() == null || host == null) {
                return false;
            }
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            String scheme = request.isSecure() ? "https" : "http";
            return authority.equalsIgnoreCase(host) && (scheme.equalsIgnoreCase(o.getScheme()) || "https".equalsIgnoreCase(o.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
