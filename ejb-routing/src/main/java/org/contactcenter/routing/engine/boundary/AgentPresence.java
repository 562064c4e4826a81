package org.contactcenter.routing.engine.boundary;

import java.time.Instant;
import java.util.List;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.engine.boundary.RoutingStore.AgentInfo;
import org.contactcenter.routing.engine.boundary.RoutingStore.StatusInfo;
import org.contactcenter.routing.engine.control.RoutingTimer;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.router.Routed;
import org.contactcenter.rules.router.RoutingException;

/**
 * Agents' presence for the {@link RoutingEngine}: their chosen status, and whether their workspace is connected (an
 * agent is routable only while at least one /ws/agent socket is open). Each change is one decision of the engine.
 */
final class AgentPresence {
    private final RoutingEngine engine;

    AgentPresence(RoutingEngine engine) {
        this.engine = engine;
    }

    AgentStateData agentState(String userId) {
        AgentInfo agent = engine.agent(userId);
        synchronized (engine.live) {
            engine.live.know(agent.id(), agent);
            return engine.live.state(agent);
        }
    }

    /** Sets the agent's status by name (Available, Offline or an enabled custom status); it clears a Missed/Rejected block. */
    AgentStateData setStatus(String userId, String statusName) {
        AgentInfo agent = engine.agent(userId);
        StatusInfo status = engine.directory.status(statusName);
        if (status == null) {
            throw InvalidInput.of("status", "unknown or disabled agent status " + statusName);
        }
        return engine.decide(d -> {
            engine.live.statusChosen(agent, status);
            d.status(agent.id(), status.id(), engine.now());
            Instant at = engine.clock.instant();
            engine.live.apply(RoutingEngine.route(() -> engine.live.router.agentStatus(agent.id(), agent.profileId(), agent.agentQueueId(), agent.proficiencies(), engine.live.routable(agent.id()), at)), d, null, at);
            return engine.live.state(agent);
        });
    }

    /**
     * Contacts of {@code channel} are offered (open) or wait in their places (closed; offers already made stand): the
     * telephony side closes voice while it cannot ring agents' phones. Opening offers what waits at once.
     */
    void channelOpen(Channel channel, boolean open) {
        if (engine.live.router.channelOpen(channel) == open) {
            return;
        }
        engine.decide(d -> {
            Instant at = engine.clock.instant();
            engine.live.apply(RoutingEngine.route(() -> engine.live.router.channelOpen(channel, open, at)), d, null, at);
            return null;
        });
    }

    /**
     * An agent's workspace socket opened: with its first one the agent is routable again (its stored status counts, a
     * Missed/Rejected block stays) and is offered what waits for it. Answers the offers pending for it (announced
     * before this socket: another tab's), to be sent on the new socket too.
     */
    List<ContactOffered> agentConnected(String userId) {
        AgentInfo agent = engine.agent(userId);
        return engine.decide(d -> {
            engine.live.know(agent.id(), agent);
            if (engine.live.connected(agent.id())) {
                Instant at = engine.clock.instant();
                engine.live.apply(RoutingEngine.route(() -> engine.live.router.agentReachable(agent.id(), agent.profileId(), agent.agentQueueId(), agent.proficiencies(), engine.live.routable(agent.id()), at)), d, null, at);
                d.announce(agent.id());
            }
            return engine.live.pendingOffers(agent.id());
        });
    }

    /**
     * An agent's workspace socket closed: with its last one the agent is not routable; offers pending for it go back to
     * their queues at their place, with no Missed (it could not see them); Offline follows after the grace period.
     */
    void agentDisconnected(String userId) {
        AgentInfo agent = engine.agentInfo(userId);
        if (agent == null) {
            return;
        }
        engine.decide(d -> {
            if (!engine.live.disconnected(agent.id())) {
                return null;
            }
            Instant at = engine.clock.instant();
            try {
                // not routable first, so that no offer it gives back comes straight back to it
                engine.live.apply(engine.live.router.agentReachable(agent.id(), agent.profileId(), agent.agentQueueId(), agent.proficiencies(), Presence.OFFLINE, at), d, null, at);
                for (String contactId : engine.live.offeredTo(agent.id())) {
                    Contact contact = engine.live.contact(contactId);
                    Routed routed = engine.live.router.withdraw(contactId, agent.id(), at);
                    engine.live.cancelOffer(contactId);
                    contact.requeued();
                    d.changed(contact);
                    engine.live.apply(routed, d, contactId, at);
                }
            } catch (RoutingException neverRouted) {
                return null;
            }
            d.timer(RoutingTimer.Kind.RECONNECT, null, agent.id(), at.plusSeconds(engine.reconnectGraceSeconds));
            d.announce(agent.id());
            return null;
        });
    }
}
