package org.contactcenter.rules.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A routing-profile change that gains a queue with a delay, or shortens a delay, names the instants at which contacts
 * already waiting become eligible (the engine arms a timer for each): they are offered when their delay elapses, not
 * at the next unrelated event. Contacts the change does not affect get no timer.
 */
class ProfileChangeDelaysTest {
    final Instant t0 = Instant.parse("2030-01-01T00:00:00Z");

    private static Profile profile(QueueEntry... entries) {
        return new Profile("p", List.of(new MediaLimit(Channel.VOICE, 1, null)), List.of(entries));
    }

    @Test
    void aQueueGainedWithADelayArmsTheWaitingContactsTimers() {
        Router router = new Router((channel, attributes) -> 5);
        router.configure(profile(new QueueEntry("sales", Channel.VOICE, 1, 0)), t0);
        router.agentStatus("a", "p", null, Presence.AVAILABLE, t0);
        router.enqueue(new ContactRequest("c", "support", Channel.VOICE, Map.of(), null, t0), t0);
        router.enqueue(new ContactRequest("old", "support", Channel.VOICE, Map.of(), null, t0.minusSeconds(60)), t0);
        assertEquals(ContactState.WAITING, router.contactState("c"));

        Routed changed = router.configure(profile(new QueueEntry("sales", Channel.VOICE, 1, 0), new QueueEntry("support", Channel.VOICE, 2, 20)), t0.plusSeconds(5));
        assertEquals(List.of("old>a"), changed.offers().stream().map(o -> o.contactId() + ">" + o.agentId()).toList(), "waited 65 s: offered at once");
        assertEquals(List.of(new Routed.Delay("c", t0.plusSeconds(20))), changed.delays(), "eligible 20 s after its enqueue");
        assertEquals(ContactState.WAITING, router.contactState("c"));
    }

    @Test
    void aShorterDelayArmsTimersAndAnUnchangedOneDoesNot() {
        Router router = new Router((channel, attributes) -> 5);
        router.configure(profile(new QueueEntry("support", Channel.VOICE, 1, 30)), t0);
        router.enqueue(new ContactRequest("c", "support", Channel.VOICE, Map.of(), null, t0), t0);

        assertEquals(List.of(new Routed.Delay("c", t0.plusSeconds(10))),
                router.configure(profile(new QueueEntry("support", Channel.VOICE, 1, 10)), t0.plusSeconds(1)).delays());
        assertEquals(List.of(), router.configure(profile(new QueueEntry("support", Channel.VOICE, 1, 10)), t0.plusSeconds(2)).delays(),
                "the same delay again: its timer is armed already");
        assertEquals(List.of(), router.configure(profile(new QueueEntry("support", Channel.VOICE, 1, 40)), t0.plusSeconds(3)).delays(),
                "a longer delay needs no earlier timer");
    }
}
