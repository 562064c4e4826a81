package org.contactcenter.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    @Test
    void atMostMaxEventsInAnyWindowPerKey() {
        SlidingWindow window = new SlidingWindow(3, 10_000);
        assertEquals(0, window.tryAcquire("chat-1", 0));
        assertEquals(0, window.tryAcquire("chat-1", 1_000));
        assertEquals(0, window.tryAcquire("chat-1", 2_000));
        assertEquals(8, window.tryAcquire("chat-1", 2_500), "refused until the first event leaves the window: 7.5 s, rounded up");
        assertEquals(0, window.tryAcquire("chat-2", 2_500), "another key has its own budget");
        assertEquals(0, window.tryAcquire("chat-1", 10_000), "the first event has left the window");
        assertEquals(1, window.tryAcquire("chat-1", 10_500), "refused: 1 s at least");
    }

    @Test
    void manyDistinctKeysArePrunedOnceTheirWindowsEmpty() {
        SlidingWindow window = new SlidingWindow(1, 1_000);
        for (int i = 0; i < 20_000; i++) {
            window.tryAcquire("address-" + i, i / 10);
        }
        assertEquals(0, window.tryAcquire("address-0", 5_000), "an old key starts afresh");
    }
}
