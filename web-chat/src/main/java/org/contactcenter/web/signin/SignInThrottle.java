package org.contactcenter.web.signin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off for wrong passwords, so guessing is slow and no one can lock a victim out for good. Failures are counted
 * in a window of {@code windowMillis} for three keys: the (user, address) pair, the address (any user: credential
 * stuffing) and the user (any address: a distributed guess). A key over its limit is refused without a password check
 * for {@code firstBackoffSeconds} × 2^(failures − limit) seconds from its last failure, capped (the pair and the address at {@code maxBackoffSeconds},
 * the user at a minute, so a flood from elsewhere delays its owner a minute at most); a refused attempt does not
 * count. A right password clears its pair and its user. Keys whose window has passed are dropped as the map grows.
 */
public final class SignInThrottle {
    private static final int PRUNE_ABOVE = 50_000;
    private final int pairLimit;
    private final int addressLimit;
    private final int userLimit;
    private final long windowMillis;
    private final long maxBackoffSeconds;
    private final long firstBackoffSeconds;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private static final class Failures {
        int count;
        long first;
        long last;
    }

    public SignInThrottle(int pairLimit, int addressLimit, int userLimit, long windowMillis, long firstBackoffSeconds, long maxBackoffSeconds) {
        this.firstBackoffSeconds = Math.max(1, firstBackoffSeconds);
        this.pairLimit = pairLimit;
        this.addressLimit = addressLimit;
        this.userLimit = userLimit;
        this.windowMillis = windowMillis;
        this.maxBackoffSeconds = maxBackoffSeconds;
    }

    /** 0 when this attempt may check its password, otherwise the seconds to wait. */
    public long retryAfter(String user, String address, long now) {
        long wait = wait("p\u0000" + user + "\u0000" + address, pairLimit, maxBackoffSeconds, now);
        wait = Math.max(wait, wait("a\u0000" + address, addressLimit, maxBackoffSeconds, now));
        return Math.max(wait, wait("u\u0000" + user, userLimit, Math.min(60, maxBackoffSeconds), now));
    }

    public void failed(String user, String address, long now) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.entrySet().removeIf(e -> now - e.getValue().last >= windowMillis);
        }
        for (String key : new String[] {"p\u0000" + user + "\u0000" + address, "a\u0000" + address, "u\u0000" + user}) {
            Failures f = failures.computeIfAbsent(key, k -> new Failures());
            synchronized (f) {
                if (f.count == 0 || now - f.first >= windowMillis) {
                    f.count = 0;
                    f.first = now;
                }
                f.count++;
                f.last = now;
            }
        }
    }

    public void succeeded(String user, String address) {
        failures.remove("p\u0000" + user + "\u0000" + address);
        failures.remove("u\u0000" + user);
    }

    private long wait(String key, int limit, long cap, long now) {
        Failures f = failures.get(key);
        if (f == null) {
            return 0;
        }
        synchronized (f) {
            if (now - f.first >= windowMillis || f.count < limit) {
                return 0;
            }
            long backoff = Math.min(cap, firstBackoffSeconds << Math.min(30, f.count - limit));
            long until = f.last + backoff * 1000;
            return until <= now ? 0 : Math.max(1, (until - now + 999) / 1000);
        }
    }
}
