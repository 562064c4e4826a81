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

/**
 * What an agent does with a contact it is connected to, beyond ending it: transfer it (to a queue, an agent, a quick
 * connect), hold and resume a call, and dial out. Each is one decision of the {@link RoutingEngine} (its lock, its
 * journal: durable before announced); targets and queues are looked up before the lock.
 */
final class ContactHandling {
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
                return org.contactcenter.rules.router.Routed.NOTHING;
            });
            first.transferredTo(nextId, engine.now());
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
                next.customerEndpoint(first.customerEndpoint());
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
            engine.live.know(agent.id(), agent);
            Contact contact = new Contact(Ids.next(), Channel.VOICE, InitiationMethod.OUTBOUND, queue.id(), Map.of(),
                    5, engine.now());
            contact.customerEndpoint(phoneNumber);
            contact.offeredTo(agent.id());
            contact.connected(engine.now());
            ContactRequest request = LiveState.request(contact, null);
            RoutingEngine.route(() -> {
                engine.live.router.connectOutbound(request, agent.id());
                return org.contactcenter.rules.router.Routed.NOTHING;
            });
            d.created(engine.live.add(contact));
            d.announce(agent.id());
            return ContactData.of(contact);
        });
        engine.events.fire(new OutboundContactStarted(data));
        return data;
    }

    /** The live contact, connected (on hold or not) to this agent; 409 otherwise. */
    private Contact connectedTo(String contactId, String userId) {
        Contact contact = engine.liveContact(contactId);
        if (contact.state() != ContactState.CONNECTED || !userId.equals(contact.agentId())) {
            throw new Conflict("contactId", "contact " + contactId + " is not connected to you", List.of());
        }
        return contact;
    }
}
