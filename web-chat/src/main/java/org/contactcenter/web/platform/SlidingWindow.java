package org.contactcenter.web.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit per key (a chat, a client address): at most {@code max} events in any window of
 * {@code windowMillis}. Thread-safe; keys whose window has emptied are dropped as the map grows, so a flood of
 * distinct keys cannot grow it without bound for long.
 */
public final class SlidingWindow {
    private static final int PRUNE_ABOVE = 10_000;
    private final int max;
    private final long windowMillis;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();
    /** When the map was last pruned: at most once a window, so many live keys never make every call scan them all. */
    private final java.util.concurrent.atomic.AtomicLong prunedAt = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE / 2);

    public SlidingWindow(int max, long windowMillis) {
        this.max = max;
        this.windowMillis = windowMillis;
    }

    /** Counts an event for {@code key} at {@code now} if the window allows it; answers 0, or the seconds to wait. */
    public long tryAcquire(String key, long now) {
        long last = prunedAt.get();
        if (events.size() > PRUNE_ABOVE && now - last >= windowMillis && prunedAt.compareAndSet(last, now)) {
            prune(now);
        }
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return Math.max(1, (times.peekFirst() + windowMillis - now + 999) / 1000);
            }
            times.addLast(now);
            return 0;
        }
    }

    private void prune(long now) {
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || now - e.getValue().peekLast() >= windowMillis;
            }
        });
    }

    public int max() {
        return max;
    }
}
