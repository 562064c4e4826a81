package org.contactcenter.routing.engine.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.engine.control.JournalWrite;
import org.contactcenter.routing.engine.control.RoutingTimer;
import org.contactcenter.rules.model.AgentActivity;

/**
 * What one routing event decided, gathered under the engine's lock: the writes for the journal, the offers and the
 * agents whose state is to be announced once they are durable, and the timers to arm.
 */
final class Decision {
    final List<JournalWrite> writes = new ArrayList<>();
    final List<ContactOffered> offers = new ArrayList<>();
    final Set<String> agents = new LinkedHashSet<>();
    final List<Map.Entry<RoutingTimer, Instant>> timers = new ArrayList<>();
    /** events announced once durable, before the offers (a transfer: the chat and the flow follow the next contact first) */
    final List<Object> events = new ArrayList<>();

    /** A new contact, inserted. */
    void created(Contact contact) {
        writes.add(new JournalWrite.ContactWrite(contact, true));
    }

    /** A contact changed. */
    void changed(Contact contact) {
        writes.add(new JournalWrite.ContactWrite(contact, false));
    }

    /** An agent chose a status (it clears a block). */
    void status(String agentId, String statusId, OffsetDateTime since) {
        writes.add(new JournalWrite.AgentWrite(agentId, statusId, since, null));
        agents.add(agentId);
    }

    /** An agent's block (Missed, Rejected; null: cleared) without a new status. */
    void block(String agentId, AgentActivity block) {
        writes.add(new JournalWrite.AgentWrite(agentId, null, null, block));
        agents.add(agentId);
    }

    /** An event to fire once the decision is durable, before its offers. */
    void event(Object event) {
        events.add(event);
    }

    void announce(String agentId) {
        agents.add(agentId);
    }

    void timer(RoutingTimer.Kind kind, String contactId, String agentId, Instant at) {
        timers.add(Map.entry(new RoutingTimer(kind, contactId, agentId), at));
    }
}
