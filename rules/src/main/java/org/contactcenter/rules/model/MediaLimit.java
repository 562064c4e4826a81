package org.contactcenter.rules.model;

/** A routing profile's concurrency for one channel and its cross-channel behaviour. */
public record MediaLimit(Channel channel, int concurrency, CrossChannelBehavior behavior) {
    public MediaLimit {
        if (channel == null || !channel.allowsConcurrency(concurrency)) {
            throw new IllegalArgumentException("concurrency " + concurrency + " not allowed for " + channel);
        }
        behavior = behavior == null ? CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY : behavior;
    }
}
