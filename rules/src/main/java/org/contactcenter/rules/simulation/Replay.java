package org.contactcenter.rules.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.kbase.RuleBases.RoutingDecision;
import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.Offer;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.router.ContactRequest;
import org.contactcenter.rules.router.Routed;
import org.contactcenter.rules.router.Router;
import org.contactcenter.rules.router.RoutingException;

/**
 * The discrete-event replay: the server's {@link Router}, driven under a simulated clock by the recorded arrivals, the
 * candidate's shifts, its agents accepting every offer at once, handle and after-contact work ending after their
 * recorded durations, customers leaving when their patience runs out, and the router's own delay and routing-step
 * timers. Events at the same instant run in this order: handle ends, ACW ends, shift starts, arrivals, timers,
 * abandons, shift ends (then in the order they were scheduled). Not thread-safe; one replay per instance.
 */
final class Replay {
    private static final int HANDLE_END = 0;
    private static final int ACW_END = 1;
    private static final int SHIFT_START = 2;
    private static final int ARRIVAL = 3;
    private static final int TIMER = 4;
    private static final int ABANDON = 5;
    private static final int SHIFT_END = 6;

    private record Event(long at, int kind, long sequence, int index) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            if (at != o.at) {
                return Long.compare(at, o.at);
            }
            if (kind != o.kind) {
                return Integer.compare(kind, o.kind);
            }
            return Long.compare(sequence, o.sequence);
        }
    }

    /** One contact's replayed life (ms; null: did not happen). */
    static final class Fate {
        final RecordInput record;
        final long handleMillis;
        final long acwMillis;
        final long patienceMillis;
        Long answeredAt;
        Long handleEndedAt;
        Long acwEndedAt;
        Long abandonedAt;
        String agentId;
        String profileId;
        boolean replayed = true;

        Fate(RecordInput record, long[] work, long patience) {
            this.record = record;
            this.handleMillis = work[0];
            this.acwMillis = work[1];
            this.patienceMillis = patience;
        }

        /** The replayed contact as the metrics read a record. */
        RecordFacts facts() {
            RecordInput r = record;
            boolean ended = abandonedAt != null || acwEndedAt != null;
            Long disconnected = abandonedAt != null ? abandonedAt : handleEndedAt;
            return new RecordFacts(r.contactId(), r.channel(), r.queueId(), r.agentQueue(), agentId, profileId, r.enqueuedAt(),
                    answeredAt != null ? answeredAt : abandonedAt, answeredAt, handleEndedAt, acwEndedAt, disconnected,
                    answeredAt == null ? 0 : Math.min(r.holdMillis(), handleMillis), answeredAt == null ? 0 : r.holdCount(), 0,
                    r.transferredIn(), answeredAt != null && r.transferredOut(), ended);
        }
    }

    private final Router router;
    private final RuleBases rules;
    private final List<Setup.Shift> shifts;
    final List<Fate> fates = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, String> profileOfAgent = new HashMap<>();
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private long sequence;
    /** events processed (for the report's diagnostics) */
    long eventsRun;
    long outboundNotReplayed;

    Replay(Setup setup, List<RecordInput> records, RuleBases rules) {
        this.rules = rules;
        this.router = new Router((channel, attributes) -> rules.routing(channel, attributes).priority());
        this.shifts = setup.shifts;
        long start = records.isEmpty() ? 0 : records.get(0).enqueuedAt();
        for (Setup.Shift s : shifts) {
            start = Math.min(start, s.from());
        }
        Instant at = Instant.ofEpochMilli(start);
        setup.profiles.values().forEach(p -> router.configure(p, at));
        for (int i = 0; i < shifts.size(); i++) {
            Setup.Shift s = shifts.get(i);
            schedule(s.from(), SHIFT_START, i);
            schedule(s.to(), SHIFT_END, i);
        }
        for (RecordInput r : records) {
            Fate fate = new Fate(r, setup.work(r), Setup.patience(r));
            indexOf.put(r.contactId(), fates.size());
            schedule(r.outbound() && r.connectedToAgentAt() != null ? r.connectedToAgentAt() : r.enqueuedAt(), ARRIVAL, fates.size());
            fates.add(fate);
        }
    }

    private void schedule(long at, int kind, int index) {
        events.add(new Event(at, kind, ++sequence, index));
    }

    void run() {
        Event e;
        while ((e = events.poll()) != null) {
            eventsRun++;
            Instant now = Instant.ofEpochMilli(e.at);
            switch (e.kind) {
                case SHIFT_START -> {
                    Setup.Shift s = shifts.get(e.index);
                    profileOfAgent.put(s.agentId(), s.profileId());
                    offers(router.agentStatus(s.agentId(), s.profileId(), s.agentQueueId(), s.proficiencies(), Presence.AVAILABLE, now), e.at);
                }
                case SHIFT_END -> {
                    Setup.Shift s = shifts.get(e.index);
                    router.agentStatus(s.agentId(), s.profileId(), s.agentQueueId(), s.proficiencies(), Presence.OFFLINE, now);
                }
                case ARRIVAL -> arrive(fates.get(e.index), e.index, now);
                case TIMER -> {
                    Fate f = fates.get(e.index);
                    if (f.answeredAt == null && f.abandonedAt == null) {
                        offers(router.delayElapsed(f.record.contactId(), now), e.at);
                    }
                }
                case ABANDON -> {
                    Fate f = fates.get(e.index);
                    if (f.answeredAt == null && router.contactState(f.record.contactId()) == ContactState.WAITING) {
                        router.abandon(f.record.contactId(), now);
                        f.abandonedAt = e.at;
                    }
                }
                case HANDLE_END -> {
                    Fate f = fates.get(e.index);
                    router.end(f.record.contactId(), f.agentId);
                    f.handleEndedAt = e.at;
                    schedule(e.at + f.acwMillis, ACW_END, e.index);
                }
                case ACW_END -> {
                    Fate f = fates.get(e.index);
                    f.acwEndedAt = e.at;
                    offers(router.afterContactWorkDone(f.record.contactId(), f.agentId, now), e.at);
                }
                default -> throw new IllegalStateException("event kind " + e.kind);
            }
        }
    }

    private void arrive(Fate f, int index, Instant now) {
        RecordInput r = f.record;
        if (r.outbound()) { // the agent dialled out: no routing, its slot if it is there and has room
            String agent = r.agentId();
            try {
                if (agent == null || !profileOfAgent.containsKey(agent)) {
                    throw new RoutingException("agent not staffed");
                }
                router.connectOutbound(new ContactRequest(r.contactId(), r.queueId(), r.channel(), r.attributes(), 5, now), agent);
                connected(f, agent, now.toEpochMilli());
            } catch (RoutingException e) {
                f.replayed = false;
                outboundNotReplayed++;
            }
            return;
        }
        // as the server queues a contact: the rules decide its priority and routing criteria; criteria given by a
        // flow or the API (the record's RoutingCriteria) take precedence
        RoutingDecision decision = rules.routing(r.channel(), r.attributes());
        Routed routed = router.enqueue(new ContactRequest(r.contactId(), r.queueId(), r.channel(), r.attributes(), decision.priority(), now,
                r.criteria() != null ? r.criteria() : decision.criteria(), null), now);
        for (Instant due : routed.dueTimes()) {
            schedule(due.toEpochMilli(), TIMER, index);
        }
        if (f.patienceMillis != Long.MAX_VALUE) {
            schedule(r.enqueuedAt() + f.patienceMillis, ABANDON, index);
        }
        offers(routed, now.toEpochMilli());
    }

    private void offers(Routed routed, long now) {
        for (Offer o : routed.offers()) {
            router.accept(o.contactId(), o.agentId());
            connected(fates.get(indexOf.get(o.contactId())), o.agentId(), now);
        }
        for (Routed.Delay d : routed.delays()) {
            schedule(d.at().toEpochMilli(), TIMER, indexOf.get(d.contactId()));
        }
    }

    private void connected(Fate f, String agentId, long now) {
        f.answeredAt = now;
        f.agentId = agentId;
        f.profileId = profileOfAgent.get(agentId);
        schedule(now + f.handleMillis, HANDLE_END, indexOf.get(f.record.contactId()));
    }

    /** Contacts still waiting when nothing is left to happen (no agent will come for them). */
    int stillWaiting() {
        return router.waitingCount();
    }
}
