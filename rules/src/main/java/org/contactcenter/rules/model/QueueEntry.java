package org.contactcenter.rules.model;

/** One (queue, channel) a routing profile serves, with its priority (1–99, lower first) and delay in seconds. */
public record QueueEntry(String queueId, Channel channel, int priority, int delaySeconds) {
    public QueueEntry {
        if (queueId == null || channel == null || priority < 1 || priority > 99 || delaySeconds < 0 || delaySeconds > 9999) {
            throw new IllegalArgumentException("queue entry needs a queue, a channel, priority 1-99 and delay 0-9999");
        }
    }
}
