package org.contactcenter.routing.hours.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.platform.ConfigurationChanged;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.queues.entity.QueueType;
import org.contactcenter.rules.hours.Schedule;

/**
 * Enforces hours of operation with EJB timers: one non-persistent timer per hours of operation, armed for the exact
 * instant of its next open/close transition (in its time zone, with overrides and daylight-saving changes). When it
 * fires, {@link QueueOpened} or {@link QueueClosed} is fired for every standard queue on those hours and the next
 * transition is armed. Start-up and every change of an hours of operation recompute the timers (they are not
 * persistent: nothing stale survives a restart). No polling.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class HoursTimers {
    private static final Logger LOG = Logger.getLogger(HoursTimers.class.getName());

    @PersistenceContext
    EntityManager em;
    @Resource
    TimerService timers;
    @Inject
    Clock clock;
    @Inject
    Event<QueueOpened> opened;
    @Inject
    Event<QueueClosed> closed;

    private final Map<String, Boolean> openByHours = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastTransitionAt = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lastTransitionOpen = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        em.createNamedQuery(HoursOfOperation.ALL, HoursOfOperation.class).getResultList().forEach(this::arm);
    }

    /** Open now and the next change for a queue; agent queues are always open. */
    @Lock(LockType.READ)
    public QueueStatus status(String queueId) {
        Queue queue = em.find(Queue.class, queueId);
        if (queue == null) {
            throw new NotFound("Queue", queueId);
        }
        if (queue.type() == QueueType.AGENT) {
            return new QueueStatus(queueId, true, null, null, null);
        }
        HoursOfOperation hours = queue.hoursOfOperation();
        Schedule schedule = hours.schedule();
        Instant now = clock.instant();
        return new QueueStatus(queueId, schedule.isOpen(now), schedule.nextChange(now).orElse(null),
                lastTransitionOpen.get(hours.id()), lastTransitionAt.get(hours.id()));
    }

    /** Open now and the next change for an hours of operation. */
    @Lock(LockType.READ)
    public HoursStatus hoursStatus(String hoursId) {
        HoursOfOperation hours = em.find(HoursOfOperation.class, hoursId);
        if (hours == null) {
            throw new NotFound("Hours of operation", hoursId);
        }
        return HoursStatus.of(hoursId, hours.schedule(), clock.instant());
    }

    @Timeout
    void transition(Timer timer) {
        String hoursId = (String) timer.getInfo();
        HoursOfOperation hours = em.find(HoursOfOperation.class, hoursId);
        if (hours == null) {
            return;
        }
        Instant now = clock.instant();
        boolean open = hours.schedule().isOpen(now);
        Boolean before = openByHours.put(hoursId, open);
        if (before == null || before != open) {
            lastTransitionOpen.put(hoursId, open);
            lastTransitionAt.put(hoursId, now);
            for (Queue queue : em.createNamedQuery(Queue.BY_HOURS, Queue.class).setParameter("hours", hours).getResultList()) {
                if (open) {
                    opened.fire(new QueueOpened(queue.id(), hoursId, now));
                } else {
                    closed.fire(new QueueClosed(queue.id(), hoursId, now));
                }
            }
            LOG.info(() -> "Hours of operation " + hours.name() + (open ? " opened" : " closed"));
        }
        arm(hours);
    }

    /** Hours of operation changed: recompute its timer once the change has committed. */
    public void configurationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        if (change.type() != HoursOfOperation.class) {
            return;
        }
        HoursOfOperation hours = em.find(HoursOfOperation.class, change.id());
        if (hours == null) {
            cancel(change.id());
            openByHours.remove(change.id());
        } else {
            arm(hours);
        }
    }

    private void arm(HoursOfOperation hours) {
        cancel(hours.id());
        Schedule schedule = hours.schedule();
        Instant now = clock.instant();
        openByHours.putIfAbsent(hours.id(), schedule.isOpen(now));
        schedule.nextChange(now).ifPresent(next ->
                timers.createSingleActionTimer(Date.from(next), new TimerConfig(hours.id(), false)));
    }

    private void cancel(String hoursId) {
        for (Timer timer : timers.getTimers()) {
            if (hoursId.equals(timer.getInfo())) {
                timer.cancel();
            }
        }
    }
}
