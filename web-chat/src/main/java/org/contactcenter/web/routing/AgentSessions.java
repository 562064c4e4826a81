package org.contactcenter.web.routing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;

import org.contactcenter.routing.engine.boundary.AgentStateChanged;
import org.contactcenter.routing.engine.boundary.ContactOffered;

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

    void offered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactOffered offer) {
        JsonObject message = Json.createObjectBuilder()
                .add("type", "offer")
                .add("contact", toJson(offer.contact()))
                .add("expiresAt", offer.expiresAt().toString())
                .build();
        push(offer.agentId(), message.toString());
    }

    void stateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged change) {
        push(change.state().agentId, message("state", change.state()));
    }

    String message(String type, Object payload) {
        return Json.createObjectBuilder().add("type", type).add(type, toJson(payload)).build().toString();
    }

    private JsonObject toJson(Object payload) {
        try (var reader = Json.createReader(new java.io.StringReader(jsonb.toJson(payload)))) {
            return reader.readObject();
        }
    }

    private void push(String agentId, String text) {
        for (Session session : byAgent.getOrDefault(agentId, Set.of())) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(text);
            }
        }
    }
}
