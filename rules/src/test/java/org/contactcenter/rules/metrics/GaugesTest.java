package org.contactcenter.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;
import org.contactcenter.rules.router.ContactRequest;
import org.contactcenter.rules.router.Router;
import org.contactcenter.rules.router.RouterSnapshot;
import org.junit.jupiter.api.Test;

/** Real-time gauges from a router driven through a short script: what a supervisor sees at each step. */
class GaugesTest {
    final Instant t0 = Instant.parse("2030-01-01T09:00:00Z");

    @Test
    void theQueueAndItsAgentsAtEachStep() {
        Router router = new Router((channel, attributes) -> 5);
        router.configure(new Profile("p", List.of(new MediaLimit(Channel.VOICE, 1, null), new MediaLimit(Channel.CHAT, 3, CrossChannelBehavior.ROUTE_ANY_CHANNEL)),
                List.of(new QueueEntry("q", Channel.CHAT, 1, 0), new QueueEntry("q", Channel.VOICE, 1, 0))), t0);
        router.agentStatus("ann", "p", null, Presence.AVAILABLE, t0);
        router.agentStatus("ben", "p", null, Presence.CUSTOM, t0);
        router.agentStatus("cid", "p", null, Presence.OFFLINE, t0);

        Map<String, Number> idle = gauges(router.snapshot(t0));
        assertEquals(2, idle.get("agentsOnline"), "ann and ben (a custom status is online)");
        assertEquals(1, idle.get("agentsAvailable"));
        assertEquals(1, idle.get("agentsNonProductive"));
        assertEquals(8L, idle.get("capacity"), "4 slots each for the two online agents");
        assertEquals(4L, idle.get("availabilitySlots"), "only ann's");

        router.enqueue(new ContactRequest("c1", "q", Channel.CHAT, Map.of(), null, t0), t0);
        router.accept("c1", "ann");
        router.enqueue(new ContactRequest("c2", "q", Channel.VOICE, Map.of(), null, t0.plusSeconds(5)), t0.plusSeconds(5));
        // ann holds a chat; the call is offered to her too (cross-channel: ROUTE_ANY_CHANNEL)
        Map<String, Number> busy = gauges(router.snapshot(t0.plusSeconds(8)));
        assertEquals(0L, busy.get("contactsInQueue"), "c2 is offered, not waiting");
        assertEquals(1, busy.get("agentsOnContact"));
        assertEquals(2L, busy.get("activeSlots"));
        assertEquals(25.0, busy.get("occupancy"), "2 of 8 slots");

        router.missed("c2", "ann", t0.plusSeconds(25));
        Map<String, Number> missed = gauges(router.snapshot(t0.plusSeconds(30)));
        assertEquals(1L, missed.get("contactsInQueue"));
        assertEquals(25.0, missed.get("oldestContactAge"), "waiting since 09:00:05");
        assertEquals(1, missed.get("agentsError"), "ann is Missed");
        assertEquals(1, missed.get("agentsStaffed"), "a blocked agent is online, not staffed");
        assertEquals(0, missed.get("agentsAvailable"));
        assertEquals(4L, missed.get("capacity"), "ann's slots do not count while she is blocked");
        assertEquals(AgentActivity.MISSED, router.agentView("ann").activity());
    }

    private static Map<String, Number> gauges(RouterSnapshot s) {
        Gauges g = new Gauges();
        s.queues().forEach(q -> g.waiting(q.waiting(), q.oldestEnqueuedAt()));
        s.agents().forEach(a -> g.agent(a, EnumSet.allOf(Channel.class)));
        return g.metrics(s.takenAt(), true);
    }
}
