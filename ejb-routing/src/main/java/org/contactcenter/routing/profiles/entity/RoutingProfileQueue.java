package org.contactcenter.routing.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.rules.model.Channel;

/** One queue an agent of the profile serves on one channel, with its priority (1–99) and delay (0–9999 s). */
@Embeddable
public class RoutingProfileQueue {
    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 99;
    public static final int MAX_DELAY = 9999;

    @ManyToOne(optional = false)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;
    @Column(nullable = false)
    private int priority;
    @Column(name = "delay_seconds", nullable = false)
    private int delay;

    protected RoutingProfileQueue() {
    }

    public RoutingProfileQueue(Queue queue, Channel channel, int priority, int delay) {
        if (queue == null || channel == null || priority < MIN_PRIORITY || priority > MAX_PRIORITY || delay < 0 || delay > MAX_DELAY) {
            throw new IllegalArgumentException("a queue entry needs a queue, a channel, priority 1-99 and delay 0-9999");
        }
        this.queue = queue;
        this.channel = channel;
        this.priority = priority;
        this.delay = delay;
    }

    public Queue queue() {
        return queue;
    }

    public Channel channel() {
        return channel;
    }

    public int priority() {
        return priority;
    }

    public int delay() {
        return delay;
    }
}
