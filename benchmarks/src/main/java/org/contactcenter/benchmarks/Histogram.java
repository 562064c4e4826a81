package org.contactcenter.benchmarks;

import java.util.Arrays;

/** Latencies in nanoseconds, for the load drivers; percentiles from a sorted copy. */
final class Histogram {
    private long[] values = new long[1 << 16];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        notifyAll();
    }

    /** Waits until {@code n} samples are in, or {@code millis} have passed. */
    synchronized void awaitCount(long n, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        for (long left = millis; size < n && left > 0; left = until - System.currentTimeMillis()) {
            wait(left);
        }
    }

    synchronized int count() {
        return size;
    }

    synchronized String summary() {
        if (size == 0) {
            return "no samples";
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return String.format("n=%d p50=%.1f ms p99=%.1f ms p99.9=%.1f ms max=%.1f ms", size, pct(sorted, 0.50), pct(sorted, 0.99),
                pct(sorted, 0.999), sorted[size - 1] / 1e6);
    }

    /** The percentile in milliseconds, NaN without samples. */
    synchronized double pct(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return pct(sorted, p);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
