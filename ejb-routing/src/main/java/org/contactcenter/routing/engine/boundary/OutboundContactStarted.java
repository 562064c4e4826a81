package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;

/** An agent started an outbound voice contact: it holds the agent's slot; the telephony side dials {@code customerEndpoint}. */
public record OutboundContactStarted(ContactData contact) {
}
