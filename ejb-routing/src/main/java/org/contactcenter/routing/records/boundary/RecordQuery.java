package org.contactcenter.routing.records.boundary;

import java.time.Instant;

import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.rules.model.Channel;

/**
 * A search of contact records; every part may be null (no condition). {@code from}/{@code to}: initiation time,
 * from inclusive, to exclusive. {@code attribute}: name and value, both exact. {@code text}: a piece of any message
 * of the contact's chat (case-insensitive). {@code viewer}: an agent's user id when an agent searches (only its own
 * contacts), null for supervisors and admins. {@code limit} 1-100; {@code nextToken} from the previous page.
 */
public record RecordQuery(Instant from, Instant to, String queueId, String agentId, Channel channel, InitiationMethod initiationMethod,
                          String attributeName, String attributeValue, String text, String customerEndpoint, int limit, String nextToken,
                          String viewer) {
}
