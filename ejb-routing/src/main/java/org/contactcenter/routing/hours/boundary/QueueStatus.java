package org.contactcenter.routing.hours.boundary;

import java.time.Instant;

/**
 * Whether a queue is open now (by its hours of operation; agent queues always are), when that next changes, and
 * the last open/close transition the hours timers announced for it.
 */
public class QueueStatus {
    public String queueId;
    public boolean open;
    public Instant nextChange;
    public Boolean lastTransitionOpen;
    public Instant lastTransitionAt;

    public QueueStatus() {
    }

    public QueueStatus(String queueId, boolean open, Instant nextChange, Boolean lastTransitionOpen, Instant lastTransitionAt) {
        this.queueId = queueId;
        this.open = open;
        this.nextChange = nextChange;
        this.lastTransitionOpen = lastTransitionOpen;
        this.lastTransitionAt = lastTransitionAt;
    }
}
