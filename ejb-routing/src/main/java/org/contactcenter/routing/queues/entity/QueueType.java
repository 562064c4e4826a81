package org.contactcenter.routing.queues.entity;

/** STANDARD queues are configured; AGENT queues exist one per agent and are managed with the user. */
public enum QueueType {
    STANDARD, AGENT
}
