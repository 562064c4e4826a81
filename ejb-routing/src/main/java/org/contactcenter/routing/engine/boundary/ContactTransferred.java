package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.InitiationMethod;

/**
 * An agent transferred a connected contact (fired once durable, before the next contact's offer): {@code from} is in
 * after-contact work, the customer continues as {@code nextContactId} — already queued in {@code queueId}, or, with
 * a transfer flow ({@code flowId}: a quick connect's QUEUE_TRANSFER / AGENT_TRANSFER flow), to be queued by that
 * flow. A transfer to a phone number ({@code phoneNumber}) has no next contact: the telephony side dials it.
 */
public record ContactTransferred(ContactData from, String nextContactId, String queueId, String queueName, InitiationMethod method,
                                 String flowId, String phoneNumber) {
}
