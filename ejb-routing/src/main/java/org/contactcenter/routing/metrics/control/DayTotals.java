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
