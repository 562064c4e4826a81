package org.contactcenter.rules.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;
import org.junit.jupiter.api.Test;

/**
 * A caller that read a contact's agent before the contact was offered holds no agent id: the router refuses its
 * action like any other agent's (RoutingException, nothing changed) instead of failing with a NullPointerException.
 */
class RouterArgumentsTest {
    final Instant now = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void actionsWithoutAnAgentAreRefusedAndChangeNothing() {
        Router router = new Router((channel, attributes) -> 5);
        router.configure(new Profile("p", List.of(new MediaLimit(Channel.VOICE, 1, null)),
                List.of(new QueueEntry("q", Channel.VOICE, 1, 0))), now);
        router.agentStatus("a", "p", "agent-queue-a", Presence.AVAILABLE, now);
        router.enqueue(new ContactRequest("c", "q", Channel.VOICE, Map.of(), null, now), now);
        assertEquals(ContactState.OFFERED, router.contactState("c"));

        assertThrows(RoutingException.class, () -> router.accept("c", null));
        assertThrows(RoutingException.class, () -> router.reject("c", null, now));
        assertThrows(RoutingException.class, () -> router.missed("c", null, now));
        assertEquals(ContactState.OFFERED, router.contactState("c"));

        router.accept("c", "a");
        assertThrows(RoutingException.class, () -> router.end("c", null));
        router.end("c", "a");
        assertThrows(RoutingException.class, () -> router.afterContactWorkDone("c", null, now));
        assertEquals(ContactState.AFTER_CONTACT_WORK, router.contactState("c"));
        assertEquals(List.of(), router.checkInvariants());
    }
}
