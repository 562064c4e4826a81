package org.contactcenter.web.chat;

import static org.contactcenter.routing.platform.JsonP.JSON;
import static org.contactcenter.web.platform.SocketFrames.error;
import static org.contactcenter.web.platform.SocketFrames.string;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.contactcenter.routing.chats.boundary.ChatData;
import org.contactcenter.routing.chats.boundary.ChatMessageData;
import org.contactcenter.routing.chats.boundary.Chats;
import org.contactcenter.routing.chats.entity.ChatState;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.web.routing.AgentSessions;
import org.contactcenter.web.platform.SocketFrames;

/**
 * {@code /ws/chat}: the customer's chat socket. The first frame must be {@code authenticate} with the chat's
 * participant token (the token never travels in a URL, where logs would keep it); the answer is the whole
 * transcript. Then: {@code message} (stored, then acknowledged with its sequence number), {@code typing},
 * {@code read}, {@code end}, {@code ping}. Bad frames, oversize messages and floods get an {@code error} frame and
 * change nothing. Every type with examples: docs/WEBSOCKETS.md.
 */
@ServerEndpoint("/ws/chat")
public class ChatEndpoint {
    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());
    static final int MAX_FRAME = 256 * 1024;

    @Inject
    Chats chats;
    @Inject
    ChatSessions sessions;
    @Inject
    AgentSessions agents;
    @Inject
    ChatLimits limits;

    /** One for all sockets: a Jsonb is thread-safe and costly to build (this endpoint is instantiated per connection). */
    private static final Jsonb JSONB = JsonbBuilder.create();
    private String chatId;
    private String contactId;
    private String displayName;

    /** {@code {"type":"transcript","chat":{…},"messages":[…]}} */
    public static class TranscriptFrame {
        public final String type = "transcript";
        public ChatData chat;
        public List<ChatMessageData> messages;
    }

    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(MAX_FRAME);
    }

    /** Answers on the socket without waiting for the answer to be written. */
    // Tyrus closes a larger frame with 1009 (too big) from its header, before reading or parsing it
    @OnMessage(maxMessageSize = MAX_FRAME)
    public void message(String text, Session session) {
        SocketFrames.send(session, answer(text, session));
    }

    private String answer(String text, Session session) {
        SocketFrames.Read read = SocketFrames.read(text);
        if (read.refusal() != null) {
            return read.refusal();
        }
        JsonObject request = read.request();
        String type = string(request, "type");
        try {
            if (chatId == null) {
                if (!"authenticate".equals(type)) {
                    return error(type, "unauthenticated", "the first frame must be {\"type\":\"authenticate\",\"token\":…}");
                }
                return authenticate(string(request, "token"), session);
            }
            switch (type == null ? "" : type) {
                case "message" -> {
                    return message(request);
                }
                case "typing" -> {
                    String agent = sessions.connectedAgent(contactId);
                    if (agent != null) {
                        agents.push(agent, JSON.createObjectBuilder().add("type", "chat-typing").add("contactId", contactId).build().toString());
                    }
                    return null;
                }
                case "read" -> {
                    int sequence = SocketFrames.wholeNumber(request, "sequence");
                    if (!ChatStream.mayHaveRead(session, chatId, sequence)) {
                        return error(type, "invalid", "read needs the sequence number of a message this socket received", "sequence");
                    }
                    String agent = sessions.connectedAgent(contactId);
                    if (agent != null) {
                        agents.push(agent, ChatSessions.receipt(contactId, "read", sequence));
                    }
                    return null;
                }
                case "callback" -> {
                    ChatMessageData confirmation = chats.callback(chatId, string(request, "phoneNumber"));
                    return JSON.createObjectBuilder().add("type", "ack").add("ref", "callback").add("sequence", confirmation.sequence).build().toString();
                }
                case "end" -> {
                    chats.customerEnds(chatId, "ended by the customer");
                    return JSON.createObjectBuilder().add("type", "ack").add("ref", "end").build().toString();
                }
                case "ping" -> {
                    return JSON.createObjectBuilder().add("type", "pong").build().toString();
                }
                case "authenticate" -> {
                    return error(type, "invalid", "this socket is authenticated already");
                }
                default -> {
                    return error(type, "unknown-type", "unknown message type " + type + "; see docs/WEBSOCKETS.md");
                }
            }
        } catch (RuntimeException e) {
            return SocketFrames.refused(type, e, LOG);
        }
    }

    /** A customer message: stored, then acknowledged; a refusal names the message's clientMessageId, so the sender knows which one. */
    private String message(JsonObject request) {
        String clientMessageId = string(request, "clientMessageId");
        String refusal;
        if (limits.message(chatId) > 0) {
            refusal = error("message", "rate-limited", "at most " + limits.maxMessagesPer10Seconds()
                    + " messages in 10 s per chat (all its sockets together); this one was not stored");
        } else {
            try {
                ChatMessageData stored = chats.customerMessage(chatId, contactId, displayName, string(request, "text"), clientMessageId);
                var ack = JSON.createObjectBuilder().add("type", "ack").add("ref", "message").add("sequence", stored.sequence);
                if (stored.clientMessageId != null) {
                    ack.add("clientMessageId", stored.clientMessageId);
                }
                return ack.build().toString();
            } catch (RuntimeException e) {
                refusal = SocketFrames.refused("message", e, LOG);
            }
        }
        return clientMessageId == null ? refusal : SocketFrames.with(refusal, "clientMessageId", clientMessageId);
    }

    private String authenticate(String token, Session session) {
        Optional<ChatData> chat = chats.byToken(token);
        if (chat.isEmpty()) {
            return error("authenticate", "unauthenticated", "unknown participant token");
        }
        chatId = chat.get().chatId;
        contactId = chat.get().contactId;
        displayName = chat.get().displayName;
        boolean active = chat.get().state == ChatState.ACTIVE;
        sessions.sendTranscript(java.util.List.of(session), chatId, () -> {
            if (active) {
                sessions.add(chatId, session);
            }
        }, () -> chats.transcript(chatId, 0, true), messages -> {
            TranscriptFrame frame = new TranscriptFrame();
            frame.chat = chat.get();
            frame.messages = messages;
            return JSONB.toJson(frame);
        });
        return null;
    }

    @OnClose
    public void close(Session session) {
        if (chatId != null) {
            sessions.remove(chatId, session);
        }
    }

    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "Chat socket error", error);
    }


}
