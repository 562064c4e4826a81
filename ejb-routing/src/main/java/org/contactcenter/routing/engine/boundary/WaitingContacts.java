package org.contactcenter.routing.engine.boundary;

import java.time.Instant;

import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.DisconnectReason;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.router.Routed;

/**
 * What happens to a contact while it waits, besides being offered: the customer leaves the queue (abandoned, or on to
 * the callback it chose), "Change routing priority / age", "Set routing criteria". Each is one decision of the
 * {@link RoutingEngine}.
 */
final class WaitingContacts {
    private final RoutingEngine engine;

    WaitingContacts(RoutingEngine engine) {
        this.engine = engine;
    }

    void leftQueue(String contactId, String callbackContactId) {
        engine.decide(d -> {
            Contact contact = engine.live.contact(contactId);
            if (contact == null || (contact.state() != ContactState.WAITING && contact.state() != ContactState.OFFERED)) {
                return null;
            }
            if (contact.state() == ContactState.OFFERED) {
                d.announce(contact.agentId());
            }
            engine.live.cancelOffer(contactId);
            Routed routed = RoutingEngine.route(() -> engine.live.router.abandon(contactId, engine.clock.instant()));
            contact.abandoned(engine.now());
            if (callbackContactId != null) {
                contact.nextContactId(callbackContactId);
            } else if (contact.disconnectReason() == null) {
                contact.disconnectReason(DisconnectReason.CUSTOMER);
            }
            d.changed(engine.live.remove(contact));
            engine.live.apply(routed, d, null, engine.clock.instant());
            return null;
        });
    }

    /** "Change routing priority / age" for a waiting contact: a new priority and/or an age bonus in seconds. */
    ContactData changePriority(String contactId, Integer priority, long ageSeconds) {
        return engine.decide(d -> {
            Contact contact = engine.liveContact(contactId);
            if (contact.state() == ContactState.WAITING) {
                Routed routed = RoutingEngine.route(() -> engine.live.router.changePriority(contactId, priority, ageSeconds, engine.clock.instant()));
                if (priority != null) {
                    contact.prioritized(priority);
                    d.changed(contact);
                }
                engine.live.apply(routed, d, contact.id(), engine.clock.instant());
            }
            return ContactData.of(contact);
        });
    }

    /**
     * "Set routing criteria" for a waiting contact: they apply from now (their steps expire from now); null removes
     * them. 409 when the contact does not wait.
     */
    ContactData routingCriteria(String contactId, RoutingCriteria criteria) {
        return engine.decide(d -> {
            Contact contact = engine.liveContact(contactId);
            Instant at = engine.clock.instant();
            Routed routed = RoutingEngine.route(() -> engine.live.router.routingCriteria(contactId, criteria, at));
            contact.routingCriteria(RoutingCriteriaData.json(criteria), engine.now());
            d.changed(contact);
            engine.live.apply(routed, d, contact.id(), at);
            return ContactData.of(contact);
        });
    }
}
