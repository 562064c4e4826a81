package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;

/** An agent put a voice contact on hold ({@code held} true) or resumed it; the hold flows run (CUSTOMER_HOLD, AGENT_HOLD). */
public record ContactHeld(ContactData contact, boolean held) {
}
