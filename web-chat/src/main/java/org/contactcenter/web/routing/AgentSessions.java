package org.contactcenter.web.routing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;

import org.contactcenter.web.platform.SocketFrames;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.engine.boundary.AgentStateChanged;
import org.contactcenter.routing.engine.boundary.AgentStateData;
import org.contactcenter.routing.engine.boundary.ContactOffered;
import org.contactcenter.routing.engine.boundary.ThirdPartyChanged;

/**
 * The agents' open sockets, by user id, and the pushes to them: an {@code offer} for each contact offered to the
 * agent, a {@code state} whenever its status, activity or contacts change. Pushed after the change committed.
 */
@ApplicationScoped
public class AgentSessions {
    private final Map<String, Set<Session>> byAgent = new ConcurrentHashMap<>();
    private final Jsonb jsonb = JsonbBuilder.create();

    void add(String agentId, Session session) {
        byAgent.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(String agentId, Session session) {
        Set<Session> sessions = byAgent.get(agentId);
        if (sessions != null) {
            sessions.remove(session);
        }
    }

    /** {@code {"type":"offer","contact":{…},"expiresAt":"…"}} */
    public static class OfferMessage {
        public final String type = "offer";
        public ContactData contact;
        public String expiresAt;
    }

    /** {@code {"type":"state","state":{…}}} */
    public static class StateMessage {
        public final String type = "state";
        public AgentStateData state;
    }

    // plain observers: the routing journal announces outside any transaction (its announcer thread), after the commit
    void offered(@Observes ContactOffered offer) {
        push(offer.agentId(), offer(offer));
    }

    /** The {@code offer} frame of an offer, serialized once. */
    String offer(ContactOffered offer) {
        OfferMessage message = new OfferMessage();
        message.contact = offer.contact();
        message.expiresAt = offer.expiresAt().toString();
        return jsonb.toJson(message);
    }

    void stateChanged(@Observes AgentStateChanged change) {
        push(change.state().agentId, state(change.state()));
    }

    /** The {@code state} message for an agent, serialized once. */
    String state(AgentStateData state) {
        StateMessage message = new StateMessage();
        message.state = state;
        return jsonb.toJson(message);
    }

    /** The agent's open sockets. */
    public Set<Session> sessionsOf(String agentId) {
        return byAgent.getOrDefault(agentId, Set.of());
    }

    /**
     * {@code {"type":"third-party","contactId","step","phoneNumber","thirdPartyState"}}: what happened to a call's third
     * party (the agent's own steps, and what telephony reports: it did not answer, it hung up); no thirdPartyState once
     * there is none.
     */
    void thirdParty(@Observes ThirdPartyChanged change) {
        ContactData c = change.contact();
        var frame = jakarta.json.Json.createObjectBuilder().add("type", "third-party").add("contactId", c.id).add("step", change.step().name());
        if (change.phoneNumber() != null) {
            frame.add("phoneNumber", change.phoneNumber());
        }
        if (c.thirdPartyState != null) {
            frame.add("thirdPartyState", c.thirdPartyState);
        }
        push(c.agentId, frame.build().toString());
    }

    /** Sends to every open socket of the agent; answers how many. */
    public int push(String agentId, String text) {
        int sent = 0;
        for (Session session : byAgent.getOrDefault(agentId, Set.of())) {
            if (session.isOpen()) {
                SocketFrames.send(session, text);
                sent++;
            }
        }
        return sent;
    }
}
