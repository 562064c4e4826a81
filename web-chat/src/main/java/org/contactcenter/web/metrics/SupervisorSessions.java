package org.contactcenter.web.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

import org.contactcenter.routing.metrics.boundary.RealtimeMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * The open supervisor sockets, and the push that serves them: while at least one is open, the real-time metrics
 * are sent to each every {@code cc.metrics.push-millis} as a {@code metrics} frame. A socket still writing the
 * previous frame skips one (a slow client never makes frames pile up in memory).
 */
@ApplicationScoped
public class SupervisorSessions {
    private static final Logger LOG = Logger.getLogger(SupervisorSessions.class.getName());

    @Inject
    RealtimeMetrics metrics;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "cc.metrics.push-millis", defaultValue = "1000")
    long pushMillis;

    private final Map<Session, AtomicBoolean> sessions = new ConcurrentHashMap<>();
    private ScheduledFuture<?> push;

    public synchronized void add(Session session) {
        sessions.put(session, new AtomicBoolean());
        send(session, sessions.get(session), frame());
        if (push == null) {
            push = scheduler.scheduleWithFixedDelay(this::pushAll, pushMillis, pushMillis, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void remove(Session session) {
        sessions.remove(session);
        if (sessions.isEmpty() && push != null) {
            push.cancel(false);
            push = null;
        }
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

    @PreDestroy
    synchronized void stop() {
        if (push != null) {
            push.cancel(false);
        }
    }
}
