package org.contactcenter.rules.router;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.router.Router.QueueKey;
import org.contactcenter.rules.router.RouterState.Agent;
import org.contactcenter.rules.router.RouterState.Contact;
import org.contactcenter.rules.router.RouterState.Waiting;

/** Read-only views of the router's live state, computed under the {@link Router}'s lock: queue lists, staffing, invariants. */
final class RouterInspection {
    private RouterInspection() {
    }

    /** The contacts waiting in a queue (both channels), in routing order, with position and wait. */
    static List<WaitingContact> waiting(Matching m, String queueId, Instant now) {
        List<WaitingContact> result = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            Waiting w = m.waiting.get(new QueueKey(queueId, channel));
            if (w == null) {
                continue;
            }
            int position = 0;
            for (TreeSet<Contact> level : w.levels.values()) {
                for (Contact c : level) {
                    result.add(new WaitingContact(c.id, queueId, channel, c.priority, c.enqueued, ++position,
                            Duration.ofMillis(Math.max(0, now.toEpochMilli() - c.enqueuedAt))));
                }
            }
        }
        return result;
    }

    /** Check staffing: the agents serving this queue on this channel, counted as {@link Staffing} says. */
    static Staffing staffing(Matching m, String queueId, Channel channel) {
        int online = 0;
        int staffed = 0;
        int available = 0;
        for (Agent a : m.agents.values()) {
            boolean serves = queueId.equals(a.agentQueueId)
                    || a.profile.entriesByChannel.get(channel).stream().anyMatch(e -> e.key().queueId().equals(queueId));
            if (!serves || a.presence == Presence.OFFLINE) {
                continue;
            }
            online++;
            if (a.blocked == null) {
                staffed++;
            }
            if (m.canTake(a, channel)) {
                available++;
            }
        }
        return new Staffing(online, staffed, available);
    }

    /** Every broken invariant of the live state (empty when all is well); for tests and diagnostics. */
    static List<String> invariants(Matching m) {
        List<String> problems = new ArrayList<>();
        for (Agent a : m.agents.values()) {
            for (Channel ch : Channel.values()) {
                long held = a.contacts.values().stream().filter(c -> c.key.channel() == ch).count();
                if (held != a.occupied.getOrDefault(ch, 0)) {
                    problems.add("agent " + a.id + " counts " + a.occupied.get(ch) + " " + ch + " slots but holds " + held);
                }
                MediaLimit limit = a.profile.profile.limit(ch);
                if (held > 0 && (limit == null || held > limit.concurrency())) {
                    problems.add("agent " + a.id + " holds " + held + " " + ch + " contacts, over its concurrency");
                }
                boolean ready = a.profile.ready.containsKey(ch) && a.profile.ready.get(ch).contains(a);
                if (ready != m.canTake(a, ch)) {
                    problems.add("agent " + a.id + " ready index for " + ch + " is " + ready + " but canTake is " + !ready);
                }
                for (String key : a.proficiencies.keySet()) {
                    TreeSet<Agent> by = a.profile.readyBy.getOrDefault(ch, Map.of()).get(key);
                    if ((by != null && by.contains(a)) != ready) {
                        problems.add("agent " + a.id + " proficiency index " + key + " for " + ch + " disagrees with its ready index");
                    }
                }
            }
        }
        Map<String, String> holders = new HashMap<>();
        for (Agent a : m.agents.values()) {
            for (String id : a.contacts.keySet()) {
                String other = holders.put(id, a.id);
                if (other != null) {
                    problems.add("contact " + id + " is held by agents " + other + " and " + a.id);
                }
            }
        }
        for (Contact c : m.contacts.values()) {
            boolean queued = m.waiting.containsKey(c.key) && m.waiting.get(c.key).contains(c);
            if ((c.state == ContactState.WAITING) != queued) {
                problems.add("contact " + c.id + " is " + c.state + " but queued=" + queued);
            }
            if (c.state != ContactState.WAITING) {
                Agent a = m.agents.get(c.agentId);
                if (a == null || a.contacts.get(c.id) != c) {
                    problems.add("contact " + c.id + " is " + c.state + " without its agent holding it");
                }
            }
        }
        return problems;
    }
}
