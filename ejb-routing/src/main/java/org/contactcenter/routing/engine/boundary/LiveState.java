package org.contactcenter.routing.engine.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.engine.boundary.RoutingStore.AgentInfo;
import org.contactcenter.routing.engine.boundary.RoutingStore.StateInfo;
import org.contactcenter.routing.engine.boundary.RoutingStore.StatusInfo;
import org.contactcenter.routing.engine.control.RoutingTimer;
import org.contactcenter.routing.statuses.entity.AgentStatus;
import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.Offer;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.router.AgentView;
import org.contactcenter.rules.router.ContactRequest;
import org.contactcenter.rules.router.Routed;
import org.contactcenter.rules.router.Router;
import org.contactcenter.rules.router.RoutingException;

/**
 * The routing engine's in-memory state: the router, the live contacts (waiting, offered, connected, in ACW — detached
 * copies that the journal snapshots), each agent's chosen status and open workspace sockets, and the offers announced
 * and not yet answered ({@link OfferExpiries}). Guarded by its own monitor (the engine's lock), except the socket
 * counts (a concurrent map) and the pending offers (concurrent themselves).
 */
final class LiveState {
    private static final Logger LOG = Logger.getLogger(LiveState.class.getName());

    private final Router.PriorityPolicy policy;
    private final RoutingStore store;
    private final Function<String, AgentInfo> agents;
    private final int offerTimeoutSeconds;
    private final int reconnectGraceSeconds;

    volatile Router router;
    private final Map<String, Contact> contacts = new HashMap<>();
    private final Map<String, StatusInfo> statuses = new HashMap<>();
    /** the agents routing knows, as last looked up (outside the lock): a decision never waits for the database */
    private final Map<String, AgentInfo> known = new HashMap<>();
    private final Map<String, Integer> sockets = new ConcurrentHashMap<>();
    /** the offers announced and not yet answered; set once the engine runs */
    OfferExpiries offers;

    LiveState(Router.PriorityPolicy policy, RoutingStore store, Function<String, AgentInfo> agents, int offerTimeoutSeconds, int reconnectGraceSeconds) {
        this.policy = policy;
        this.store = store;
        this.agents = agents;
        this.offerTimeoutSeconds = offerTimeoutSeconds;
        this.reconnectGraceSeconds = reconnectGraceSeconds;
        this.router = new Router(policy);
    }

    /**
     * Builds the state from the database: profiles, agents with their statuses and blocks, then the contacts agents
     * held (their slots taken again; ACW timers re-armed), then the waiting ones, each at its place (its enqueue time);
     * a contact whose offer died with the server, or whose agent is gone, waits again. At start ({@code reload}
     * false) no agent is connected: each routable one gets the reconnect grace. A reload (after a failed write)
     * keeps the sockets: agents connected are routable at once.
     */
    void restore(Instant now, Decision d, boolean reload) {
        router = new Router(policy);
        contacts.clear();
        statuses.clear();
        known.clear();
        for (Profile profile : store.profiles()) {
            router.configure(profile, now);
        }
        for (StateInfo state : store.agentStates()) {
            AgentInfo agent = agents.apply(state.userId());
            if (agent == null) {
                continue;
            }
            statuses.put(agent.id(), state.status());
            known.put(agent.id(), agent);
            try {
                router.agentReachable(agent.id(), agent.profileId(), agent.agentQueueId(), agent.proficiencies(), reload ? routable(agent.id()) : Presence.OFFLINE, now);
                if (state.blocked() != null) {
                    router.block(agent.id(), state.blocked());
                }
            } catch (RoutingException e) {
                LOG.warning("Agent " + agent.id() + " is not restored: " + e.getMessage());
                continue;
            }
            if (!reload && state.status().presence() != Presence.OFFLINE) {
                d.timer(RoutingTimer.Kind.RECONNECT, null, agent.id(), now.plusSeconds(reconnectGraceSeconds));
            }
        }
        List<Contact> stored = store.liveContacts();
        int held = 0;
        for (Contact c : stored) {
            if ((c.state() == ContactState.CONNECTED || c.state() == ContactState.AFTER_CONTACT_WORK) && knows(c.agentId())) {
                router.restoreHeld(request(c), c.agentId(), c.state());
                contacts.put(c.id(), c);
                held++;
                if (c.state() == ContactState.AFTER_CONTACT_WORK) {
                    armAcw(c, d);
                }
            }
        }
        int waiting = 0;
        for (Contact c : stored) {
            if (!contacts.containsKey(c.id())) {
                if (c.state() != ContactState.WAITING) {
                    c.requeued();
                    d.changed(c);
                }
                contacts.put(c.id(), c);
                apply(router.enqueue(request(c), now), d, c.id(), now);
                waiting++;
            }
        }
        LOG.info("Routing state restored: " + waiting + " contacts in their queues, " + held + " held by agents");
    }

    Contact contact(String contactId) {
        return contacts.get(contactId);
    }

    /** A new live contact. */
    Contact add(Contact contact) {
        contacts.put(contact.id(), contact);
        return contact;
    }

    /** A contact that has ended leaves the live state. */
    Contact remove(Contact contact) {
        contacts.remove(contact.id());
        return contact;
    }

    /** Takes the router's decisions: offers (announced once durable), and delay timers. */
    void apply(Routed routed, Decision d, String subjectId, Instant now) {
        for (Offer offer : routed.offers()) {
            Contact contact = contacts.get(offer.contactId());
            contact.offeredTo(offer.agentId());
            d.changed(contact);
            d.offers.add(new ContactOffered(offer.agentId(), ContactData.of(contact), now.plusSeconds(offerTimeoutSeconds)));
            d.announce(offer.agentId()); // the agent's state (activity Incoming) follows the offer
        }
        for (Routed.Delay delay : routed.delays()) { // a profile change made waiting contacts eligible later
            d.timer(RoutingTimer.Kind.DELAY, delay.contactId(), null, delay.at());
        }
        if (subjectId != null) {
            for (Instant due : routed.dueTimes()) {
                d.timer(RoutingTimer.Kind.DELAY, subjectId, null, due);
            }
        }
    }

    void armAcw(Contact contact, Decision d) {
        AgentInfo agent = known.get(contact.agentId());
        int seconds = agent == null ? 0 : agent.acwSeconds().getOrDefault(contact.channel(), 0);
        if (seconds > 0) {
            d.timer(RoutingTimer.Kind.ACW, contact.id(), contact.agentId(), contact.acwStartedAt().toInstant().plusSeconds(seconds));
        }
    }

    // ------------------------------------------------------------------------------------------ offers

    /** The offer is answered or withdrawn: it will not become Missed. */
    void cancelOffer(String contactId) {
        offers.remove(contactId);
    }

    /** The offers announced to an agent and still pending, as they were announced. */
    List<ContactOffered> pendingOffers(String agentId) {
        List<ContactOffered> pending = new ArrayList<>();
        for (ContactOffered offer : offers.offers()) {
            Contact contact = contacts.get(offer.contact().id);
            if (offer.agentId().equals(agentId) && contact != null && contact.state() == ContactState.OFFERED && agentId.equals(contact.agentId())) {
                pending.add(offer);
            }
        }
        return pending;
    }

    /** The contacts offered to an agent now. */
    List<String> offeredTo(String agentId) {
        return router.agentView(agentId).contacts().entrySet().stream().filter(e -> e.getValue() == ContactState.OFFERED).map(Map.Entry::getKey).toList();
    }

    // ------------------------------------------------------------------------------------------ agents

    void statusChosen(AgentInfo agent, StatusInfo status) {
        statuses.put(agent.id(), status);
        known.put(agent.id(), agent);
    }

    /** The agent as looked up last (its profile, agent queue, ACW timeouts may have changed since: {@link #know}). */
    AgentInfo known(String agentId) {
        return known.get(agentId);
    }

    /** Keeps the agent's latest configuration; null forgets it (no longer an agent). */
    void know(String agentId, AgentInfo agent) {
        if (agent == null) {
            known.remove(agentId);
        } else {
            known.put(agentId, agent);
        }
    }

    Map<String, String> statusNames() {
        Map<String, String> names = new java.util.HashMap<>();
        statuses.forEach((id, s) -> names.put(id, s.name()));
        return names;
    }

    boolean hasStatus(String agentId) {
        return statuses.containsKey(agentId);
    }

    /** Whether the agent has a workspace socket open on this server. */
    boolean hasWorkspace(String agentId) {
        return sockets.containsKey(agentId);
    }

    /** A socket opened; true for the agent's first. */
    boolean connected(String agentId) {
        return sockets.merge(agentId, 1, Integer::sum) == 1;
    }

    /** A socket closed; true for the agent's last. */
    boolean disconnected(String agentId) {
        return sockets.containsKey(agentId) && sockets.computeIfPresent(agentId, (id, n) -> n <= 1 ? null : n - 1) == null;
    }

    /** The agent has no socket and a status that is not Offline (the reconnect grace is over: it goes Offline). */
    boolean stillAway(String agentId) {
        StatusInfo status = statuses.get(agentId);
        return !sockets.containsKey(agentId) && status != null && status.presence() != Presence.OFFLINE;
    }

    /** The router's presence for an agent: its status's, while its workspace is connected; otherwise offline. */
    Presence routable(String agentId) {
        StatusInfo status = statuses.get(agentId);
        return sockets.containsKey(agentId) && status != null ? status.presence() : Presence.OFFLINE;
    }

    AgentStateData state(AgentInfo agent) {
        StatusInfo status = statuses.get(agent.id());
        String name = status == null ? AgentStatus.OFFLINE : status.name();
        try {
            AgentView view = router.agentView(agent.id());
            return new AgentStateData(agent.id(), agent.username(), name, view.activity(), view.occupied(), reported(view.contacts()));
        } catch (RoutingException neverRouted) {
            return new AgentStateData(agent.id(), agent.username(), name, AgentActivity.OFFLINE, Map.of(), Map.of());
        }
    }

    /** The router's states of an agent's contacts as Amazon Connect reports them: a call on hold is CONNECTED_ONHOLD. */
    private Map<String, ContactState> reported(Map<String, ContactState> states) {
        Map<String, ContactState> out = null;
        for (Map.Entry<String, ContactState> e : states.entrySet()) {
            Contact c = e.getValue() == ContactState.CONNECTED ? contact(e.getKey()) : null;
            if (c != null && c.onHold()) {
                if (out == null) {
                    out = new java.util.LinkedHashMap<>(states);
                }
                out.put(e.getKey(), ContactState.CONNECTED_ONHOLD);
            }
        }
        return out == null ? states : out;
    }

    private boolean knows(String agentId) {
        if (agentId == null) {
            return false;
        }
        try {
            router.agentView(agentId);
            return true;
        } catch (RoutingException e) {
            return false;
        }
    }

    /** A stored contact as the router takes it, with its routing criteria read back. */
    static ContactRequest request(Contact c) {
        RoutingCriteria criteria = null;
        try {
            criteria = RoutingCriteriaData.parse(c.routingCriteria(), "routingCriteria");
        } catch (RuntimeException e) {
            LOG.warning("Contact " + c.id() + " lost its unreadable routing criteria: " + e.getMessage());
        }
        return request(c, criteria);
    }

    static ContactRequest request(Contact c, RoutingCriteria criteria) {
        return new ContactRequest(c.id(), c.queueId(), c.channel(), c.attributes(), c.priority(), c.enqueuedAt().toInstant(),
                criteria, criteria == null || c.criteriaSince() == null ? null : c.criteriaSince().toInstant());
    }
}
