package org.contactcenter.routing.engine.boundary;

import java.util.Map;
import java.util.function.Predicate;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.ContactOrigin;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;

/**
 * Records routing does not keep: a contact that ended in its flow without being queued, and changes to a record that
 * routing does not make — a recording that came in, a transcript stored, the archive moving
 * or deleting an object — written like any routing change: through the engine's lock and journal, so the record's
 * updates stay in one order in the outbox and a live contact's copy in memory is the one changed. For a contact that
 * has ended the stored row is read, changed and written; such changes are taken one at a time (the recording
 * services are few and slow next to routing), so two of them never write over each other.
 */
final class EndedRecords {
    private static final int ATTEMPTS = 50;
    private final RoutingEngine engine;
    private final Object serial = new Object();

    EndedRecords(RoutingEngine engine) {
        this.engine = engine;
    }

    /** {@link RoutingEngine#recordEndedInFlow}: the record of a contact routing never held. */
    void endedInFlow(String contactId, Channel channel, InitiationMethod method, Map<String, String> attributes, String previousContactId,
                     ContactOrigin origin, String reason, String transferredTo) {
        if (engine.store.contact(contactId).isPresent()) {
            return;
        }
        Contact previous = previousContactId == null ? null : engine.store.contact(previousContactId).orElse(null);
        engine.decide(d -> {
            if (engine.live.contact(contactId) != null) {
                return null;
            }
            Contact contact = Contact.endedInFlow(contactId, channel, method, attributes, origin, reason, transferredTo, engine.now());
            if (previous != null) {
                Contact was = engine.live.contact(previous.id());
                contact.continues(was != null ? was : previous);
            }
            d.created(contact);
            return null;
        });
    }

    /**
     * Applies {@code change} to the contact's record (live or ended) if it accepts the record as it is now (it returns
     * false: nothing is written); true when written and durable.
     */
    boolean update(String contactId, Predicate<Contact> change) {
        synchronized (serial) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Contact stored = engine.store.contact(contactId).orElse(null);
                Boolean done = engine.decide(d -> {
                    Contact live = engine.live.contact(contactId);
                    Contact target = live != null ? live : stored;
                    if (target == null) {
                        throw new NotFound("Contact", contactId);
                    }
                    if (live == null && target.state() != ContactState.ENDED) {
                        return null; // it has just ended and its last write is still on its way: read it again
                    }
                    if (!change.test(target)) {
                        return false;
                    }
                    d.changed(target);
                    return true;
                });
                if (done != null) {
                    return done;
                }
                // the empty decision went through the journal in its turn: the ending before it is stored now
            }
            throw new IllegalStateException("contact " + contactId + " has neither ended nor is it live");
        }
    }
}
