package org.contactcenter.web.routing;

import static org.contactcenter.routing.platform.JsonP.JSON;
import static org.contactcenter.web.platform.SocketFrames.error;
import static org.contactcenter.web.platform.SocketFrames.string;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.contactcenter.routing.chats.boundary.ChatData;
import org.contactcenter.routing.chats.boundary.ChatMessageData;
import org.contactcenter.routing.chats.boundary.Chats;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.engine.boundary.ConsultStep;
import org.contactcenter.routing.engine.boundary.TransferData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.web.chat.ChatSessions;
import org.contactcenter.web.platform.SocketFrames;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.routing.users.entity.User;

/**
 * {@code /ws/agent}: the agent workspace's socket. The handshake must be authenticated (HTTP Basic) as a user with
 * the agent role, else the socket is closed with 1008. Messages are JSON objects with a {@code type}; every request
 * is answered with {@code ack} or {@code error} (never a closed socket); offers and state changes are pushed. All
 * message types, with examples: docs/WEBSOCKETS.md.
 */
@ServerEndpoint("/ws/agent")
public class AgentEndpoint {
    private static final Logger LOG = Logger.getLogger(AgentEndpoint.class.getName());
    static final int MAX_MESSAGE = 16 * 1024;

    @Inject
    RoutingEngine engine;
    @Inject
    Users users;
    @Inject
    AgentSessions sessions;
    @Inject
    Chats chats;
    @Inject
    ChatSessions chatSessions;

    private String agentId;

    @OnOpen
    public void open(Session session) throws IOException {
        Principal principal = session.getUserPrincipal();
        Optional<User> user = principal == null ? Optional.empty() : users.byUsername(principal.getName());
        if (user.isEmpty() || !user.get().isAgent()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    principal == null ? "authentication required" : "the agent role is required"));
            return;
        }
        agentId = user.get().id();
        session.setMaxTextMessageBufferSize(MAX_MESSAGE);
        sessions.add(agentId, session);
        // the workspace is connected: the agent is routable (again); offers made before this socket are sent on it too
        var pending = engine.agentConnected(agentId);
        SocketFrames.send(session, sessions.state(engine.agentState(agentId)));
        pending.forEach(offer -> SocketFrames.send(session, sessions.offer(offer)));
    }

    /** Answers on the socket without waiting for the answer to be written. */
    // Tyrus closes a larger frame with 1009 (too big) from its header, before reading or parsing it
    @OnMessage(maxMessageSize = MAX_MESSAGE)
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
        String contactId = string(request, "contactId");
        try {
            switch (type == null ? "" : type) {
                case "status" -> engine.setStatus(agentId, string(request, "status"));
                case "accept" -> engine.accept(required(contactId), agentId);
                case "reject" -> engine.reject(required(contactId), agentId);
                case "end" -> engine.end(required(contactId), agentId);
                case "acw-done" -> engine.afterContactWorkDone(required(contactId), agentId, string(request, "note"));
                case "hold" -> engine.hold(required(contactId), agentId);
                case "resume" -> engine.resume(required(contactId), agentId);
                case "consult" -> engine.consult(required(contactId), agentId, ConsultStep.CONSULT, string(request, "phoneNumber"),
                        new TransferData(null, null, string(request, "quickConnectId")));
                case "consult-conference" -> engine.consult(required(contactId), agentId, ConsultStep.CONFERENCE, null, null);
                case "consult-transfer" -> engine.consult(required(contactId), agentId, ConsultStep.TRANSFER, null, null);
                case "consult-cancel" -> engine.consult(required(contactId), agentId, ConsultStep.CANCEL, null, null);
                case "transfer" -> {
                    ContactData from = engine.transfer(required(contactId), agentId,
                            new TransferData(string(request, "queueId"), string(request, "agentId"), string(request, "quickConnectId")));
                    var ack = JSON.createObjectBuilder().add("type", "ack").add("ref", type).add("contactId", contactId);
                    if (from.nextContactId != null) {
                        ack.add("nextContactId", from.nextContactId);
                    }
                    return ack.build().toString();
                }
                case "outbound" -> {
                    ContactData call = engine.outbound(agentId, string(request, "phoneNumber"));
                    return JSON.createObjectBuilder().add("type", "ack").add("ref", type).add("contactId", call.id).build().toString();
                }
                case "ping" -> {
                    return JSON.createObjectBuilder().add("type", "pong").build().toString();
                }
                case "chat-message" -> {
                    ChatMessageData stored = chats.agentMessage(agentId, required(contactId), string(request, "text"), string(request, "clientMessageId"));
                    var ack = JSON.createObjectBuilder().add("type", "ack").add("ref", type).add("contactId", contactId).add("sequence", stored.sequence);
                    if (stored.clientMessageId != null) {
                        ack.add("clientMessageId", stored.clientMessageId);
                    }
                    return ack.build().toString();
                }
                case "chat-typing", "chat-read" -> {
                    ChatData chat = ownChat(required(contactId));
                    String frame;
                    if (type.equals("chat-typing")) {
                        frame = JSON.createObjectBuilder().add("type", "typing").add("participant", "AGENT").build().toString();
                    } else if (chatSessions.mayHaveRead(session, chat.chatId, SocketFrames.wholeNumber(request, "sequence"))) {
                        frame = JSON.createObjectBuilder().add("type", "receipt").add("kind", "read").add("sequence", SocketFrames.wholeNumber(request, "sequence")).build().toString();
                    } else {
                        return error(type, "invalid", "chat-read needs the sequence number of a message of this chat that this socket received", "sequence");
                    }
                    chatSessions.toCustomer(chat.chatId, frame);
                    return null;
                }
                case "chat-transcript" -> {
                    ownChat(required(contactId));
                    chatSessions.sendTranscriptTo(session, contactId);
                    return null;
                }
                default -> {
                    return error(type, "unknown-type", "unknown message type " + type + "; see docs/WEBSOCKETS.md");
                }
            }
        } catch (RuntimeException e) {
            return SocketFrames.refused(type, e, LOG);
        }
        var ack = JSON.createObjectBuilder().add("type", "ack").add("ref", type);
        if (contactId != null) {
            ack.add("contactId", contactId);
        }
        return ack.build().toString();
    }

    @OnClose
    public void close(Session session) {
        if (agentId != null) {
            sessions.remove(agentId, session);
            try {
                engine.agentDisconnected(agentId); // the last socket: not routable; Offline after cc.routing.reconnect-grace-seconds
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Agent " + agentId + ": routing did not take the closed socket", e);
            }
        }
    }

    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "Agent socket error", error);
    }

    /** The chat of a contact that is (or just was) connected to this agent. */
    private ChatData ownChat(String contactId) {
        ContactData contact = engine.contact(contactId);
        // an offer is not yet the agent's contact: its transcript and its customer are out of reach until accepted
        if (!agentId.equals(contact.agentId) || contact.state == org.contactcenter.rules.model.ContactState.OFFERED) {
            throw new Conflict("contactId", "contact " + contactId + " is not connected to you", java.util.List.of());
        }
        return chats.chatOfContact(contactId).orElseThrow(() -> new Conflict("contactId", "contact " + contactId + " is not a chat", java.util.List.of()));
    }

    private static String required(String contactId) {
        if (contactId == null || contactId.isBlank()) {
            throw InvalidInput.of("contactId", "must not be blank");
        }
        return contactId;
    }


}
