package org.contactcenter.routing.engine.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.RoutingStore.AgentInfo;
import org.contactcenter.routing.engine.boundary.RoutingStore.Destination;
import org.contactcenter.routing.engine.boundary.RoutingStore.QueueInfo;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.Ids;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.router.ContactRequest;
import org.contactcenter.rules.router.Routed;
import org.contactcenter.rules.model.AgentActivity;

/**
 * What an agent does with a contact it is connected to, beyond ending it: transfer it (to a queue, an agent, a quick
 * connect), hold and resume a call, and dial out. Each is one decision of the {@link RoutingEngine} (its lock, its
 * journal: durable before announced); targets and queues are looked up before the lock.
 */
final class ContactHandling {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContactHandling.class.getName());
    /** The contact attribute that holds the agent's after-contact note. */
    static final String DISPOSITION = "disposition";

    private final RoutingEngine engine;
    private final RoutingStore store;
    private final RuleEngine rules;

    ContactHandling(RoutingEngine engine, RoutingStore store, RuleEngine rules) {
        this.engine = engine;
        this.store = store;
        this.rules = rules;
    }

    /**
     * The agent transfers a connected contact. Its agent leg ends (after-contact work starts, the slot stays taken
     * until it is done) and the customer continues as the next contact — initiation QUEUE_TRANSFER (a queue) or
     * TRANSFER (an agent), attributes carried, linked both ways — queued at once, or by the quick connect's transfer
     * flow. Refused, with the contact where it was: a closed queue, a queue at capacity, an unknown target, a chat to a
     * phone number, a contact not connected to this agent.
     */
    ContactData transfer(String contactId, String userId, TransferData target) {
        if (target == null) {
            throw InvalidInput.of("queueId", "give exactly one of queueId, agentId, quickConnectId");
        }
        Instant at = engine.clock.instant();
        Destination to = store.destination(target, at);
        return engine.decide(d -> {
            Contact first = connectedTo(contactId, userId);
            if (to.phoneNumber() != null && first.channel() != Channel.VOICE) {
                throw new Conflict("quickConnectId", "a chat cannot be transferred to a phone number", List.of());
            }
            if (!to.open()) {
                throw new Conflict("queueId", "queue " + to.queueName() + " is closed now (its hours of operation)", List.of());
            }
            if (to.flowId() == null && to.maxContacts() != null && engine.live.router.queueSize(to.queueId()) >= to.maxContacts()) {
                throw new QueueAtCapacity(to.queueName(), to.maxContacts());
            }
            String nextId = to.phoneNumber() == null ? Ids.next() : null;
            RoutingEngine.route(() -> {
                engine.live.router.end(contactId, userId);
                return Routed.NOTHING;
            });
            first.transferredTo(nextId, to.phoneNumber(), engine.now());
            if (to.phoneNumber() != null) {
                first.disconnectReason("TRANSFERRED " + to.phoneNumber());
            }
            d.changed(first);
            engine.live.armAcw(first, d);
            d.announce(userId);
            if (nextId != null && to.flowId() == null) {
                Contact next = new Contact(nextId, first.channel(), to.method(), to.queueId(), first.attributes(),
                        rules.contactPriority(first.channel(), first.attributes()), engine.now());
                next.continues(first);
                d.created(engine.live.add(next));
                Instant queuedAt = engine.clock.instant(); // not before its enqueue time: routing counts the wait from there
                engine.live.apply(engine.live.router.enqueue(LiveState.request(next, null), queuedAt), d, nextId, queuedAt);
            }
            ContactData from = ContactData.of(first);
            if (nextId != null) {
                d.event(new ContactContinued(from, nextId, to.queueName(), to.method() == InitiationMethod.TRANSFER));
            }
            d.event(new ContactTransferred(from, nextId, to.queueId(), to.queueName(), to.method(), to.flowId(), to.phoneNumber()));
            return from;
        });
    }

    /** The agent puts a connected voice contact on hold; refused for chats (Amazon Connect holds calls only). */
    ContactData hold(String contactId, String userId, boolean hold) {
        ContactData data = engine.decide(d -> {
            Contact contact = connectedTo(contactId, userId);
            if (contact.channel() != Channel.VOICE) {
                throw new Conflict("contactId", "only a voice contact is put on hold", List.of());
            }
            if (contact.thirdParty() != null) {
                throw new Conflict("contactId", "contact " + contactId + " has a third party (" + contact.thirdParty().state()
                        + "): conference, transfer or cancel it first", List.of());
            }
            if (contact.onHold() == hold) {
                throw new Conflict("contactId", "contact " + contactId + (hold ? " is on hold already" : " is not on hold"), List.of());
            }
            if (hold) {
                contact.held(engine.now());
            } else {
                contact.resumed(engine.now());
            }
            d.changed(contact);
            d.announce(userId);
            return ContactData.of(contact);
        });
        engine.events.fire(new ContactHeld(data, hold));
        return data;
    }

    /**
     * The agent dials out: a voice contact (initiation OUTBOUND) in its routing profile's default outbound queue,
     * connected to it at once (its voice slot taken, whatever its status); the telephony side dials the number.
     */
    ContactData outbound(String userId, String phoneNumber) {
        if (phoneNumber == null || !phoneNumber.matches("\\+[1-9][0-9]{6,14}")) {
            throw InvalidInput.of("phoneNumber", "an E.164 number, such as +81355550123");
        }
        AgentInfo agent = engine.agent(userId);
        QueueInfo queue = store.outboundQueue(userId)
                .orElseThrow(() -> new Conflict("phoneNumber", "the agent's routing profile has no default outbound queue", List.of()));
        ContactData data = engine.decide(d -> {
            if (!engine.live.hasWorkspace(agent.id())) {
                throw new Conflict("phoneNumber", "open your workspace (/ws/agent) before dialling out", List.of());
            }
            engine.live.know(agent.id(), agent);
            Contact contact = new Contact(Ids.next(), Channel.VOICE, InitiationMethod.OUTBOUND, queue.id(), Map.of(),
                    5, engine.now());
            contact.customerEndpoint(phoneNumber);
            contact.offeredTo(agent.id());
            contact.connected(engine.now(), agent.profileId());
            ContactRequest request = LiveState.request(contact, null);
            RoutingEngine.route(() -> {
                engine.live.router.connectOutbound(request, agent.id());
                return Routed.NOTHING;
            });
            d.created(engine.live.add(contact));
            d.announce(agent.id());
            return ContactData.of(contact);
        });
        engine.events.fire(new OutboundContactStarted(data));
        return data;
    }

    /** The agent accepts an offer: the contact is connected. */
    ContactData accept(String contactId, String userId) {
        ContactData data = engine.decide(d -> {
            Contact contact = engine.liveContact(contactId);
            RoutingEngine.route(() -> {
                engine.live.router.accept(contactId, userId);
                return Routed.NOTHING;
            });
            engine.live.cancelOffer(contactId);
            AgentInfo agent = engine.agentInfo(userId);
            contact.connected(engine.now(), agent == null ? null : agent.profileId());
            d.changed(contact);
            d.announce(userId);
            return ContactData.of(contact);
        });
        engine.connectedEvents.fire(new ContactConnected(data));
        return data;
    }

    /** The agent rejects an offer: the contact goes back to its place; the agent is Rejected until it changes its status. */
    ContactData reject(String contactId, String userId) {
        return engine.decide(d -> {
            Contact contact = engine.liveContact(contactId);
            Routed routed = RoutingEngine.route(() -> engine.live.router.reject(contactId, userId, engine.clock.instant()));
            engine.live.cancelOffer(contactId);
            contact.rejected();
            d.changed(contact);
            d.block(userId, AgentActivity.REJECTED);
            d.event(new OfferWithdrawn(contactId, userId, AgentActivity.REJECTED));
            engine.live.apply(routed, d, contactId, engine.clock.instant());
            return ContactData.of(contact);
        });
    }

    /**
     * A connected contact ends: after-contact work starts (with the user's ACW timeout for the channel); {@code reason}
     * becomes its disconnect reason unless one is set already.
     */
    ContactData end(String contactId, String userId, String reason) {
        ContactData data = engine.decide(d -> {
            Contact contact = engine.liveContact(contactId);
            if (contact.disconnectReason() == null && reason != null) {
                contact.disconnectReason(reason);
            }
            RoutingEngine.route(() -> {
                engine.live.router.end(contactId, userId);
                return Routed.NOTHING;
            });
            contact.ended(engine.now());
            d.changed(contact);
            engine.live.armAcw(contact, d);
            d.announce(userId);
            return ContactData.of(contact);
        });
        engine.endedEvents.fire(new ContactEnded(data));
        return data;
    }

    /**
     * A supervisor ends a contact its agent cannot (the agent is gone): a connected one is ended (the flow hears of it as
     * of the agent's end) and its after-contact work closed at once; one in after-contact work is closed. The reason is
     * kept with the contact. Others: 409.
     */
    ContactData endBySupervisor(String contactId, String supervisor, String reason) {
        boolean[] wasConnected = new boolean[1];
        ContactData data = engine.decide(d -> {
            Contact contact = engine.liveContact(contactId);
            String agentId = contact.agentId();
            if (contact.state() != ContactState.CONNECTED && contact.state() != ContactState.AFTER_CONTACT_WORK) {
                throw new Conflict(null, "contact " + contactId + " is " + contact.state() + ": only a connected contact or one in after-contact work is ended this way", List.of());
            }
            contact.disconnectReason("SUPERVISOR " + supervisor + ": " + reason);
            if (contact.state() == ContactState.CONNECTED) {
                engine.live.router.end(contactId, agentId);
                contact.ended(engine.now());
                wasConnected[0] = true;
            }
            return close(contact, engine.live.router.afterContactWorkDone(contactId, agentId, engine.clock.instant()), d);
        });
        if (wasConnected[0]) {
            engine.endedEvents.fire(new ContactEnded(data));
        }
        LOG.info(() -> "Contact " + contactId + " of agent " + data.agentId + " ended by " + supervisor + ": " + reason);
        return data;
    }

    /**
     * After-contact work is done: the slot is free, the next contact may be offered at once. A note (the agent's
     * disposition, 1–1,024 characters) becomes the contact's attribute {@value #DISPOSITION} in the same write.
     */
    ContactData afterContactWorkDone(String contactId, String userId, String note) {
        if (note != null && (note.isBlank() || note.length() > 1024)) {
            throw InvalidInput.of("note", "1-1024 characters");
        }
        return engine.decide(d -> {
            Contact contact = engine.liveContact(contactId);
            Routed routed = RoutingEngine.route(() -> engine.live.router.afterContactWorkDone(contactId, userId, engine.clock.instant()));
            if (note != null) {
                contact.annotated(DISPOSITION, note.strip());
            }
            return close(contact, routed, d);
        });
    }

    /** An offer was not answered in time: the contact goes back to its place, the agent is Missed. */
    void offerExpired(String contactId, String agentId) {
        engine.decide(d -> {
            Contact contact = engine.live.contact(contactId);
            if (contact != null && contact.state() == ContactState.OFFERED && agentId.equals(contact.agentId())) {
                Routed routed = engine.live.router.missed(contactId, agentId, engine.clock.instant());
                contact.missed();
                d.changed(contact);
                d.block(agentId, AgentActivity.MISSED);
                d.event(new OfferWithdrawn(contactId, agentId, AgentActivity.MISSED));
                engine.live.apply(routed, d, contactId, engine.clock.instant());
            }
            return null;
        });
    }

    /** After-contact work is over (the router has freed the slot): the contact ends and leaves the engine.live state. */
    ContactData close(Contact contact, Routed routed, Decision d) {
        String agentId = contact.agentId();
        contact.closed(engine.now());
        d.changed(engine.live.remove(contact));
        engine.live.apply(routed, d, null, engine.clock.instant());
        d.announce(agentId);
        return ContactData.of(contact);
    }

    /** The live contact, connected (on hold or not) to this agent; 409 otherwise. */
    Contact connectedTo(String contactId, String userId) {
        Contact contact = engine.liveContact(contactId);
        if (contact.state() != ContactState.CONNECTED || !userId.equals(contact.agentId())) {
            throw new Conflict("contactId", "contact " + contactId + " is not connected to you", List.of());
        }
        return contact;
    }
}
