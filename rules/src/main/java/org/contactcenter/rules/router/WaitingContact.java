package org.contactcenter.rules.router;

import java.time.Duration;
import java.time.Instant;

import org.contactcenter.rules.model.Channel;

/** A contact waiting in a queue: its 1-based position in routing order and how long it has waited. */
public record WaitingContact(String contactId, String queueId, Channel channel, int priority, Instant enqueuedAt,
                             int position, Duration waited) {
}
