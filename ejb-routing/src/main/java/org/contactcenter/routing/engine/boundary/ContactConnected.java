package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;

/** An agent accepted a contact: it is connected (the flow engine starts the whisper flows). */
public record ContactConnected(ContactData contact) {
}
