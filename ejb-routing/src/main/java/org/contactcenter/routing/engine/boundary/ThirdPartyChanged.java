package org.contactcenter.routing.engine.boundary;

import org.contactcenter.routing.contacts.boundary.ContactData;

/**
 * A call's third party changed ({@link ConsultStep}), fired once durable: {@code contact} as it is now,
 * {@code phoneNumber} the third party's number and {@code was} its state before the step (null before a CONSULT).
 */
public record ThirdPartyChanged(ContactData contact, ConsultStep step, String phoneNumber, String was) {
}
