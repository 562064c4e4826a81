package org.contactcenter.rules.router;

import java.time.Instant;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.RoutingCriteria;

/**
 * A contact to queue. {@code priority} null lets the routing rules decide it (default 5); {@code enqueuedAt} is
 * now for a new contact, or the original enqueue time when waiting contacts are restored after a restart.
 * {@code criteria} (null: none) are the contact's routing criteria, in effect since {@code criteriaSince} (null: the
 * enqueue time; a restored contact keeps the instant its criteria were set, so its steps expire when they would have).
 */
public record ContactRequest(String contactId, String queueId, Channel channel, Map<String, String> attributes,
                             Integer priority, Instant enqueuedAt, RoutingCriteria criteria, Instant criteriaSince) {
    public ContactRequest {
        if (contactId == null || queueId == null || channel == null || enqueuedAt == null) {
            throw new IllegalArgumentException("a contact needs an id, a queue, a channel and an enqueue time");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (criteriaSince == null) {
            criteriaSince = enqueuedAt;
        }
    }

    public ContactRequest(String contactId, String queueId, Channel channel, Map<String, String> attributes, Integer priority, Instant enqueuedAt) {
        this(contactId, queueId, channel, attributes, priority, enqueuedAt, null, null);
    }
}
