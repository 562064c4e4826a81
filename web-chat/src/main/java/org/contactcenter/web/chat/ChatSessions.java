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
    /** when this server's JVM started */
    private static final java.time.Instant STARTED = java.time.Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    /** contacts found not connected once (asked routing after a restart); routing's events put them above when they are */
    private final Set<String> notConnected = ConcurrentHashMap.newKeySet();
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
        String toCustomers = jsonb.toJson(new MessageFrame("message", null, m));
        int toCustomer = 0;
        for (Session session : openSessions(m.chatId)) { // all the customer's devices
            toCustomer += ChatStream.of(session, m.chatId).live(session, m.sequence, toCustomers) ? 1 : 0;
        }
        String agentId = connectedAgent(posted.contactId());
        int toAgent = 0;
        if (agentId != null) {
            String toAgents = jsonb.toJson(new MessageFrame("chat-message", posted.contactId(), m));
            for (Session session : agents.sessionsOf(agentId)) {
                toAgent += session.isOpen() && ChatStream.of(session, m.chatId).live(session, m.sequence, toAgents) ? 1 : 0;
            }
        }
        if (m.participant == Participant.CUSTOMER && toAgent > 0) {
            toCustomer(m.chatId, receipt(null, "delivered", m.sequence));
        } else if (m.participant == Participant.AGENT && toCustomer > 0) {
            agents.push(agentId, receipt(posted.contactId(), "delivered", m.sequence));
        }
    }

    /**
     * Sends sockets the chat's transcript and, behind it, every later message once and in order (a customer
     * authenticating, an agent accepting or asking for it). Live messages are held from before {@code register}
     * (which makes the sockets receive the chat's messages) until the transcript, read after it, is sent: nothing
     * committed meanwhile is lost, repeated or sent ahead of the transcript.
     */
    List<ChatMessageData> sendTranscript(List<Session> sockets, String chatId, Runnable register, java.util.function.Supplier<List<ChatMessageData>> read,
            java.util.function.Function<List<ChatMessageData>, String> frame) {
        sockets.forEach(socket -> ChatStream.of(socket, chatId).awaitTranscript());
        String text;
        int last;
        List<ChatMessageData> messages;
        try {
            register.run();
            messages = read.get();
            last = messages.stream().filter(m -> chatId.equals(m.chatId)).mapToInt(m -> m.sequence).max().orElse(0);
            text = frame.apply(messages);
        } catch (RuntimeException e) {
            sockets.forEach(socket -> ChatStream.of(socket, chatId).release(socket)); // no transcript: nothing stays held
            throw e;
        }
        sockets.forEach(socket -> ChatStream.of(socket, chatId).transcript(socket, text, last));
        return messages;
    }

    /** Whether the socket was sent the chat's message {@code sequence} (a read receipt may name only such a one). */
    public boolean mayHaveRead(Session session, String chatId, int sequence) {
        return ChatStream.mayHaveRead(session, chatId, sequence);
    }

    private List<Session> openSessions(String chatId) {
        return byChat.getOrDefault(chatId, Set.of()).stream().filter(Session::isOpen).toList();
    }

    /** {@code {"type":"chat-transcript","contactId","chat":{…},"messages":[…]}}: what the agent sees of a chat, past sessions included. */
    public static class TranscriptFrame {
        public final String type = "chat-transcript";
        public String contactId;
        public ChatData chat;
        public List<ChatMessageData> messages;
    }

    /** An agent's socket asked for the transcript of its chat: sent on that socket, live messages after it. */
    public void sendTranscriptTo(Session session, String contactId) {
        chats.chatOfContact(contactId).ifPresentOrElse(chat -> agentTranscript(List.of(session), contactId, chat, () -> { }),
                () -> SocketFrames.send(session, transcriptFrame(contactId, null, List.of())));
    }

    private List<ChatMessageData> agentTranscript(List<Session> sockets, String contactId, ChatData chat, Runnable register) {
        return sendTranscript(sockets, chat.chatId, register, () -> chats.transcript(chat.chatId, 0, true), messages -> transcriptFrame(contactId, chat, messages));
    }

    private String transcriptFrame(String contactId, ChatData chat, List<ChatMessageData> messages) {
        TranscriptFrame frame = new TranscriptFrame();
        frame.contactId = contactId;
        frame.chat = chat;
        frame.messages = messages;
        return jsonb.toJson(frame);
    }

    /** An agent accepted a chat, or the voice callback of one: each of its sockets gets the chat's whole transcript. */
    void connected(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactConnected connected) {
        ContactData contact = connected.contact();
        Runnable register = () -> {
            if (contact.agentId != null) {
                agentOfContact.put(contact.id, contact.agentId); // from now on the chat's messages go to the agent
                notConnected.remove(contact.id);
            }
        };
        ChatData chat = contact.channel == Channel.CHAT ? chats.chatOfContact(contact.id).orElse(null)
                : contact.attributes != null && contact.attributes.containsKey("relatedChatId") ? chats.get(contact.attributes.get("relatedChatId")) : null;
        if (chat == null || contact.agentId == null) {
            register.run();
            return;
        }
        List<Session> sockets = agents.sessionsOf(contact.agentId).stream().filter(Session::isOpen).toList();
        List<ChatMessageData> transcript = agentTranscript(sockets, contact.id, chat, register);
        if (!sockets.isEmpty() && contact.channel == Channel.CHAT) {
            // what the customer wrote while queued reached the agent only now, with the transcript
            transcript.stream().filter(m -> m.participant == Participant.CUSTOMER && chat.chatId.equals(m.chatId))
                    .forEach(m -> toCustomer(chat.chatId, receipt(null, "delivered", m.sequence)));
        }
    }

    /**
     * An agent transferred a chat: its workspace stops getting the chat ({@code chat-transferred}); the next agent gets
     * the whole transcript when it accepts the next contact (connected).
     */
    void transferred(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.contactcenter.routing.engine.boundary.ContactTransferred transferred) {
        ContactData from = transferred.from();
        String agent = agentOfContact.remove(from.id);
        notConnected.add(from.id);
        if (agent != null && from.channel == Channel.CHAT) {
            var frame = JSON.createObjectBuilder().add("type", "chat-transferred").add("contactId", from.id);
            if (transferred.nextContactId() != null) {
                frame.add("nextContactId", transferred.nextContactId());
            }
            agents.push(agent, frame.build().toString());
        }
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEnded ended) {
        String wasConnectedTo = connectedAgent(ended.contactId());
        agentOfContact.remove(ended.contactId());
        notConnected.remove(ended.contactId());
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
        if (cached != null || notConnected.contains(contactId)) {
            return cached;
        }
        try {
            ContactData contact = routing.contact(contactId);
            // only a contact connected before this server started (no ContactConnected here) is taken from routing: one
            // connected since gets the chat's messages once its transcript is on the way (connected, register)
            if (contact.agentId != null && (contact.state == ContactState.CONNECTED || contact.state == ContactState.AFTER_CONTACT_WORK)
                    && contact.connectedToAgentAt != null && contact.connectedToAgentAt.toInstant().isBefore(STARTED)) {
                agentOfContact.put(contactId, contact.agentId); // e.g. connected before a restart: read once, then kept
                return contact.agentId;
            }
            notConnected.add(contactId); // asked once: from now on routing's ContactConnected tells
            return agentOfContact.get(contactId);
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
