package org.contactcenter.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials verified recently, so HTTP Basic (which sends them with every request) pays for PBKDF2 once per
 * {@code ttlMillis} and user, not per request. Kept as a keyed hash of user and password (a random key of this
 * process: nothing here reveals a password), with the user's roles; a changed password or role is not in here (any
 * change of a user clears them all: {@link #clear}).
 */
public final class VerifiedCredentials {
    private static final int MAX = 10_000;
    private final long ttlMillis;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Set<String> groups, long until) {
    }

    public VerifiedCredentials(long ttlMillis) {
        this.ttlMillis = ttlMillis;
        new SecureRandom().nextBytes(key);
    }

    /** The user's groups if these credentials were verified within the time to live; otherwise null. */
    public Set<String> groups(String user, String password, long now) {
        Entry e = entries.get(digest(user, password));
        return e == null || e.until() < now ? null : e.groups();
    }

    public void verified(String user, String password, Set<String> groups, long now) {
        if (entries.size() >= MAX) {
            entries.entrySet().removeIf(e -> e.getValue().until() < now);
            if (entries.size() >= MAX) {
                entries.clear();
            }
        }
        entries.put(digest(user, password), new Entry(Set.copyOf(groups), now + ttlMillis));
    }

    /** Drops every entry (a user's password or roles changed). */
    public void clear() {
        entries.clear();
    }

    private String digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
