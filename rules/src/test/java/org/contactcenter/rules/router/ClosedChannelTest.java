package org.contactcenter.rules.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;
import org.junit.jupiter.api.Test;

/**
 * A closed channel (voice while the telephony control connection is down): its contacts wait in their places and
 * are offered to nobody, other channels route as usual; opened again, the waiting contacts go to the agents at once,
 * the longest idle first, in queue order.
 */
class ClosedChannelTest {
    final Instant t0 = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void voiceContactsWaitWhileVoiceIsClosedAndAreOfferedInOrderWhenItOpens() {
        Router router = new Router((channel, attributes) -> 5);
        router.configure(new Profile("p", List.of(new MediaLimit(Channel.VOICE, 1, CrossChannelBehavior.ROUTE_ANY_CHANNEL),
                new MediaLimit(Channel.CHAT, 2, CrossChannelBehavior.ROUTE_ANY_CHANNEL)),
                List.of(new QueueEntry("q", Channel.VOICE, 1, 0), new QueueEntry("q", Channel.CHAT, 1, 0))), t0);
        router.agentStatus("long-idle", "p", null, Presence.AVAILABLE, t0);
        router.agentStatus("short-idle", "p", null, Presence.AVAILABLE, t0.plusSeconds(5));

        assertTrue(router.channelOpen(Channel.VOICE));
        assertEquals(List.of(), router.channelOpen(Channel.VOICE, false, t0.plusSeconds(6)).offers());
        assertFalse(router.channelOpen(Channel.VOICE));
        assertEquals(List.of(), router.enqueue(new ContactRequest("call-1", "q", Channel.VOICE, Map.of(), null, t0), t0.plusSeconds(7)).offers());
        assertEquals(List.of(), router.enqueue(new ContactRequest("call-2", "q", Channel.VOICE, Map.of(), null, t0), t0.plusSeconds(8)).offers());
        assertEquals(ContactState.WAITING, router.contactState("call-1"));
        Routed chat = router.enqueue(new ContactRequest("chat", "q", Channel.CHAT, Map.of(), null, t0), t0.plusSeconds(9));
        assertEquals(List.of("chat"), chat.offers().stream().map(o -> o.contactId()).toList(), "chats route as usual");
        assertEquals(List.of(), router.agentStatus("short-idle", "p", null, Presence.AVAILABLE, t0.plusSeconds(10)).offers(),
                "an agent becoming available takes no call either");

        Routed opened = router.channelOpen(Channel.VOICE, true, t0.plusSeconds(11));
        assertEquals(List.of("call-1", "call-2"), opened.offers().stream().map(o -> o.contactId()).toList(), "in queue order");
        assertEquals(2, opened.offers().stream().map(o -> o.agentId()).distinct().count(), "one call each");
        assertEquals(List.of(), router.channelOpen(Channel.VOICE, true, t0.plusSeconds(12)).offers(), "opening an open channel decides nothing");
        assertEquals(List.of(), router.checkInvariants());
    }
}
