package org.contactcenter.routing.engine.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.contactcenter.routing.engine.control.RoutingTimer;

/**
 * The routing engine's EJB timers (queue delays, after-contact work, reconnect grace), armed for the exact instants
 * they fall due (no polling; not persistent: a restart re-arms them from the restored state). Timers asked for
 * while the application deploys are kept until {@link #ready()} (EJB timers armed during deployment never fire).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingTimers {
    private static final Logger LOG = Logger.getLogger(RoutingTimers.class.getName());

    @Resource
    TimerService timers;
    @Inject
    Clock clock;
    @EJB
    RoutingEngine engine;

    /** timers asked for before the application runs; null once armed */
    private List<Map.Entry<RoutingTimer, Instant>> deferred = new ArrayList<>();

    public void arm(RoutingTimer info, Instant at) {
        synchronized (this) {
            if (deferred != null) {
                deferred.add(Map.entry(info, at));
                return;
            }
        }
        Instant now = clock.instant();
        timers.createSingleActionTimer(Date.from(at.isBefore(now) ? now : at), new TimerConfig(info, false));
    }

    /** The application runs: the timers kept meanwhile are armed (a due one fires at once). */
    public void ready() {
        List<Map.Entry<RoutingTimer, Instant>> due;
        synchronized (this) {
            due = deferred;
            deferred = null;
        }
        if (due != null) {
            due.forEach(t -> arm(t.getKey(), t.getValue()));
            LOG.fine(() -> due.size() + " timers of the restored routing state armed");
        }
    }

    @Timeout
    void timeout(Timer timer) {
        if (timer.getInfo() instanceof RoutingTimer info) {
            engine.timerFired(info);
        }
    }
}
