package org.contactcenter.routing.engine.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.boundary.NewContactData;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.ContactOrigin;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.RoutingStore.QueueInfo;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.Overloaded;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.kbase.RuleBases.RoutingDecision;
import org.eclipse.microprofile.metrics.Tag;

/**
 * New contacts entering routing ({@link RoutingEngine#enqueue}): validated and looked up before the lock, refused at
 * once with 503 when {@code cc.routing.max-pending-contacts} are already being queued or the journal is behind
 * ({@code cc.routing.max-write-backlog}), given their priority and routing criteria by the rules, then queued and
 * routed in one decision of the engine.
 */
final class ContactArrivals {
    private final RoutingEngine engine;
    private final Semaphore admission;

    ContactArrivals(RoutingEngine engine, Semaphore admission) {
        this.engine = engine;
        this.admission = admission;
    }

    ContactData enqueue(String contactId, NewContactData data, InitiationMethod method, long ageSeconds, String previousContactId,
                               ContactOrigin origin) {
        Contact previous = previousContactId == null ? null : engine.store.contact(previousContactId).orElse(null);
        Violations v = Violations.validate(engine.validator, data);
        v.throwIfAny();
        Map<String, String> attributes = data.attributes == null ? Map.of() : data.attributes;
        v.contactAttributes(attributes).throwIfAny();
        QueueInfo queue = engine.directory.queue(data.queueId);
        if (queue == null) {
            throw InvalidInput.of("queueId", "unknown queue " + data.queueId);
        }
        if (engine.journal.backlog() > engine.maxWriteBacklog || !admission.tryAcquire()) {
            engine.metrics.counter("cc_contacts_refused", new Tag("reason", "overload")).inc();
            throw new Overloaded("the center is taking as many new contacts as it can; try again in " + engine.retryAfterSeconds + " s", engine.retryAfterSeconds);
        }
        try {
            if (method != InitiationMethod.API && engine.store.contact(contactId).isPresent()) {
                throw new Conflict("id", "contact " + contactId + " exists already", List.of());
            }
            RoutingCriteria given = data.routingCriteria == null ? null : data.routingCriteria.toModel("routingCriteria");
            RoutingDecision ruled = data.priority != null && given != null ? null : engine.rules.routing(data.channel, attributes);
            int priority = data.priority != null ? data.priority : ruled.priority();
            RoutingCriteria criteria = given != null ? given : ruled.criteria();
            ContactData queued = engine.decide(d -> {
                if (engine.live.contact(contactId) != null) {
                    throw new Conflict("id", "contact " + contactId + " exists already", List.of());
                }
                if (queue.maxContacts() != null && engine.live.router.queueSize(queue.id()) >= queue.maxContacts()) {
                    throw new QueueAtCapacity(queue.name(), queue.maxContacts());
                }
                Contact contact = new Contact(contactId, data.channel, method, queue.id(), attributes, priority, engine.now());
                contact.routingCriteria(RoutingCriteriaData.json(criteria), contact.enqueuedAt());
                if (previous != null) {
                    Contact live = engine.live.contact(previous.id());
                    contact.continues(live != null ? live : previous);
                }
                contact.origin(origin);
                d.created(engine.live.add(contact));
                Instant at = engine.clock.instant();
                engine.live.apply(engine.live.router.enqueue(LiveState.request(contact, criteria), at), d, contact.id(), at);
                if (ageSeconds > 0 && contact.state() == ContactState.WAITING) {
                    // older in routing order only: its real wait (queue delays, the wait shown) stays its own
                    engine.live.apply(engine.live.router.changePriority(contactId, null, ageSeconds, at), d, contact.id(), at);
                }
                return ContactData.of(contact);
            });
            engine.queuedEvents.fire(new ContactQueued(queued));
            return queued;
        } finally {
            admission.release();
        }
    }
}
