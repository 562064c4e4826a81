package org.contactcenter.routing.records.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryLoopTest {
    /** long enough that only a wake-up (or a full batch) explains a prompt delivery */
    static final long POLL_NEVER = 60_000;

    final List<Long> attempts = new CopyOnWriteArrayList<>();
    final List<Long> retries = new CopyOnWriteArrayList<>();
    final AtomicInteger delivered = new AtomicInteger();
    final DeliveryLoop.Outcome outcome = new DeliveryLoop.Outcome() {
        @Override
        public void delivered(int records) {
            delivered.addAndGet(records);
        }

        @Override
        public void failed(Exception e, long retryInMillis) {
            retries.add(retryInMillis);
        }
    };
    DeliveryLoop loop;
    Thread thread;

    void start(DeliveryLoop.Delivery delivery, int batchSize, long pollMillis, long retryMaxMillis) {
        loop = new DeliveryLoop(() -> {
            attempts.add(System.nanoTime());
            return delivery.deliverOnce();
        }, outcome, batchSize, pollMillis, retryMaxMillis);
        thread = new Thread(loop, "delivery-loop-test");
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (loop != null) {
            loop.stop();
            thread.join(5000);
            assertFalse(thread.isAlive(), "the loop's thread ended");
        }
    }

    @Test
    void aWakeUpDeliversAtOnceInsteadOfAtTheNextPoll() {
        start(() -> 1, 500, POLL_NEVER, 30_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() == 1);
        loop.wake();
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() == 2);
        loop.wake();
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() == 3);
        assertEquals(3, delivered.get());
    }

    @Test
    void withoutWakeUpsItPolls() {
        start(() -> 0, 500, 20, 30_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts.size() >= 5);
    }

    @Test
    void aFullBatchIsFollowedAtOnceByTheNextDelivery() {
        AtomicInteger left = new AtomicInteger(5);
        start(() -> left.getAndDecrement() > 0 ? 100 : 0, 100, POLL_NEVER, 30_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() == 6);
        assertEquals(500, delivered.get());
    }

    @Test
    void aWakeUpDuringADeliveryIsNotLost() throws InterruptedException {
        CountDownLatch inSecond = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        start(() -> {
            if (calls.incrementAndGet() == 2) {
                inSecond.countDown();
                assertTrue(release.await(10, TimeUnit.SECONDS));
            }
            return 1;
        }, 500, POLL_NEVER, 30_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() == 1);
        loop.wake();
        assertTrue(inSecond.await(5, TimeUnit.SECONDS));
        loop.wake(); // rows committed while the second delivery reads: a third one must follow
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() == 3);
    }

    @Test
    void aFailingSinkBacksOffAndWakeUpsDoNotShortenThePause() {
        AtomicInteger calls = new AtomicInteger();
        start(() -> {
            if (calls.incrementAndGet() <= 3) {
                throw new IllegalStateException("sink down");
            }
            return 1;
        }, 500, POLL_NEVER, 700);
        for (int i = 0; i < 200 && attempts.size() < 4; i++) {
            loop.wake(); // the journal commits all along
            await().pollDelay(Duration.ofMillis(10)).atMost(Duration.ofSeconds(1)).until(() -> true);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts.size() >= 4);
        assertEquals(List.of(500L, 700L, 700L), retries);
        for (int i = 1; i < 4; i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(attempts.get(i) - attempts.get(i - 1));
            assertTrue(gap >= retries.get(i - 1) - 20, "retry " + i + " after " + gap + " ms, not before its pause of " + retries.get(i - 1));
        }
        assertEquals(1, delivered.get());
        loop.wake(); // recovered: wake-ups work again
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() >= 5);
    }

    @Test
    void stopEndsAWaitAndAPauseAtOnce() throws InterruptedException {
        start(() -> 0, 500, POLL_NEVER, 30_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.size() == 1);
        long before = System.nanoTime();
        loop.stop();
        thread.join(5000);
        assertFalse(thread.isAlive());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before) < 5000);

        attempts.clear();
        start(() -> {
            throw new IllegalStateException("down");
        }, 500, POLL_NEVER, 30_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> retries.size() >= 2); // now in a pause of 1 s, then 2 s...
        loop.stop();
        thread.join(5000);
        assertFalse(thread.isAlive());
    }
}
