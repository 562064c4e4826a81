package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;

/** The agent ended a connected contact (after-contact work starts; the flow engine runs the disconnect flow). */
public record ContactEnded(ContactData contact) {
}
