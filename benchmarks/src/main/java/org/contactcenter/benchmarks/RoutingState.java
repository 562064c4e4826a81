package org.contactcenter.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.Offer;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.router.ContactRequest;
import org.contactcenter.rules.router.Routed;
import org.contactcenter.rules.router.Router;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmarks' shared state, in steady state: 1,000 agents each full with 3 chats, 10,000 chats waiting over
 * 50 queues, 100 routing profiles. New chats come through the routing rules (Drools decides their priority); the
 * reference router holds the same 10,000 waiting contacts in plain FIFOs.
 */
@State(Scope.Thread)
public abstract class RoutingState {
    protected RuleBases rules;
    protected Router router;
    protected ReferenceRouter reference;
    protected ArrayDeque<String>[] held;
    private long clock = Instant.parse("2030-01-07T09:00:00Z").toEpochMilli();
    protected long contacts;
    private int nextAgent;

    @SuppressWarnings("unchecked")
    @Setup(Level.Trial)
    public void setUp() {
        rules = RuleBases.loadBuiltIn(Clock.systemUTC());
        router = new Router(rules::contactPriority);
        List<Profile> profiles = CenterFixture.profiles();
        profiles.forEach(p -> router.configure(p, now()));
        reference = new ReferenceRouter(profiles);
        held = new ArrayDeque[CenterFixture.AGENTS];
        for (int a = 0; a < CenterFixture.AGENTS; a++) {
            held[a] = new ArrayDeque<>();
            accept(router.agentStatus(CenterFixture.agent(a), CenterFixture.profileOf(a), "aq" + a, Presence.AVAILABLE, now()));
        }
        int total = CenterFixture.AGENTS * CenterFixture.CHATS_PER_AGENT + CenterFixture.WAITING;
        for (int i = 0; i < total; i++) {
            accept(enqueueNew());
        }
        for (long n = 0; n < CenterFixture.WAITING; n++) {
            reference.enqueue("r" + n, CenterFixture.contactQueue(n));
        }
        if (router.waitingCount() != CenterFixture.WAITING) {
            throw new IllegalStateException("expected " + CenterFixture.WAITING + " waiting, got " + router.waitingCount());
        }
    }

    // ------------------------------------------------------------------ helpers

    protected Routed enqueueNew() {
        long n = contacts++;
        return router.enqueue(new ContactRequest("c" + n, CenterFixture.contactQueue(n), Channel.CHAT, CenterFixture.attributes(n),
                null, now()), now());
    }

    protected void accept(Routed routed) {
        for (Offer offer : routed.offers()) {
            router.accept(offer.contactId(), offer.agentId());
            held[Integer.parseInt(offer.agentId().substring(5))].addLast(offer.contactId());
        }
    }

    protected int nextAgent() {
        int a = nextAgent;
        nextAgent = (nextAgent + 1) % CenterFixture.AGENTS;
        return a;
    }

    protected Instant now() {
        clock += 1;
        return Instant.ofEpochMilli(clock);
    }
}
