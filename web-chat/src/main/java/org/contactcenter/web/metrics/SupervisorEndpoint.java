package org.contactcenter.web.metrics;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.routing.users.entity.Role;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.web.platform.SocketFrames;

/**
 * {@code /ws/supervisor}: live metrics pushed to supervisors and admins (HTTP Basic or the session cookie on the
 * handshake; anyone else: closed with 1008). The first {@code metrics} frame comes at once, then one after every
 * compute of the figures ({@code cc.metrics.refresh-millis}); the client sends nothing but may send {@code {"type":"refresh"}} for a frame now.
 * Frames: docs/WEBSOCKETS.md.
 */
@ServerEndpoint("/ws/supervisor")
public class SupervisorEndpoint {
    static final int MAX_MESSAGE = 1024;

    @Inject
    Users users;
    @Inject
    SupervisorSessions sessions;

    @OnOpen
    public void open(Session session) throws IOException {
        Principal principal = session.getUserPrincipal();
        Optional<User> user = principal == null ? Optional.empty() : users.byUsername(principal.getName());
        if (user.isEmpty() || !(user.get().roles().contains(Role.SUPERVISOR) || user.get().roles().contains(Role.ADMIN))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    principal == null ? "authentication required" : "the supervisor or admin role is required"));
            return;
        }
        session.setMaxTextMessageBufferSize(MAX_MESSAGE);
        sessions.add(session);
    }

    @OnMessage
    public void message(Session session, String text) {
        SocketFrames.Read read = SocketFrames.read(text);
        if (read.refusal() != null) {
            SocketFrames.send(session, read.refusal());
            return;
        }
        String type = SocketFrames.string(read.request(), "type");
        if ("refresh".equals(type)) {
            sessions.refresh(session);
        } else {
            SocketFrames.send(session, SocketFrames.error(SocketFrames.string(read.request(), "ref"), "unknown-type",
                    "the supervisor socket takes only {\"type\":\"refresh\"}", "type"));
        }
    }

    @OnClose
    public void close(Session session) {
        sessions.remove(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        sessions.remove(session);
    }
}
