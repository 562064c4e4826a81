package org.contactcenter.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser pages' sessions: a random token in an HttpOnly cookie names one; only its SHA-256 is kept (a heap dump
 * reveals no usable cookie). A session ends after {@code idleMillis} without a request, after {@code maxMillis} in
 * all, at sign-out, and when its user changes (password, roles, removal: {@link #userChanged}). Each has its own
 * CSRF token, which every state-changing call made with the cookie must repeat in a header. Kept in this process's
 * memory: a restart signs the browsers out (they sign in again), and at most {@code max} sessions live at once (the
 * oldest idle go first).
 */
public final class UiSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final long idleMillis;
    private final long maxMillis;
    private final int max;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One signed-in browser. {@code lastSeen} moves with every request. */
    public static final class Session {
        public final String username;
        public final String userId;
        public final Set<String> groups;
        public final String csrfToken;
        final long createdAt;
        volatile long lastSeen;

        Session(String username, String userId, Set<String> groups, String csrfToken, long now) {
            this.username = username;
            this.userId = userId;
            this.groups = Set.copyOf(groups);
            this.csrfToken = csrfToken;
            this.createdAt = now;
            this.lastSeen = now;
        }
    }

    /** A new session and the cookie value that names it (shown once: only its hash is kept). */
    public record Created(String token, Session session) {
    }

    public UiSessions(long idleMillis, long maxMillis, int max) {
        this.idleMillis = idleMillis;
        this.maxMillis = maxMillis;
        this.max = max;
    }

    public Created create(String username, String userId, Set<String> groups, long now) {
        if (sessions.size() >= max) {
            prune(now);
            if (sessions.size() >= max) {
                sessions.entrySet().stream().min((a, b) -> Long.compare(a.getValue().lastSeen, b.getValue().lastSeen))
                        .ifPresent(oldest -> sessions.remove(oldest.getKey()));
            }
        }
        String token = random();
        Session session = new Session(username, userId, groups, random(), now);
        sessions.put(hash(token), session);
        return new Created(token, session);
    }

    /** The live session a cookie names (its idle clock restarts), or empty: unknown, idle too long, too old. */
    public Optional<Session> touch(String token, long now) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String key = hash(token);
        Session session = sessions.get(key);
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            sessions.remove(key);
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    public void end(String token) {
        if (token != null) {
            sessions.remove(hash(token));
        }
    }

    /** A user changed (its password, roles, or it was removed): its browsers must sign in again. */
    public void userChanged(String userId) {
        sessions.values().removeIf(s -> s.userId.equals(userId));
    }

    public int size() {
        return sessions.size();
    }

    /** Seconds until a session that is not used again expires. */
    public long idleSeconds() {
        return idleMillis / 1000;
    }

    public void prune(long now) {
        sessions.values().removeIf(s -> expired(s, now));
    }

    private boolean expired(Session s, long now) {
        return now - s.lastSeen >= idleMillis || now - s.createdAt >= maxMillis;
    }

    /** Whether two tokens are equal, in time independent of where they differ. */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
