package org.contactcenter.web.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

import org.contactcenter.routing.metrics.boundary.RealtimeFigures;
import org.contactcenter.routing.metrics.boundary.RealtimeMetrics;


/**
 * The open supervisor sockets, and the push that serves them: each new compute of the real-time metrics
 * ({@link RealtimeFigures}, every {@code cc.metrics.refresh-millis}) is sent to every socket at once as a {@code metrics}
 * frame, so a frame is as old as one compute and its sending. A socket still writing the previous frame skips one (a
 * slow client never makes frames pile up in memory).
 */
@ApplicationScoped
public class SupervisorSessions {
    private static final Logger LOG = Logger.getLogger(SupervisorSessions.class.getName());

    @Inject
    RealtimeMetrics metrics;

    private final Map<Session, AtomicBoolean> sessions = new ConcurrentHashMap<>();

    public void add(Session session) {
        sessions.put(session, new AtomicBoolean());
        send(session, sessions.get(session), frame());
    }

    public void remove(Session session) {
        sessions.remove(session);
    }

    /** A frame now for this socket (its {@code refresh}), unless it is still writing the last one. */
    public void refresh(Session session) {
        AtomicBoolean busy = sessions.get(session);
        if (busy != null) {
            send(session, busy, frame());
        }
    }

    public int count() {
        return sessions.size();
    }

    /** New figures (on the metrics' own thread): to every socket now. Only once a supervisor socket has opened. */
    void published(@Observes(notifyObserver = Reception.IF_EXISTS) RealtimeFigures figures) {
        pushAll();
    }

    private void pushAll() {
        try {
            if (sessions.isEmpty()) {
                return;
            }
            String frame = frame();
            sessions.forEach((s, busy) -> send(s, busy, frame));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Real-time metrics could not be pushed now", e);
        }
    }

    String frame() {
        return "{\"type\":\"metrics\",\"metrics\":" + metrics.currentText() + "}"; // the figures' text is rendered once per refresh
    }

    private static void send(Session s, AtomicBoolean busy, String frame) {
        if (!s.isOpen() || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            s.getAsyncRemote().sendText(frame, result -> busy.set(false));
        } catch (RuntimeException e) {
            busy.set(false);
            LOG.log(Level.FINE, "A metrics frame could not be sent to socket " + s.getId(), e);
        }
    }
}
