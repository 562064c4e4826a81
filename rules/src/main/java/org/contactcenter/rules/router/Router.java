package org.contactcenter.rules.router;

import org.contactcenter.rules.router.RouterState.Agent;
import org.contactcenter.rules.router.RouterState.Contact;
import org.contactcenter.rules.router.RouterState.ProfileIndex;
import org.contactcenter.rules.router.RouterState.Waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.contactcenter.rules.model.Proficiency;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.RoutingCriteria;

/**
 * Owns the live routing state — waiting contacts, agents and their slots — and makes every routing decision.
 * All methods are synchronized: one decision at a time, so no contact is offered twice and no agent goes over its
 * concurrency. Each event method returns what it decided ({@link Routed}); the caller persists, notifies and arms
 * timers. Time is passed in, never read.
 *
 * <p>Semantics (Amazon Connect's): a waiting contact is eligible for an agent when the agent's routing profile lists
 * its (queue, channel) and it has waited at least that entry's delay, or when it waits in the agent's own agent
 * queue (always first, no delay); the agent must be Available, not blocked (Missed, Rejected, Error), have a free
 * slot on the channel, and every other channel it works must allow other channels (ROUTE_ANY_CHANNEL); a contact with
 * routing criteria is eligible only for agents meeting its current step (not in an agent queue). Among the
 * contacts eligible for an agent the lowest entry priority wins, then the lowest contact priority, then the oldest
 * (age adjustments count), then arrival order. Among the agents eligible for a contact, the one idle longest (since
 * becoming Available, its last offer or the end of its last contact's after-contact work) gets it.
 */
public final class Router {
    /** Decides a new contact's routing priority when the request has none (the routing rules). */
    @FunctionalInterface
    public interface PriorityPolicy {
        int priority(Channel channel, Map<String, String> attributes);
    }


    private final PriorityPolicy policy;
    private final Matching m = new Matching();
    private final Map<String, ProfileIndex> profiles = m.profiles;
    private final Map<QueueKey, List<Server>> servers = m.servers;
    private final Map<String, Agent> agents = m.agents;
    private final Map<String, Agent> agentQueueOwners = m.agentQueueOwners;
    private final Map<QueueKey, Waiting> waiting = m.waiting;
    private final Map<String, Contact> contacts = m.contacts;
    private long sequence;

    public Router(PriorityPolicy policy) {
        this.policy = policy;
    }

    // ------------------------------------------------------------------------------------------ configuration

    /** Adds or replaces a routing profile; agents on it are re-evaluated and may get contacts at once. */
    public synchronized Routed configure(Profile profile, Instant now) {
        ProfileIndex old = profiles.get(profile.id());
        List<Agent> members = old == null ? new ArrayList<>() : new ArrayList<>(old.members);
        members.forEach(m::unindex);
        if (old != null) {
            servers.values().forEach(list -> list.removeIf(s -> s.profile == old));
        }
        ProfileIndex index = new ProfileIndex(profile);
        profiles.put(profile.id(), index);
        for (EntryIndex entry : index.entries) {
            servers.computeIfAbsent(entry.key, k -> new ArrayList<>()).add(new Server(index, entry));
        }
        List<Offer> offers = new ArrayList<>();
        long t = now.toEpochMilli();
        for (Agent agent : members) {
            agent.profile = index;
            index.members.add(agent);
            m.index(agent);
        }
        members.sort(RouterState.LONGEST_IDLE); // the longest idle first, as for any contact
        for (Agent agent : members) {
            m.matchAgent(agent, t, offers);
        }
        return new Routed(offers, List.of(), delays(old, index, t));
    }

    /**
     * The instants at which contacts already waiting become eligible through an entry the profile gained or whose delay
     * it shortened: without a timer they would wait for the next unrelated event.
     */
    private List<Routed.Delay> delays(ProfileIndex old, ProfileIndex changed, long now) {
        List<Routed.Delay> delays = new ArrayList<>();
        for (EntryIndex entry : changed.entries) {
            long before = old == null ? Long.MAX_VALUE : old.entries.stream().filter(e -> e.key.equals(entry.key))
                    .mapToLong(EntryIndex::delayMillis).min().orElse(Long.MAX_VALUE);
            Waiting w = waiting.get(entry.key);
            if (entry.delayMillis == 0 || entry.delayMillis >= before || w == null) {
                continue;
            }
            for (TreeSet<Contact> level : w.levels.values()) {
                for (Contact c : level) {
                    long at = c.enqueuedAt + entry.delayMillis;
                    if (at > now) {
                        delays.add(new Routed.Delay(c.id, Instant.ofEpochMilli(at)));
                    }
                }
            }
        }
        return delays;
    }

    // ------------------------------------------------------------------------------------------ agents

    /**
     * The agent's chosen status (and its profile and agent queue). Available clears Missed/Rejected/Error and starts
     * the idle clock; a custom status or Offline stops routing but keeps the agent's open contacts.
     */
    public synchronized Routed agentStatus(String agentId, String profileId, String agentQueueId, Presence presence, Instant now) {
        return presence(agentId, profileId, agentQueueId, null, presence, true, now);
    }

    /** {@link #agentStatus} that also sets the agent's proficiencies (routing criteria match them). */
    public synchronized Routed agentStatus(String agentId, String profileId, String agentQueueId, Collection<Proficiency> proficiencies,
                                           Presence presence, Instant now) {
        return presence(agentId, profileId, agentQueueId, proficiencies, presence, true, now);
    }

    /**
     * The agent's reachability or configuration changed, not its chosen status (its workspace connected or went away,
     * its profile or agent queue changed, a restart): like {@link #agentStatus} but a Missed/Rejected/Error block stays
     * until the agent changes its status (Amazon Connect).
     */
    public synchronized Routed agentReachable(String agentId, String profileId, String agentQueueId, Presence presence, Instant now) {
        return presence(agentId, profileId, agentQueueId, null, presence, false, now);
    }

    /** {@link #agentReachable} that also sets the agent's proficiencies. */
    public synchronized Routed agentReachable(String agentId, String profileId, String agentQueueId, Collection<Proficiency> proficiencies,
                                              Presence presence, Instant now) {
        return presence(agentId, profileId, agentQueueId, proficiencies, presence, false, now);
    }

    /** {@code proficiencies} null keeps the agent's (none for a new one). */
    private Routed presence(String agentId, String profileId, String agentQueueId, Collection<Proficiency> proficiencies,
                            Presence presence, boolean statusChosen, Instant now) {
        ProfileIndex profile = profiles.get(profileId);
        if (profile == null) {
            throw new RoutingException("unknown routing profile " + profileId);
        }
        long t = now.toEpochMilli();
        Agent agent = agents.get(agentId);
        if (agent == null) {
            agent = new Agent(agentId);
            agents.put(agentId, agent);
        } else {
            m.unindex(agent);
            agent.profile.members.remove(agent);
            if (agent.agentQueueId != null) {
                agentQueueOwners.remove(agent.agentQueueId);
            }
        }
        agent.profile = profile;
        profile.members.add(agent);
        if (proficiencies != null) {
            Map<String, Integer> levels = new HashMap<>();
            proficiencies.forEach(p -> levels.merge(p.key(), p.level(), Math::max));
            agent.proficiencies = Map.copyOf(levels);
        }
        agent.setAgentQueue(agentQueueId);
        if (agentQueueId != null) {
            agentQueueOwners.put(agentQueueId, agent);
        }
        if (presence == Presence.AVAILABLE && (agent.presence != Presence.AVAILABLE || (statusChosen && agent.blocked != null))) {
            agent.idleSince = t;
        }
        agent.presence = presence;
        if (statusChosen) {
            agent.blocked = null;
        }
        m.index(agent);
        List<Offer> offers = new ArrayList<>();
        m.matchAgent(agent, t, offers);
        return new Routed(offers, List.of());
    }

    /**
     * Whether contacts of a channel may be offered now: closed (e.g. voice while the telephony control connection is
     * down), its contacts keep waiting in their places and offers already made stand; opened again, agents get what
     * waits for them at once, the longest idle first.
     */
    public synchronized Routed channelOpen(Channel channel, boolean open, Instant now) {
        if (!open) {
            m.closed.add(channel);
            return new Routed(List.of(), List.of());
        }
        if (!m.closed.remove(channel)) {
            return new Routed(List.of(), List.of());
        }
        List<Agent> ready = new ArrayList<>(agents.values());
        ready.sort(RouterState.LONGEST_IDLE);
        List<Offer> offers = new ArrayList<>();
        long t = now.toEpochMilli();
        for (Agent agent : ready) {
            m.matchAgent(agent, t, offers);
        }
        return new Routed(offers, List.of());
    }

    public synchronized boolean channelOpen(Channel channel) {
        return !m.closed.contains(channel);
    }

    /** The agent's user was deleted: it leaves routing. Refused while it still holds contacts. */
    public synchronized void removeAgent(String agentId) {
        Agent agent = agents.get(agentId);
        if (agent == null) {
            return;
        }
        if (!agent.contacts.isEmpty()) {
            throw new RoutingException("agent " + agentId + " still holds " + agent.contacts.size() + " contacts");
        }
        m.unindex(agent);
        agent.profile.members.remove(agent);
        if (agent.agentQueueId != null) {
            agentQueueOwners.remove(agent.agentQueueId);
        }
        agents.remove(agentId);
    }

    /** A technical failure on the agent's side (e.g. its phone cannot be reached): Error, until the agent resets. */
    public synchronized void agentError(String agentId) {
        block(agentId, AgentActivity.ERROR);
    }

    /** Blocks the agent (Missed, Rejected or Error) until it changes its status; a restart restores its block so. */
    public synchronized void block(String agentId, AgentActivity block) {
        if (block == null || !block.blocksRouting()) {
            throw new RoutingException(block + " is not a block");
        }
        Agent agent = m.agent(agentId);
        m.unindex(agent);
        agent.blocked = block;
        m.index(agent);
    }

    // ------------------------------------------------------------------------------------------ contacts

    /**
     * Queues a contact and offers it at once if an agent is eligible; returns the instants of its delay timers.
     * A restored contact keeps its original enqueue time: the wait before {@code now} counts towards its delays.
     */
    public synchronized Routed enqueue(ContactRequest request, Instant now) {
        if (contacts.containsKey(request.contactId())) {
            throw new RoutingException("contact " + request.contactId() + " is already routed");
        }
        int priority = request.priority() != null ? request.priority() : policy.priority(request.channel(), request.attributes());
        Contact contact = new Contact(request.contactId(), new QueueKey(request.queueId(), request.channel()), priority,
                request.enqueuedAt(), ++sequence);
        contact.criteria(request.criteria(), request.criteriaSince().toEpochMilli());
        contacts.put(contact.id, contact);
        m.addWaiting(contact);
        long t = now.toEpochMilli();
        List<Offer> offers = new ArrayList<>();
        m.matchContact(contact, t, offers);
        return new Routed(offers, contact.state == ContactState.WAITING ? m.dueTimes(contact, t) : List.of());
    }

    /**
     * Restores, after a restart, a contact an agent held when the server stopped: CONNECTED or in
     * AFTER_CONTACT_WORK (an OFFERED contact is restored as waiting instead: its offer died with the server). The
     * agent must be known (restore agents first); its slot is taken again, without routing anything.
     */
    public synchronized void restoreHeld(ContactRequest request, String agentId, ContactState state) {
        if (state != ContactState.CONNECTED && state != ContactState.AFTER_CONTACT_WORK) {
            throw new RoutingException("only connected contacts or contacts in after-contact work are restored as held");
        }
        if (contacts.containsKey(request.contactId())) {
            throw new RoutingException("contact " + request.contactId() + " is already routed");
        }
        takeSlot(request, m.agent(agentId), state);
    }

    /**
     * An agent starts an outbound contact (it dials out): the contact is connected to it at once, in its slot, without
     * routing. Refused when the agent's profile has no room on the channel (a voice call already, or another channel
     * that does not allow others); its status does not matter (Amazon Connect lets an agent dial from a custom status).
     */
    public synchronized void connectOutbound(ContactRequest request, String agentId) {
        if (contacts.containsKey(request.contactId())) {
            throw new RoutingException("contact " + request.contactId() + " is already routed");
        }
        Agent agent = m.agent(agentId);
        if (!m.hasRoom(agent, request.channel())) {
            throw new RoutingException("agent " + agentId + " has no free " + request.channel() + " slot for an outbound contact");
        }
        takeSlot(request, agent, ContactState.CONNECTED);
    }

    /** The contact is held by the agent in the given state, in one of its slots, without routing. */
    private void takeSlot(ContactRequest request, Agent agent, ContactState state) {
        Contact contact = new Contact(request.contactId(), new QueueKey(request.queueId(), request.channel()),
                request.priority() == null ? 5 : request.priority(), request.enqueuedAt(), ++sequence);
        contact.state = state;
        contact.agentId = agent.id;
        contacts.put(contact.id, contact);
        m.unindex(agent);
        agent.contacts.put(contact.id, contact);
        agent.occupied.merge(contact.key.channel(), 1, Integer::sum);
        m.index(agent);
    }

    /** A delay timer fired: the contact may now be eligible for more profiles. */
    public synchronized Routed delayElapsed(String contactId, Instant now) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.state != ContactState.WAITING) {
            return Routed.NOTHING;
        }
        List<Offer> offers = new ArrayList<>();
        m.matchContact(contact, now.toEpochMilli(), offers);
        return new Routed(offers, List.of());
    }

    /** "Change routing priority / age": a new contact priority and/or an age bonus in seconds (older = earlier). */
    public synchronized Routed changePriority(String contactId, Integer priority, long ageBonusSeconds, Instant now) {
        Contact contact = m.contact(contactId);
        if (contact.state != ContactState.WAITING) {
            throw new RoutingException("contact " + contactId + " is not waiting");
        }
        m.removeWaiting(contact);
        if (priority != null) {
            contact.priority = priority;
        }
        contact.effective -= ageBonusSeconds * 1000;
        m.addWaiting(contact);
        long t = now.toEpochMilli();
        List<Offer> offers = new ArrayList<>();
        m.matchContact(contact, t, offers);
        return new Routed(offers, contact.state == ContactState.WAITING ? m.dueTimes(contact, t) : List.of());
    }

    /**
     * "Set routing criteria" for a waiting contact: the new criteria take effect now (their first step applies from
     * now); {@code null} removes them. Returns the offers it allows at once and the instants its steps expire.
     */
    public synchronized Routed routingCriteria(String contactId, RoutingCriteria criteria, Instant now) {
        Contact contact = m.contact(contactId);
        if (contact.state != ContactState.WAITING) {
            throw new RoutingException("contact " + contactId + " is not waiting");
        }
        long t = now.toEpochMilli();
        contact.criteria(criteria, t);
        List<Offer> offers = new ArrayList<>();
        m.matchContact(contact, t, offers);
        return new Routed(offers, contact.state == ContactState.WAITING ? m.dueTimes(contact, t) : List.of());
    }

    /** The agent accepted an offer: the contact is connected. */
    public synchronized void accept(String contactId, String agentId) {
        Contact contact = m.offeredTo(contactId, agentId);
        contact.state = ContactState.CONNECTED;
    }

    /** The agent rejected an offer: it goes back with its original enqueue time; the agent is Rejected. */
    public synchronized Routed reject(String contactId, String agentId, Instant now) {
        return m.back(m.offeredTo(contactId, agentId), AgentActivity.REJECTED, now);
    }

    /**
     * The offer is withdrawn because the agent cannot see it (its workspace went away): the contact goes back with its
     * original enqueue time; the agent is not blocked for it.
     */
    public synchronized Routed withdraw(String contactId, String agentId, Instant now) {
        return m.back(m.offeredTo(contactId, agentId), m.agent(agentId).blocked, now);
    }

    /** The offer timed out: the contact goes back with its original enqueue time; the agent is Missed. */
    public synchronized Routed missed(String contactId, String agentId, Instant now) {
        return m.back(m.offeredTo(contactId, agentId), AgentActivity.MISSED, now);
    }

    /** The agent ended a connected contact: its slot stays taken by after-contact work. */
    public synchronized void end(String contactId, String agentId) {
        Contact contact = m.contact(contactId);
        if (contact.state != ContactState.CONNECTED || !Objects.equals(agentId, contact.agentId)) {
            throw new RoutingException("contact " + contactId + " is not connected to agent " + agentId);
        }
        contact.state = ContactState.AFTER_CONTACT_WORK;
    }

    /** After-contact work is over (agent or timeout): the slot is free and the agent may get the next contact. */
    public synchronized Routed afterContactWorkDone(String contactId, String agentId, Instant now) {
        Contact contact = m.contact(contactId);
        if (contact.state != ContactState.AFTER_CONTACT_WORK || !Objects.equals(agentId, contact.agentId)) {
            throw new RoutingException("contact " + contactId + " is not in after-contact work for agent " + agentId);
        }
        return m.release(contact, now);
    }

    /** The customer left (hung up, closed the chat) while waiting or being offered. */
    public synchronized Routed abandon(String contactId, Instant now) {
        Contact contact = contacts.get(contactId);
        if (contact == null) {
            return Routed.NOTHING;
        }
        if (contact.state == ContactState.WAITING) {
            m.removeWaiting(contact);
            contacts.remove(contactId);
            contact.state = ContactState.ENDED;
            return Routed.NOTHING;
        }
        if (contact.state == ContactState.OFFERED) {
            return m.release(contact, now);
        }
        throw new RoutingException("contact " + contactId + " is " + contact.state + ", not waiting or offered");
    }

    // ------------------------------------------------------------------------------------------ queries

    /** The contacts waiting in a queue (both channels), in routing order, with position and wait. */
    public synchronized List<WaitingContact> waiting(String queueId, Instant now) {
        return RouterInspection.waiting(m, queueId, now);
    }

    public synchronized AgentView agentView(String agentId) {
        Agent a = m.agent(agentId);
        Map<String, ContactState> states = new LinkedHashMap<>();
        a.contacts.forEach((id, c) -> states.put(id, c.state));
        return new AgentView(a.id, a.profile.profile.id(), a.presence, Matching.activity(a), new EnumMap<>(a.occupied), states, Instant.ofEpochMilli(a.idleSince));
    }

    /** The live state for real-time metrics, taken at once. */
    public synchronized RouterSnapshot snapshot(java.time.Instant now) {
        return RouterSnapshot.take(m, now.toEpochMilli());
    }

    /** How many contacts wait in the queue (all channels); what Amazon Connect's queue capacity counts. */
    public synchronized int queueSize(String queueId) {
        int size = 0;
        for (Channel channel : Channel.values()) {
            Waiting w = waiting.get(new QueueKey(queueId, channel));
            size += w == null ? 0 : w.size;
        }
        return size;
    }

    /** Check staffing: the agents serving this queue on this channel, counted as {@link Staffing} says. */
    public synchronized Staffing staffing(String queueId, Channel channel) {
        return RouterInspection.staffing(m, queueId, channel);
    }

    public synchronized ContactState contactState(String contactId) {
        Contact c = contacts.get(contactId);
        return c == null ? ContactState.ENDED : c.state;
    }

    public synchronized String agentOf(String contactId) {
        Contact c = contacts.get(contactId);
        return c == null ? null : c.agentId;
    }

    /** Every broken invariant of the live state (empty when all is well); for tests and diagnostics. */
    public synchronized List<String> checkInvariants() {
        return RouterInspection.invariants(m);
    }

    public synchronized int waitingCount() {
        int n = 0;
        for (Waiting w : waiting.values()) {
            n += w.size;
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------ internal state

    record QueueKey(String queueId, Channel channel) {
    }

    record EntryIndex(QueueKey key, int priority, long delayMillis) {
    }

    record Server(ProfileIndex profile, EntryIndex entry) {
    }
}
