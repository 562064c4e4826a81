package org.contactcenter.routing.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.CrossChannelBehavior;

/** How many contacts of one channel an agent handles at once, and whether other channels may be offered meanwhile. */
@Embeddable
public class MediaConcurrency {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;
    @Column(nullable = false)
    private int concurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "cross_channel", nullable = false, length = 40)
    private CrossChannelBehavior crossChannelBehavior;

    protected MediaConcurrency() {
    }

    public MediaConcurrency(Channel channel, int concurrency, CrossChannelBehavior crossChannelBehavior) {
        if (channel == null || !channel.allowsConcurrency(concurrency)) {
            throw new IllegalArgumentException("concurrency " + concurrency + " is not allowed for " + channel);
        }
        this.channel = channel;
        this.concurrency = concurrency;
        this.crossChannelBehavior = crossChannelBehavior == null ? CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY : crossChannelBehavior;
    }

    public Channel channel() {
        return channel;
    }

    public int concurrency() {
        return concurrency;
    }

    public CrossChannelBehavior crossChannelBehavior() {
        return crossChannelBehavior;
    }
}
