package org.contactcenter.routing.engine.boundary;

import java.time.Instant;
import java.util.List;

import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.ThirdParty;
import org.contactcenter.routing.engine.boundary.RoutingStore.Destination;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.router.Routed;

/**
 * A call's external party, as Amazon Connect's agents have it: consult a number (the customer on hold), conference
 * (all three talk), transfer (the agent leaves the two talking: after-contact work starts, the record says where the
 * call went), cancel (the third party is dropped). Each step is one decision of the {@link RoutingEngine}; the
 * telephony side carries it out on Asterisk ({@link ThirdPartyChanged}).
 */
final class ThirdParties {
    private final RoutingEngine engine;
    private final RoutingStore store;
    private final ContactHandling handling;

    ThirdParties(RoutingEngine engine, RoutingStore store, ContactHandling handling) {
        this.engine = engine;
        this.store = store;
        this.handling = handling;
    }

    /**
     * The agent's step ({@code userId}), or telephony's ({@code userId} null: LEFT, FAILED). A CONSULT takes a
     * {@code phoneNumber} (E.164) or a quick connect of type PHONE_NUMBER ({@code target.quickConnectId}).
     */
    ContactData step(String contactId, String userId, ConsultStep step, String phoneNumber, TransferData target) {
        String number = step == ConsultStep.CONSULT ? number(phoneNumber, target) : null;
        return engine.decide(d -> {
            Contact contact = userId == null ? engine.liveContact(contactId) : handling.connectedTo(contactId, userId);
            ThirdParty third = contact.thirdParty();
            switch (step) {
                case CONSULT -> {
                    if (contact.channel() != Channel.VOICE) {
                        throw new Conflict("contactId", "only a call is consulted with a phone number", List.of());
                    }
                    if (third != null) {
                        throw new Conflict("contactId", "contact " + contactId + " has a third party already (" + third.state() + ")", List.of());
                    }
                    contact.held(engine.now()); // the customer waits with music while the agent talks to the number
                    contact.thirdParty(new ThirdParty(number, ThirdParty.CONSULTING, engine.now()));
                }
                case CONFERENCE -> {
                    if (third == null || !third.consulting()) {
                        throw new Conflict("contactId", "contact " + contactId + " has no third party being consulted", List.of());
                    }
                    contact.resumed(engine.now());
                    contact.thirdParty(new ThirdParty(third.phoneNumber(), ThirdParty.CONFERENCED, engine.now()));
                }
                case TRANSFER -> {
                    if (third == null) {
                        throw new Conflict("contactId", "contact " + contactId + " has no third party to transfer to", List.of());
                    }
                    RoutingEngine.route(() -> {
                        engine.live.router.end(contactId, contact.agentId());
                        return Routed.NOTHING;
                    });
                    contact.thirdParty(null);
                    contact.transferredTo(null, third.phoneNumber(), engine.now());
                    contact.disconnectReason("TRANSFERRED " + third.phoneNumber());
                    engine.live.armAcw(contact, d);
                }
                case CANCEL, LEFT, FAILED -> {
                    if (third == null) {
                        if (userId != null) {
                            throw new Conflict("contactId", "contact " + contactId + " has no third party", List.of());
                        }
                        return null; // telephony reporting a third party the agent has dropped already
                    }
                    contact.thirdParty(null); // consulting: the customer stays on hold until the agent resumes
                }
                default -> throw new IllegalArgumentException(step.name());
            }
            d.changed(contact);
            d.announce(contact.agentId());
            ContactData now = ContactData.of(contact);
            d.event(new ThirdPartyChanged(now, step, third == null ? number : third.phoneNumber(), third == null ? null : third.state()));
            return now;
        });
    }

    /** An E.164 number, or a PHONE_NUMBER quick connect's. */
    private String number(String phoneNumber, TransferData target) {
        if (phoneNumber != null) {
            if (!phoneNumber.matches("\\+[1-9][0-9]{6,14}")) {
                throw InvalidInput.of("phoneNumber", "an E.164 number, such as +81355550123");
            }
            return phoneNumber;
        }
        if (target == null || target.quickConnectId == null) {
            throw InvalidInput.of("phoneNumber", "give phoneNumber or the quickConnectId of a PHONE_NUMBER quick connect");
        }
        Instant at = engine.clock.instant();
        Destination to = store.destination(new TransferData(null, null, target.quickConnectId), at);
        if (to.phoneNumber() == null) {
            throw new Conflict("quickConnectId", "quick connect " + target.quickConnectId + " is not a phone number: transfer to a queue or an agent instead", List.of());
        }
        return to.phoneNumber();
    }
}
