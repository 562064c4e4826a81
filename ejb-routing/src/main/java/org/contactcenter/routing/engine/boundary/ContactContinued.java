package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;

/**
 * The customer of {@code from} continues as {@code nextContactId} (a transfer). Fired once durable, first of a
 * transfer's events — before {@link ContactTransferred} and the next contact's offer — so that what belongs to the
 * customer (its chat) follows before anything of the next contact happens.
 */
public record ContactContinued(ContactData from, String nextContactId, String queueName, boolean toAgent) {
}
