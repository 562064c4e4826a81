package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;

/** CDI event: a new contact was persisted and queued (it may already have been offered: see {@link ContactOffered}). */
public record ContactQueued(ContactData contact) {
}
