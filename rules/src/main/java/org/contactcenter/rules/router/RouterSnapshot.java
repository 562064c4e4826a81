package org.contactcenter.rules.router;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.Presence;

/**
 * The router's live state at one instant, for real-time metrics: every (queue, channel) with contacts waiting, and
 * every agent with what it serves, holds and could hold. Plain values, taken under the router's lock in one go.
 */
public record RouterSnapshot(long takenAt, List<QueueLoad> queues, List<AgentLoad> agents) {

    /** Contacts waiting in one queue on one channel, and the enqueue time (ms) of the one waiting longest. */
    public record QueueLoad(String queueId, Channel channel, int waiting, long oldestEnqueuedAt) {
    }

    /**
     * An agent: its profile, the queues it serves per channel (its profile's and its own agent queue), presence,
     * activity, slots held and the profile's concurrency per channel, whether it could be offered a contact on the
     * channel now.
     */
    public record AgentLoad(String agentId, String profileId, String agentQueueId, Map<Channel, Set<String>> serves, Presence presence,
                            AgentActivity activity, Map<Channel, Integer> occupied, Map<Channel, Integer> capacity,
                            Map<Channel, Boolean> canTake) {
    }

    static RouterSnapshot take(Matching m, long now) {
        List<QueueLoad> queues = new ArrayList<>();
        m.waiting.forEach((key, w) -> {
            if (w.size > 0) {
                long oldest = Long.MAX_VALUE;
                for (var level : w.levels.values()) {
                    for (RouterState.Contact c : level) {
                        oldest = Math.min(oldest, c.enqueuedAt);
                    }
                }
                queues.add(new QueueLoad(key.queueId(), key.channel(), w.size, oldest));
            }
        });
        List<AgentLoad> agents = new ArrayList<>(m.agents.size());
        for (RouterState.Agent a : m.agents.values()) {
            Map<Channel, Set<String>> serves = new EnumMap<>(Channel.class);
            Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
            Map<Channel, Boolean> canTake = new EnumMap<>(Channel.class);
            for (Channel ch : Channel.values()) {
                Set<String> queueIds = new TreeSet<>();
                a.profile.entriesByChannel.get(ch).forEach(e -> queueIds.add(e.key().queueId()));
                if (a.agentQueueId != null) {
                    queueIds.add(a.agentQueueId);
                }
                serves.put(ch, queueIds);
                var limit = a.profile.limits.get(ch);
                capacity.put(ch, limit == null ? 0 : limit.concurrency());
                canTake.put(ch, m.canTake(a, ch));
            }
            agents.add(new AgentLoad(a.id, a.profile.profile.id(), a.agentQueueId, serves, a.presence, Matching.activity(a),
                    new EnumMap<>(a.occupied), capacity, canTake));
        }
        return new RouterSnapshot(now, List.copyOf(queues), List.copyOf(agents));
    }
}
