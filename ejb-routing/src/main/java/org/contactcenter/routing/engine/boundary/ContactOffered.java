package org.contactcenter.routing.engine.boundary;

import java.time.Instant;

import org.contactcenter.routing.contacts.boundary.ContactData;

/** CDI event: a contact was offered to an agent (user id), who must answer before {@code expiresAt}. */
public record ContactOffered(String agentId, ContactData contact, Instant expiresAt) {
}
