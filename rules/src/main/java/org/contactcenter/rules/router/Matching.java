package org.contactcenter.rules.router;

import org.contactcenter.rules.router.Router.EntryIndex;
import org.contactcenter.rules.router.Router.QueueKey;
import org.contactcenter.rules.router.Router.Server;
import org.contactcenter.rules.router.RouterState.Agent;
import org.contactcenter.rules.router.RouterState.Contact;
import org.contactcenter.rules.router.RouterState.ProfileIndex;
import org.contactcenter.rules.router.RouterState.Waiting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Offer;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.RoutingCriteria.Condition;

/**
 * The router's indexes and its matching: which contact an agent gets, which agent a contact gets. Only
 * {@link Router} uses it, under its monitor.
 *
 * <p>Indexes: per routing profile and channel the agents ready now (Available, unblocked, with a free slot), longest
 * idle first, and the same per proficiency (name and value); per (queue, channel) the waiting contacts in routing
 * order. A contact with routing criteria is matched by walking only the agents who have one of its current step's
 * proficiencies (the smallest such set of each alternative), longest idle first, never all agents.
 */
final class Matching {
    final Map<String, ProfileIndex> profiles = new HashMap<>();
    final Map<QueueKey, List<Server>> servers = new HashMap<>();
    final Map<String, Agent> agents = new HashMap<>();
    final Map<String, Agent> agentQueueOwners = new HashMap<>();
    final Map<QueueKey, Waiting> waiting = new HashMap<>();
    final Map<String, Contact> contacts = new HashMap<>();
    /** channels whose contacts are not offered now ({@link Router#channelOpen}) */
    final java.util.Set<Channel> closed = java.util.EnumSet.noneOf(Channel.class);

    /** Offers the agent the best eligible contacts until it has no capacity left or none is eligible. */
    void matchAgent(Agent agent, long now, List<Offer> out) {
        while (true) {
            Contact best = null;
            int bestEntryPriority = Integer.MAX_VALUE;
            for (Channel ch : Channel.values()) {
                if (closed.contains(ch) || !canTake(agent, ch)) {
                    continue;
                }
                if (agent.agentQueueId != null) {
                    Contact c = head(agent.agentQueueKeys.get(ch), 0, now, null); // criteria do not apply in an agent queue
                    if (c != null && better(c, 0, best, bestEntryPriority)) {
                        best = c;
                        bestEntryPriority = 0;
                    }
                }
                for (EntryIndex e : agent.profile.entriesByChannel.get(ch)) {
                    Contact c = head(e.key(), e.delayMillis(), now, agent);
                    if (c != null && better(c, e.priority(), best, bestEntryPriority)) {
                        best = c;
                        bestEntryPriority = e.priority();
                    }
                }
            }
            if (best == null) {
                return;
            }
            offer(best, agent, now, out);
        }
    }

    /** Finds the agents eligible for this contact, longest idle first, and lets each pick its best contact. */
    void matchContact(Contact contact, long now, List<Offer> out) {
        while (contact.state == ContactState.WAITING && !closed.contains(contact.key.channel())) {
            Agent best = null;
            Agent owner = agentQueueOwners.get(contact.key.queueId());
            if (owner != null) {
                best = canTake(owner, contact.key.channel()) ? owner : null;
            } else {
                List<Server> list = servers.get(contact.key);
                if (list != null) {
                    List<List<Condition>> step = contact.step(now);
                    for (Server s : list) {
                        if (now - contact.enqueuedAt < s.entry().delayMillis()) { // the real wait: an age bonus moves it, never past a delay
                            continue;
                        }
                        Agent head = longestIdle(s.profile(), contact.key.channel(), step, best);
                        if (head != null && (best == null || RouterState.LONGEST_IDLE.compare(head, best) < 0)) {
                            best = head;
                        }
                    }
                }
            }
            if (best == null) {
                return;
            }
            int before = out.size();
            matchAgent(best, now, out);
            if (out.size() == before) {
                return; // never spin: the agent found nothing it may take now (e.g. a contact enqueued after `now`)
            }
        }
    }

    /**
     * The profile's longest-idle ready agent on the channel who meets the step (null: any), if idle longer than
     * {@code than}. Each alternative walks the smallest proficiency index among its conditions and stops at the first
     * agent meeting all of them or at one idle less long than the best so far.
     */
    private static Agent longestIdle(ProfileIndex profile, Channel channel, List<List<Condition>> step, Agent than) {
        if (step == null) {
            TreeSet<Agent> ready = profile.ready.get(channel);
            return ready == null || ready.isEmpty() ? null : ready.first();
        }
        Map<String, TreeSet<Agent>> by = profile.readyBy.get(channel);
        if (by == null) {
            return null;
        }
        Agent best = than;
        for (List<Condition> all : step) {
            TreeSet<Agent> walk = null;
            for (Condition c : all) {
                TreeSet<Agent> set = by.get(c.key());
                if (set == null || set.isEmpty()) {
                    walk = null;
                    break;
                }
                if (walk == null || set.size() < walk.size()) {
                    walk = set;
                }
            }
            if (walk == null) {
                continue;
            }
            for (Agent a : walk) {
                if (best != null && RouterState.LONGEST_IDLE.compare(a, best) >= 0) {
                    break;
                }
                if (meetsAll(a, all)) {
                    best = a;
                    break;
                }
            }
        }
        return best == than ? null : best;
    }

    private static boolean meetsAll(Agent agent, List<Condition> conditions) {
        for (Condition c : conditions) {
            if (!c.met(agent.proficiencies)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the agent meets the contact's current routing step (always, without criteria or once they are exhausted). */
    static boolean meets(Agent agent, Contact contact, long now) {
        List<List<Condition>> step = contact.step(now);
        if (step == null) {
            return true;
        }
        for (List<Condition> all : step) {
            if (meetsAll(agent, all)) {
                return true;
            }
        }
        return false;
    }

    /** The first contact in routing order eligible now (waited the delay) that {@code agent} qualifies for (null: any). */
    private Contact head(QueueKey key, long delayMillis, long now, Agent agent) {
        Waiting w = waiting.get(key);
        if (w == null) {
            return null;
        }
        long latest = now - delayMillis; // eligible: enqueued (really) at or before this
        for (TreeSet<Contact> level : w.levels.values()) {
            // in routing order (effective time); effective <= enqueuedAt, so past `latest` nothing is eligible, and before
            // it only contacts moved up by an age bonus, or whose criteria the agent does not meet, are skipped
            for (Contact c : level) {
                if (c.effective > latest) {
                    break;
                }
                if (c.enqueuedAt <= latest && (agent == null || meets(agent, c, now))) {
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean better(Contact c, int entryPriority, Contact best, int bestEntryPriority) {
        if (best == null || entryPriority != bestEntryPriority) {
            return best == null || entryPriority < bestEntryPriority;
        }
        if (c.priority != best.priority) {
            return c.priority < best.priority;
        }
        return RouterState.FIFO.compare(c, best) < 0;
    }

    private void offer(Contact contact, Agent agent, long now, List<Offer> out) {
        removeWaiting(contact);
        unindex(agent);
        contact.state = ContactState.OFFERED;
        contact.agentId = agent.id;
        agent.contacts.put(contact.id, contact);
        agent.occupied.merge(contact.key.channel(), 1, Integer::sum);
        agent.idleSince = now;
        index(agent);
        out.add(new Offer(contact.id, agent.id, contact.key.queueId(), contact.key.channel()));
    }

    /** An offer answered with no (rejected, missed, withdrawn): the contact waits again at its place. */
    Routed back(Contact contact, AgentActivity blockedAs, Instant now) {
        Agent agent = agents.get(contact.agentId);
        unindex(agent);
        agent.contacts.remove(contact.id);
        agent.occupied.merge(contact.key.channel(), -1, Integer::sum);
        agent.blocked = blockedAs;
        index(agent);
        contact.state = ContactState.WAITING;
        contact.agentId = null;
        addWaiting(contact);
        List<Offer> offers = new ArrayList<>();
        matchContact(contact, now.toEpochMilli(), offers);
        return new Routed(offers, List.of());
    }

    /** The contact leaves its agent's slot and routing; the agent may get the next contact. */
    Routed release(Contact contact, Instant now) {
        Agent agent = agents.get(contact.agentId);
        unindex(agent);
        agent.contacts.remove(contact.id);
        agent.occupied.merge(contact.key.channel(), -1, Integer::sum);
        agent.idleSince = now.toEpochMilli(); // handling a contact drops the agent to the bottom (Connect): idle from its end
        index(agent);
        contact.state = ContactState.ENDED;
        contacts.remove(contact.id);
        List<Offer> offers = new ArrayList<>();
        matchAgent(agent, now.toEpochMilli(), offers);
        return new Routed(offers, List.of());
    }

    /** The instants a waiting contact becomes eligible for more agents: its entries' delays, its routing steps' expiries. */
    List<Instant> dueTimes(Contact contact, long now) {
        List<Server> list = servers.get(contact.key);
        if (list == null || agentQueueOwners.containsKey(contact.key.queueId())) {
            return List.of();
        }
        TreeSet<Long> due = new TreeSet<>();
        for (Server s : list) {
            long at = contact.enqueuedAt + s.entry().delayMillis();
            if (at > now) {
                due.add(at);
            }
        }
        if (contact.criteria != null) {
            for (long offset : contact.criteria.expiryOffsets()) {
                if (contact.criteriaSince + offset > now) {
                    due.add(contact.criteriaSince + offset);
                }
            }
        }
        return due.stream().map(Instant::ofEpochMilli).toList();
    }

    boolean canTake(Agent agent, Channel channel) {
        return agent.presence == Presence.AVAILABLE && agent.blocked == null && hasRoom(agent, channel);
    }

    /** A free slot on the channel, and every other channel it works allows other channels (whatever its status). */
    boolean hasRoom(Agent agent, Channel channel) {
        MediaLimit limit = agent.profile.limits.get(channel);
        if (limit == null || agent.occupied.getOrDefault(channel, 0) >= limit.concurrency()) {
            return false;
        }
        for (Map.Entry<Channel, Integer> held : agent.occupied.entrySet()) {
            if (held.getKey() != channel && held.getValue() > 0) {
                MediaLimit other = agent.profile.limits.get(held.getKey());
                if (other == null || other.behavior() != CrossChannelBehavior.ROUTE_ANY_CHANNEL) {
                    return false;
                }
            }
        }
        return true;
    }

    static AgentActivity activity(Agent a) {
        if (a.blocked != null) {
            return a.blocked;
        }
        boolean connected = false;
        boolean acw = false;
        boolean incoming = false;
        for (Contact c : a.contacts.values()) {
            connected |= c.state == ContactState.CONNECTED;
            acw |= c.state == ContactState.AFTER_CONTACT_WORK;
            incoming |= c.state == ContactState.OFFERED;
        }
        if (connected) {
            return AgentActivity.ON_CONTACT;
        }
        if (acw) {
            return AgentActivity.AFTER_CONTACT_WORK;
        }
        if (incoming) {
            return AgentActivity.INCOMING;
        }
        return switch (a.presence) {
            case AVAILABLE -> AgentActivity.AVAILABLE;
            case CUSTOM -> AgentActivity.CUSTOM_STATUS;
            case OFFLINE -> AgentActivity.OFFLINE;
        };
    }

    /** Removes the agent from the ready indexes before a change of its state, idle time or proficiencies. */
    void unindex(Agent agent) {
        for (TreeSet<Agent> ready : agent.profile.ready.values()) {
            ready.remove(agent);
        }
        for (Map<String, TreeSet<Agent>> by : agent.profile.readyBy.values()) {
            for (String key : agent.proficiencies.keySet()) {
                TreeSet<Agent> set = by.get(key);
                if (set != null && set.remove(agent) && set.isEmpty()) {
                    by.remove(key);
                }
            }
        }
    }

    /** Puts the agent into the ready indexes of every channel it can take now. */
    void index(Agent agent) {
        for (Map.Entry<Channel, TreeSet<Agent>> e : agent.profile.ready.entrySet()) {
            if (canTake(agent, e.getKey())) {
                e.getValue().add(agent);
                Map<String, TreeSet<Agent>> by = agent.profile.readyBy.get(e.getKey());
                for (String key : agent.proficiencies.keySet()) {
                    by.computeIfAbsent(key, k -> new TreeSet<>(RouterState.LONGEST_IDLE)).add(agent);
                }
            }
        }
    }

    void addWaiting(Contact contact) {
        waiting.computeIfAbsent(contact.key, k -> new Waiting()).add(contact);
    }

    void removeWaiting(Contact contact) {
        Waiting w = waiting.get(contact.key);
        if (w != null) {
            w.remove(contact);
        }
    }

    Agent agent(String agentId) {
        Agent agent = agents.get(agentId);
        if (agent == null) {
            throw new RoutingException("unknown agent " + agentId);
        }
        return agent;
    }

    Contact contact(String contactId) {
        Contact contact = contacts.get(contactId);
        if (contact == null) {
            throw new RoutingException("unknown contact " + contactId);
        }
        return contact;
    }

    Contact offeredTo(String contactId, String agentId) {
        Contact contact = contact(contactId);
        if (contact.state != ContactState.OFFERED || !Objects.equals(agentId, contact.agentId)) {
            throw new RoutingException("contact " + contactId + " is not offered to agent " + agentId);
        }
        return contact;
    }
}
