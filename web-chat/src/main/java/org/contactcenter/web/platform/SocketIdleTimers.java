package org.contactcenter.web.platform;

import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;

/**
 * Gives the WebSocket container (Tyrus) a scheduler of its own for its sessions' idle timers.
 *
 * <p>Tyrus re-arms a session's idle timer on every frame received and sent, as a task of the server's default
 * managed scheduled executor. Payara's managed executors capture the caller's context for every task, and that
 * capture scans every jar of the application and of the server for a service file (a ServiceLoader lookup, under
 * jar-file locks). At 2,000 chat messages/s that was the center's largest cost: ≈ 23 % of its CPU and most of its
 * lock contention (docs/PERFORMANCE.md). The idle timer's task needs no application context — it only closes a
 * session idle for longer than its maximum idle time — so the container gets a plain scheduled pool whose threads
 * come from the application's {@link ManagedThreadFactory} (container-managed threads), shut down with the
 * application.
 *
 * <p>Tyrus offers no setting for this: the scheduler is its container's private field, set at once here before the
 * first socket opens. If a Tyrus version names it otherwise, nothing changes but the cost (logged as a warning).
 */
@WebListener
public class SocketIdleTimers implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(SocketIdleTimers.class.getName());
    static final String FIELD = "managedScheduledExecutorService";

    @Resource
    ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor scheduler;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
        if (container == null) {
            return;
        }
        try {
            Field field = field(container.getClass());
            field.setAccessible(true);
            ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(1, threads);
            own.setRemoveOnCancelPolicy(true); // re-arming cancels the previous timer: do not keep it queued
            field.set(container, own);
            scheduler = own;
            LOG.info("WebSocket idle timers run on the application's own scheduler");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "WebSocket idle timers stay on the server's managed scheduler (slower under load): " + e, e);
        }
    }

    private static Field field(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(FIELD) && ScheduledExecutorService.class.isAssignableFrom(f.getType())) {
                    return f;
                }
            }
        }
        throw new NoSuchFieldException(FIELD + " in " + type.getName());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
