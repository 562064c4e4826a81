package org.contactcenter.web.chat;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;

import java.util.List;

import org.contactcenter.web.platform.SocketFrames;
import org.contactcenter.routing.chats.boundary.ChatData;
import org.contactcenter.routing.chats.boundary.ChatEnded;
import org.contactcenter.routing.chats.boundary.Chats;
import org.contactcenter.routing.engine.boundary.ContactConnected;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.routing.chats.boundary.ChatMessageData;
import org.contactcenter.routing.chats.boundary.ChatMessagePosted;
import org.contactcenter.routing.chats.entity.Participant;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.web.routing.AgentSessions;

/**
 * The customers' open chat sockets, by chat id, and every delivery of a stored message: to the customer's sockets
 * ({@code message}) and to the agent connected to the chat's contact ({@code chat-message} on /ws/agent), with a
 * {@code delivered} receipt to the sender when the other side had a socket open. Pushed after the message committed.
 */
@ApplicationScoped
public class ChatSessions {
    private final Map<String, Set<Session>> byChat = new ConcurrentHashMap<>();
    /** contact → the agent it is connected to, kept from routing's events (no database read per message) */
    private final Map<String, String> agentOfContact = new ConcurrentHashMap<>();
    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    AgentSessions agents;
    @Inject
    RoutingEngine routing;
    @Inject
    Chats chats;

    /** {@code {"type":"message","message":{…}}} to customers; {@code {"type":"chat-message","contactId","message"}} to agents. */
    public static class MessageFrame {
        public String type;
        public String contactId;
        public ChatMessageData message;

        MessageFrame(String type, String contactId, ChatMessageData message) {
            this.type = type;
            this.contactId = contactId;
            this.message = message;
        }
    }

    void add(String chatId, Session session) {
        byChat.computeIfAbsent(chatId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(String chatId, Session session) {
        Set<Session> sessions = byChat.get(chatId);
        if (sessions != null) {
            sessions.remove(session);
            if (sessions.isEmpty()) {
                byChat.remove(chatId, sessions);
            }
        }
    }

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatMessagePosted posted) {
        ChatMessageData m = posted.message();
        int toCustomer = toCustomer(m.chatId, jsonb.toJson(new MessageFrame("message", null, m))); // all the customer's devices
        String agentId = connectedAgent(posted.contactId());
        int toAgent = agentId == null ? 0 : agents.push(agentId, jsonb.toJson(new MessageFrame("chat-message", posted.contactId(), m)));
        if (m.participant == Participant.CUSTOMER && toAgent > 0) {
            toCustomer(m.chatId, receipt(null, "delivered", m.sequence));
        } else if (m.participant == Participant.AGENT && toCustomer > 0) {
            agents.push(agentId, receipt(posted.contactId(), "delivered", m.sequence));
        }
    }

    /** {@code {"type":"chat-transcript","contactId","chat":{…},"messages":[…]}}: what the agent sees of a chat, past sessions included. */
    public static class TranscriptFrame {
        public final String type = "chat-transcript";
        public String contactId;
        public ChatData chat;
        public List<ChatMessageData> messages;
    }

    public String transcriptFrame(String contactId) {
        return transcriptFrame(contactId, chats.chatOfContact(contactId).orElse(null));
    }

    private String transcriptFrame(String contactId, ChatData chat) {
        TranscriptFrame frame = new TranscriptFrame();
        frame.contactId = contactId;
        frame.chat = chat;
        frame.messages = chat == null ? List.of() : chats.transcript(chat.chatId, 0, true);
        return jsonb.toJson(frame);
    }

    /** An agent accepted a chat, or the voice callback of one: it gets the chat's whole transcript. */
    void connected(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactConnected connected) {
        ContactData contact = connected.contact();
        if (contact.agentId != null) {
            agentOfContact.put(contact.id, contact.agentId);
        }
        if (contact.channel == Channel.CHAT) {
            chats.chatOfContact(contact.id).ifPresent(chat -> agents.push(contact.agentId, transcriptFrame(contact.id, chat)));
        } else if (contact.attributes != null && contact.attributes.containsKey("relatedChatId")) {
            agents.push(contact.agentId, transcriptFrame(contact.id, chats.get(contact.attributes.get("relatedChatId"))));
        }
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEnded ended) {
        String wasConnectedTo = connectedAgent(ended.contactId());
        agentOfContact.remove(ended.contactId());
        String frame = JSON.createObjectBuilder().add("type", "ended").add("reason", ended.reason() == null ? "ended" : ended.reason()).build().toString();
        toCustomer(ended.chatId(), frame);
        if (wasConnectedTo != null) {
            agents.push(wasConnectedTo, JSON.createObjectBuilder().add("type", "chat-ended").add("contactId", ended.contactId()).build().toString());
        }
    }

    /** Sends to every open socket of the chat's customer; answers how many. */
    public int toCustomer(String chatId, String text) {
        int sent = 0;
        for (Session session : byChat.getOrDefault(chatId, Set.of())) {
            if (session.isOpen()) {
                SocketFrames.send(session, text);
                sent++;
            }
        }
        return sent;
    }

    /** The agent the chat's contact is connected to (or in after-contact work with), if any. */
    public String connectedAgent(String contactId) {
        String cached = agentOfContact.get(contactId);
        if (cached != null) {
            return cached;
        }
        try {
            ContactData contact = routing.contact(contactId);
            if (contact.agentId != null && (contact.state == ContactState.CONNECTED || contact.state == ContactState.AFTER_CONTACT_WORK)) {
                agentOfContact.put(contactId, contact.agentId); // e.g. connected before a restart: read once, then kept
                return contact.agentId;
            }
            return null;
        } catch (NotFound e) {
            return null;
        }
    }

    /** {@code {"type":"receipt"|"chat-receipt", "kind":"delivered"|"read", "sequence"}} */
    static String receipt(String contactId, String kind, int sequence) {
        var b = JSON.createObjectBuilder().add("type", contactId == null ? "receipt" : "chat-receipt").add("kind", kind).add("sequence", sequence);
        if (contactId != null) {
            b.add("contactId", contactId);
        }
        return b.build().toString();
    }
}
