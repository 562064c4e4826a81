package org.contactcenter.rules.router;

import org.contactcenter.rules.router.Router.EntryIndex;
import org.contactcenter.rules.router.Router.QueueKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.model.RoutingCriteria.Condition;

/** The router's live state, one type per thing it tracks; only {@link Router} uses them, under its monitor. */
final class RouterState {
    private RouterState() {
    }

    static final Comparator<Contact> FIFO = Comparator.<Contact>comparingLong(c -> c.effective).thenComparingLong(c -> c.sequence);
    static final Comparator<Agent> LONGEST_IDLE = Comparator.<Agent>comparingLong(a -> a.idleSince).thenComparing(a -> a.id);

    static final class ProfileIndex {
        final Profile profile;
        final EnumMap<Channel, MediaLimit> limits = new EnumMap<>(Channel.class);
        final List<EntryIndex> entries = new ArrayList<>();
        final EnumMap<Channel, List<EntryIndex>> entriesByChannel = new EnumMap<>(Channel.class);
        final EnumMap<Channel, TreeSet<Agent>> ready = new EnumMap<>(Channel.class);
        /** the ready agents of each channel by proficiency (name and value, any level), longest idle first */
        final EnumMap<Channel, Map<String, TreeSet<Agent>>> readyBy = new EnumMap<>(Channel.class);
        final List<Agent> members = new ArrayList<>();

        ProfileIndex(Profile profile) {
            this.profile = profile;
            for (Channel ch : Channel.values()) {
                entriesByChannel.put(ch, new ArrayList<>());
            }
            for (MediaLimit limit : profile.media()) {
                limits.put(limit.channel(), limit);
                ready.put(limit.channel(), new TreeSet<>(LONGEST_IDLE));
                readyBy.put(limit.channel(), new HashMap<>());
            }
            for (QueueEntry e : profile.queues()) {
                EntryIndex index = new EntryIndex(new QueueKey(e.queueId(), e.channel()), e.priority(), e.delaySeconds() * 1000L);
                entries.add(index);
                entriesByChannel.get(e.channel()).add(index);
            }
        }
    }

    static final class Agent {
        final String id;
        ProfileIndex profile;
        String agentQueueId;
        final EnumMap<Channel, QueueKey> agentQueueKeys = new EnumMap<>(Channel.class);
        Presence presence = Presence.OFFLINE;
        AgentActivity blocked;
        long idleSince;
        final EnumMap<Channel, Integer> occupied = new EnumMap<>(Channel.class);
        final Map<String, Contact> contacts = new LinkedHashMap<>();
        /** proficiency key (name and value) → level */
        Map<String, Integer> proficiencies = Map.of();

        Agent(String id) {
            this.id = id;
        }

        void setAgentQueue(String queueId) {
            agentQueueKeys.clear();
            agentQueueId = queueId;
            if (queueId != null) {
                for (Channel ch : Channel.values()) {
                    agentQueueKeys.put(ch, new QueueKey(queueId, ch));
                }
            }
        }
    }

    static final class Contact {
        final String id;
        final QueueKey key;
        int priority;
        final long enqueuedAt;
        /** the enqueue time as given (microseconds, as stored), shown in queue listings; routing uses the millisecond */
        final Instant enqueued;
        long effective;
        final long sequence;
        ContactState state = ContactState.WAITING;
        String agentId;
        RoutingCriteria criteria;
        /** when the criteria took effect (ms); their steps expire from here */
        long criteriaSince;
        /** each step's expression as an OR of ANDs, computed once */
        List<List<List<Condition>>> disjuncts = List.of();

        Contact(String id, QueueKey key, int priority, Instant enqueued, long sequence) {
            this.id = id;
            this.key = key;
            this.priority = priority;
            this.enqueued = enqueued;
            this.enqueuedAt = enqueued.toEpochMilli();
            this.effective = enqueuedAt;
            this.sequence = sequence;
        }

        void criteria(RoutingCriteria criteria, long since) {
            this.criteria = criteria;
            this.criteriaSince = since;
            this.disjuncts = criteria == null ? List.of() : criteria.steps().stream().map(s -> s.expression().disjuncts()).toList();
        }

        /** The alternatives (each an AND of conditions) of the step that applies now; null: any agent qualifies. */
        List<List<Condition>> step(long now) {
            if (criteria == null) {
                return null;
            }
            int step = criteria.stepIndexAt(now - criteriaSince);
            return step < 0 ? null : disjuncts.get(step);
        }
    }

    /** The contacts waiting in one (queue, channel): by contact priority, then FIFO. */
    static final class Waiting {
        final TreeMap<Integer, TreeSet<Contact>> levels = new TreeMap<>();
        int size;

        void add(Contact c) {
            if (levels.computeIfAbsent(c.priority, p -> new TreeSet<>(FIFO)).add(c)) {
                size++;
            }
        }

        void remove(Contact c) {
            TreeSet<Contact> level = levels.get(c.priority);
            if (level != null && level.remove(c)) {
                size--;
                if (level.isEmpty()) {
                    levels.remove(c.priority);
                }
            }
        }

        boolean contains(Contact c) {
            TreeSet<Contact> level = levels.get(c.priority);
            return level != null && level.contains(c);
        }
    }
}
