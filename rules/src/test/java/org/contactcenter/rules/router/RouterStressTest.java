package org.contactcenter.rules.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Proficiency;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.model.QueueEntry;
import org.junit.jupiter.api.Test;

/**
 * Many threads drive one router at once — contacts arriving and abandoning, agents accepting, rejecting, missing,
 * ending, finishing ACW and changing status. Every few thousand operations and after the run the router's
 * invariants are checked under its lock (no agent above its concurrency, no contact held by two agents, waiting
 * contacts indexed, ready indexes consistent), and at the end no contact is lost: each one is waiting, offered,
 * connected or in ACW, or ended by an abandon or a finished ACW that this test made. Bounded: a fixed number of
 * operations per thread.
 */
class RouterStressTest {
    static final int THREADS = 8;
    static final int OPERATIONS_PER_THREAD = 25_000;
    static final int AGENTS = 40;
    static final String[] QUEUES = {"q0", "q1", "q2", "q3", "q4"};

    final Router router = new Router((channel, attributes) -> "true".equals(attributes.get("vip")) ? 1 : 5);
    final AtomicLong clock = new AtomicLong(Instant.parse("2030-01-01T00:00:00Z").toEpochMilli());
    final AtomicInteger contactIds = new AtomicInteger();
    final Map<String, Boolean> created = new ConcurrentHashMap<>();
    /** Contacts this test ended (abandoned, or ACW finished): the only ones that may be gone from the router. */
    final Map<String, Boolean> ended = new ConcurrentHashMap<>();
    final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void invariantsHoldUnderConcurrentLoad() throws Exception {
        for (int p = 0; p < 4; p++) {
            router.configure(new Profile("p" + p,
                    List.of(new MediaLimit(Channel.VOICE, 1, p % 2 == 0 ? CrossChannelBehavior.ROUTE_ANY_CHANNEL : null),
                            new MediaLimit(Channel.CHAT, 1 + p * 3, p % 2 == 1 ? CrossChannelBehavior.ROUTE_ANY_CHANNEL : null)),
                    List.of(new QueueEntry(QUEUES[p], Channel.VOICE, 1, 0), new QueueEntry(QUEUES[p], Channel.CHAT, 1, 0),
                            new QueueEntry(QUEUES[(p + 1) % 5], Channel.CHAT, 2, p * 5), new QueueEntry("q4", Channel.VOICE, 3, 10))), now());
        }
        for (int a = 0; a < AGENTS; a++) {
            router.agentStatus("a" + a, "p" + (a % 4), "agent-queue-a" + a, skills(new Random(a)), Presence.AVAILABLE, now());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 42L + t;
            runs.add(pool.submit(() -> drive(new Random(seed))));
        }
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));

        assertEquals(List.of(), violations);
        assertEquals(List.of(), router.checkInvariants());
        long waiting = 0;
        for (String id : created.keySet()) {
            ContactState state = router.contactState(id);
            if (state == ContactState.WAITING) {
                waiting++;
            }
            if (state == ContactState.ENDED) {
                assertTrue(ended.containsKey(id), "contact " + id + " is gone but was never abandoned nor finished");
            }
        }
        assertEquals(waiting, router.waitingCount(), "every waiting contact is in a queue");
        assertTrue(created.size() > 10_000, "the run queued many contacts: " + created.size());
    }

    private void drive(Random random) {
        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
            try {
                step(random);
            } catch (RoutingException expectedRace) {
                // another thread changed the contact first (e.g. accepted what this one tries to miss): refused, nothing changed
            }
            if (i % 5_000 == 0) {
                violations.addAll(router.checkInvariants());
            }
        }
    }

    private void step(Random random) {
        int dice = random.nextInt(100);
        if (dice < 35) {
            String id = "c" + contactIds.incrementAndGet();
            created.put(id, true);
            String queue = random.nextInt(20) == 0 ? "agent-queue-a" + random.nextInt(AGENTS) : QUEUES[random.nextInt(QUEUES.length)];
            Instant at = now();
            router.enqueue(new ContactRequest(id, queue, random.nextBoolean() ? Channel.CHAT : Channel.VOICE,
                    random.nextInt(10) == 0 ? Map.of("vip", "true") : Map.of(), null, at, criteria(random), at), now());
            return;
        }
        String contact = "c" + (1 + random.nextInt(Math.max(1, contactIds.get())));
        String agent = router.agentOf(contact);
        ContactState state = router.contactState(contact);
        if (dice < 40) {
            router.delayElapsed(contact, now());
        } else if (dice < 45 && (state == ContactState.WAITING || state == ContactState.OFFERED)) {
            router.abandon(contact, now());
            ended.put(contact, true);
        } else if (state == ContactState.OFFERED && dice < 70) {
            router.accept(contact, agent);
        } else if (state == ContactState.OFFERED && dice < 75) {
            router.reject(contact, agent, now());
        } else if (state == ContactState.OFFERED && dice < 80) {
            router.missed(contact, agent, now());
        } else if (state == ContactState.CONNECTED && dice < 90) {
            router.end(contact, agent);
        } else if (state == ContactState.AFTER_CONTACT_WORK) {
            router.afterContactWorkDone(contact, agent, now());
            ended.put(contact, true);
        } else {
            int a = random.nextInt(AGENTS);
            Presence presence = random.nextInt(5) == 0 ? Presence.CUSTOM : Presence.AVAILABLE;
            if (random.nextInt(10) == 0) {
                router.agentStatus("a" + a, "p" + (a % 4), "agent-queue-a" + a, skills(random), presence, now());
            } else {
                router.agentStatus("a" + a, "p" + (a % 4), "agent-queue-a" + a, presence, now());
            }
        }
    }

    static final String[] LANGUAGES = {"Japanese", "English", "French"};

    /** Some agents speak some languages at some level (the proficiency indexes change as agents change). */
    private static List<Proficiency> skills(Random random) {
        List<Proficiency> skills = new ArrayList<>();
        for (String language : LANGUAGES) {
            if (random.nextBoolean()) {
                skills.add(new Proficiency("Language", language, 1 + random.nextInt(5)));
            }
        }
        return skills;
    }

    /** A third of the contacts ask for a language, relaxed after a while, some with an OR of two. */
    private static RoutingCriteria criteria(Random random) {
        if (random.nextInt(3) != 0) {
            return null;
        }
        RoutingCriteria.Expression first = new RoutingCriteria.Condition("Language", LANGUAGES[random.nextInt(3)], 1 + random.nextInt(5));
        if (random.nextBoolean()) {
            first = new RoutingCriteria.Or(List.of(first, new RoutingCriteria.Condition("Language", LANGUAGES[random.nextInt(3)], 3)));
        }
        return new RoutingCriteria(List.of(new RoutingCriteria.Step(first, 1 + random.nextInt(3)),
                new RoutingCriteria.Step(new RoutingCriteria.Condition("Language", LANGUAGES[random.nextInt(3)], 1), random.nextBoolean() ? null : 5)));
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.addAndGet(7));
    }
}
