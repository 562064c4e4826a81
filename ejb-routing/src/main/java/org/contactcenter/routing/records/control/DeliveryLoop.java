package org.contactcenter.routing.records.control;

import java.util.concurrent.TimeUnit;

/**
 * One sink's delivery loop, run by one thread: deliver what follows the cursor, then wait — for a {@link #wake} (the
 * routing journal committed new outbox rows), at most {@code pollMillis} (the fallback: a wake-up that never comes, rows
 * written by another node) — and deliver again; at once while a delivery fills a batch. A failing delivery is retried
 * after a pause growing from 0.5 s to {@code retryMaxMillis}, and wake-ups do not shorten that pause (a sink that is
 * down is not hammered at the journal's commit rate). One thread delivers, so deliveries never overlap: the order of
 * the outbox (per contact: of its updates) is kept. A wake-up during a delivery is not lost: the next wait returns at
 * once. {@link #stop} ends the loop after the delivery under way (waits and pauses end at once).
 */
public final class DeliveryLoop implements Runnable {
    /** One delivery: the number of records handed over (0: none waited), or an exception (nothing counted). */
    @FunctionalInterface
    public interface Delivery {
        int deliverOnce() throws Exception;
    }

    /** What became of each delivery (metrics, health, logs); called on the loop's thread. */
    public interface Outcome {
        void delivered(int records);

        void failed(Exception e, long retryInMillis);
    }

    static final long FIRST_RETRY_MILLIS = 500;

    private final Delivery delivery;
    private final Outcome outcome;
    private final int batchSize;
    private final long pollMillis;
    private final long retryMaxMillis;
    private boolean rung;
    private boolean stopped;
    private long backoffMillis;

    public DeliveryLoop(Delivery delivery, Outcome outcome, int batchSize, long pollMillis, long retryMaxMillis) {
        this.delivery = delivery;
        this.outcome = outcome;
        this.batchSize = batchSize;
        this.pollMillis = Math.max(1, pollMillis);
        this.retryMaxMillis = Math.max(FIRST_RETRY_MILLIS, retryMaxMillis);
    }

    /** New rows are committed: deliver now (unless a failing sink is pausing). Cheap, from any thread. */
    public synchronized void wake() {
        rung = true;
        notifyAll();
    }

    /** Ends the loop: a wait or a pause ends at once, a delivery under way is finished first. */
    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    public synchronized boolean stopped() {
        return stopped;
    }

    @Override
    public void run() {
        try {
            while (!stopped()) {
                long pause;
                boolean wakeable = true;
                synchronized (this) {
                    rung = false; // whatever is committed from here on is read now or wakes the next wait
                }
                try {
                    int delivered = delivery.deliverOnce();
                    backoffMillis = 0;
                    outcome.delivered(delivered);
                    pause = delivered >= batchSize ? 0 : pollMillis;
                } catch (Exception e) {
                    backoffMillis = Math.min(retryMaxMillis, backoffMillis == 0 ? FIRST_RETRY_MILLIS : backoffMillis * 2);
                    pause = backoffMillis;
                    wakeable = false;
                    outcome.failed(e, pause);
                }
                if (pause > 0) {
                    await(pause, wakeable);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped by the container: end
        }
    }

    private synchronized void await(long millis, boolean wakeable) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!stopped && !(wakeable && rung)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
