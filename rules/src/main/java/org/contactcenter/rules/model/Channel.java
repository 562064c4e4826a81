package org.contactcenter.rules.model;

/** A contact's channel, as Amazon Connect names them. */
public enum Channel {
    VOICE(1, 1),
    CHAT(1, 10);

    private final int minConcurrency;
    private final int maxConcurrency;

    Channel(int minConcurrency, int maxConcurrency) {
        this.minConcurrency = minConcurrency;
        this.maxConcurrency = maxConcurrency;
    }

    /** Smallest number of simultaneous contacts of this channel a routing profile may allow. */
    public int minConcurrency() {
        return minConcurrency;
    }

    /** Largest number of simultaneous contacts of this channel a routing profile may allow (voice 1, chat 10). */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    public boolean allowsConcurrency(int concurrency) {
        return concurrency >= minConcurrency && concurrency <= maxConcurrency;
    }
}
