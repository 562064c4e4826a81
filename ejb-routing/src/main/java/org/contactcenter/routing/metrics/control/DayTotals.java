package org.contactcenter.routing.metrics.control;

import java.util.HashMap;
import java.util.Map;

import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.metrics.Totals;

/** One day's interval metrics, for the whole center and per queue, agent, routing profile and channel. Not thread-safe. */
public final class DayTotals {
    public final Totals center = new Totals();
    public final Map<String, Totals> queues = new HashMap<>();
    public final Map<String, Totals> agents = new HashMap<>();
    public final Map<String, Totals> profiles = new HashMap<>();
    public final Map<String, Totals> channels = new HashMap<>();

    /** An independent copy (what the real-time metrics compute from while the journal's records go on changing these). */
    public DayTotals copy() {
        DayTotals c = new DayTotals();
        c.center.add(center);
        copy(queues, c.queues);
        copy(agents, c.agents);
        copy(profiles, c.profiles);
        copy(channels, c.channels);
        return c;
    }

    private static void copy(Map<String, Totals> from, Map<String, Totals> to) {
        from.forEach((k, t) -> {
            Totals copy = new Totals();
            copy.add(t);
            to.put(k, copy);
        });
    }

    public void add(RecordFacts f, int sign) {
        center.add(f, sign);
        queues.computeIfAbsent(f.queueId(), k -> new Totals()).add(f, sign);
        channels.computeIfAbsent(f.channel().name(), k -> new Totals()).add(f, sign);
        if (f.agentId() != null && f.answered()) {
            agents.computeIfAbsent(f.agentId(), k -> new Totals()).add(f, sign);
        }
        if (f.profileId() != null && f.answered()) {
            profiles.computeIfAbsent(f.profileId(), k -> new Totals()).add(f, sign);
        }
    }
}
