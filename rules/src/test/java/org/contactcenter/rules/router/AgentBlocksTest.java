package org.contactcenter.rules.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;
import org.junit.jupiter.api.Test;

/**
 * A Missed or Rejected agent stays blocked until it changes its status (Amazon Connect): not when its workspace
 * reconnects or its configuration changes ({@link Router#agentReachable}), and a restart restores the block
 * ({@link Router#block}). An offer withdrawn because the agent could not see it (its workspace went away) blocks
 * nobody.
 */
class AgentBlocksTest {
    final Instant t0 = Instant.parse("2030-01-01T00:00:00Z");

    private Router router() {
        Router router = new Router((channel, attributes) -> 5);
        router.configure(new Profile("p", List.of(new MediaLimit(Channel.VOICE, 1, null)), List.of(new QueueEntry("q", Channel.VOICE, 1, 0))), t0);
        router.agentStatus("a", "p", null, Presence.AVAILABLE, t0);
        return router;
    }

    @Test
    void aMissedAgentStaysMissedAcrossAReconnectUntilItChoosesAStatus() {
        Router router = router();
        router.enqueue(new ContactRequest("c", "q", Channel.VOICE, Map.of(), null, t0), t0);
        assertEquals(List.of(), router.missed("c", "a", t0.plusSeconds(20)).offers(), "no one else to offer it to");
        assertEquals(AgentActivity.MISSED, router.agentView("a").activity());

        router.agentReachable("a", "p", null, Presence.OFFLINE, t0.plusSeconds(21)); // the workspace went away
        assertEquals(List.of(), router.agentReachable("a", "p", null, Presence.AVAILABLE, t0.plusSeconds(22)).offers(), "back, still Missed");
        assertEquals(AgentActivity.MISSED, router.agentView("a").activity());

        Routed available = router.agentStatus("a", "p", null, Presence.AVAILABLE, t0.plusSeconds(23));
        assertEquals(List.of("c"), available.offers().stream().map(o -> o.contactId()).toList(), "a status clears Missed");
    }

    @Test
    void aRestoredBlockHoldsAndOnlyBlocksAreRestored() {
        Router router = router();
        router.block("a", AgentActivity.REJECTED);
        assertEquals(List.of(), router.enqueue(new ContactRequest("c", "q", Channel.VOICE, Map.of(), null, t0), t0).offers());
        assertEquals(AgentActivity.REJECTED, router.agentView("a").activity());
        assertThrows(RoutingException.class, () -> router.block("a", AgentActivity.AVAILABLE));
    }

    @Test
    void aWithdrawnOfferBlocksNobodyAndTheContactKeepsItsPlace() {
        Router router = router();
        router.enqueue(new ContactRequest("first", "q", Channel.VOICE, Map.of(), null, t0), t0);
        router.enqueue(new ContactRequest("second", "q", Channel.VOICE, Map.of(), null, t0.plusSeconds(1)), t0.plusSeconds(1));
        assertEquals(ContactState.OFFERED, router.contactState("first"));
        router.agentReachable("a", "p", null, Presence.OFFLINE, t0.plusSeconds(2));
        router.withdraw("first", "a", t0.plusSeconds(2));
        assertEquals(ContactState.WAITING, router.contactState("first"));
        assertEquals(AgentActivity.OFFLINE, router.agentView("a").activity());

        Routed back = router.agentReachable("a", "p", null, Presence.AVAILABLE, t0.plusSeconds(3));
        assertEquals(List.of("first"), back.offers().stream().map(o -> o.contactId()).toList(), "not blocked; first in line again");
    }
}
