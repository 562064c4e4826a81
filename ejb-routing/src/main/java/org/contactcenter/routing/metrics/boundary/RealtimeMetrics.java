package org.contactcenter.routing.metrics.boundary;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import javax.sql.DataSource;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.metrics.control.DayTotals;
import org.contactcenter.routing.metrics.control.AgentRows;
import org.contactcenter.routing.metrics.control.Facts;
import org.contactcenter.routing.metrics.control.FigureJson;
import org.contactcenter.routing.metrics.control.TodayTotals;
import org.contactcenter.routing.platform.Database;
import org.contactcenter.routing.records.boundary.RecordsWritten;
import org.contactcenter.routing.records.control.RecordNames;
import org.contactcenter.rules.metrics.Gauges;
import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.metrics.Totals;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.router.RouterSnapshot;
import org.contactcenter.rules.router.RouterSnapshot.AgentLoad;
import org.contactcenter.rules.router.RouterSnapshot.QueueLoad;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Real-time metrics (docs/METRICS.md): gauges from the router's live state, and today's interval metrics (since
 * midnight in {@code cc.metrics.time-zone}) kept up to date from every record the routing journal commits — each
 * live contact's contribution is taken back and added again as its record changes, so the figures are exact, not
 * sampled. At start, today's records are read back from the database.
 * <p>
 * The figures are computed every {@code cc.metrics.refresh-millis} on a thread of their own (not the shared managed
 * scheduler, whose tasks run seconds late under load), off the request path: it copies today's totals under their
 * monitor ({@link TodayTotals}, which {@link #recorded} takes for each committed batch; the copy is short), then takes the router's
 * snapshot and builds the figures outside it. {@link #current} only reads the latest figures: the REST API, /metrics and
 * the supervisors' sockets never wait for a compute, and what they get is at most the period and one compute old. Each
 * refresh is announced ({@link RealtimeFigures}): the supervisors' sockets push it at once.
 */
@Singleton
@Startup
@DependsOn("RoutingEngine")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RealtimeMetrics {
    private static final Logger LOG = Logger.getLogger(RealtimeMetrics.class.getName());

    @EJB
    RoutingEngine engine;
    @Inject
    RecordNames names;
    @Inject
    Clock clock;
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "cc.metrics.time-zone", defaultValue = "system")
    String zoneName;
    @Inject
    @ConfigProperty(name = "cc.metrics.refresh-millis", defaultValue = "1000")
    long refreshMillis;
    @Resource
    ManagedThreadFactory threads;
    @Resource
    jakarta.ejb.SessionContext self;
    @Inject
    jakarta.enterprise.event.Event<RealtimeFigures> published;

    private ZoneId zone;
    private TodayTotals totals;
    /** records read at start up to this update are counted already */
    private OffsetDateTime loadedUpTo;
    /** the agents' rows (what each was last seen doing, since when; its rendered metrics); the compute's alone */
    private final AgentRows agentRows = new AgentRows();
    @Inject
    @org.eclipse.microprofile.metrics.annotation.RegistryScope(scope = org.eclipse.microprofile.metrics.MetricRegistry.APPLICATION_SCOPE)
    org.eclipse.microprofile.metrics.MetricRegistry registry;

    /** The metrics of each queue (and of the center: key "") that /metrics shows as gauges. */
    static final java.util.List<String> EXPORTED = java.util.List.of("contactsInQueue", "oldestContactAge", "agentsOnline", "agentsStaffed",
            "agentsAvailable", "agentsOnContact", "agentsAfterContactWork", "agentsNonProductive", "agentsError", "availabilitySlots",
            "occupancy", "contactsQueued", "contactsHandled", "contactsAbandoned", "agentNonResponse", "averageHandleTime",
            "averageQueueAnswerTime", "averageQueueAbandonTime", "serviceLevel20", "serviceLevel60");
    private final Set<String> exported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Map<String, JsonObject> byQueue = Map.of();
    private volatile JsonObject latest;
    /** the latest figures as JSON text, written once for every answer and push that wants them */
    private volatile Text latestText;
    /** held by the compute (the timer's, or the first answer's before the timer's first) */
    private final Object computing = new Object();
    private Thread refresher;
    /** the refresh thread waits on it; {@link #stop} wakes it */
    private final Object tick = new Object();
    private boolean stopping;
    private org.eclipse.microprofile.metrics.Timer computeTimer;
    /** the compute's CPU time (its wall-clock time, above, includes waiting for a CPU on a busy machine) */
    private org.eclipse.microprofile.metrics.Timer computeCpuTimer;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** the wallboard's chart: contacts in queue every 5 s over the last 10 minutes */
    private final QueueHistory history = new QueueHistory(5000, 120);

    @PostConstruct
    void load() {
        zone = "system".equals(zoneName) ? ZoneId.systemDefault() : ZoneId.of(zoneName);
        totals = new TodayTotals(clock, zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        OffsetDateTime since = today.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        int count = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select " + Facts.COLUMNS + ", c.last_updated_at from cc_contact c where c.enqueued_at >= ?")) {
            q.setObject(1, since);
            q.setFetchSize(1000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    RecordFacts f = Facts.of(rs, names.agentQueue(rs.getString(3)));
                    totals.count(f);
                    OffsetDateTime updated = rs.getObject(19, OffsetDateTime.class);
                    if (updated != null && (loadedUpTo == null || updated.isAfter(loadedUpTo))) {
                        loadedUpTo = updated;
                    }
                    count++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("today's contact records could not be read: " + e.getMessage(), e);
        }
        LOG.info("Real-time metrics: " + count + " records of today (" + zone + ") read back");
        computeTimer = registry.timer("cc_metrics_realtime_compute");
        computeCpuTimer = registry.timer("cc_metrics_realtime_compute_cpu");
        // a thread of its own, not the shared managed scheduler: under load that one runs its tasks many seconds late
        refresher = threads.newThread(this::refreshLoop);
        refresher.setName("realtime-metrics");
        refresher.start();
    }

    /** Every refresh period (fixed rate; a late compute is not caught up with a burst) until undeployed. */
    private void refreshLoop() {
        long period = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(Math.max(10, refreshMillis));
        long next = System.nanoTime() + period;
        try {
            while (true) {
                synchronized (tick) {
                    for (long left; !stopping && (left = next - System.nanoTime()) > 0;) {
                        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(tick, left);
                    }
                    if (stopping) {
                        return;
                    }
                }
                try {
                    // through the bean's business interface: the names' entity manager needs the bean's invocation context
                    self.getBusinessObject(RealtimeMetrics.class).refresh();
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.FINE, "The real-time metrics were not refreshed now", e);
                }
                next = Math.max(next + period, System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The timer's task (not for callers): new figures; a failure is logged and the previous figures stay, the timer goes on. */
    public void refresh() {
        JsonObject m;
        try {
            synchronized (computing) {
                publish();
                m = latest;
            }
        } catch (RuntimeException | Error e) {
            LOG.log(java.util.logging.Level.WARNING, "The real-time metrics were not refreshed now", e);
            return;
        }
        try {
            published.fire(new RealtimeFigures(Instant.parse(m.getString("at"))));
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "New real-time metrics could not be announced", e);
        }
    }

    /** A compute; its JSON text is rendered by the first who asks for it ({@link #currentText}), not when nobody does. */
    private void publish() {
        long started = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        JsonObject m = compute();
        export(m);
        history.offer(Instant.parse(m.getString("at")), m);
        latest = m;
        computeTimer.update(java.time.Duration.ofNanos(System.nanoTime() - started));
        computeCpuTimer.update(java.time.Duration.ofNanos(Math.max(0, THREADS.getCurrentThreadCpuTime() - cpu)));
    }

    private record Text(JsonObject of, String text) {
    }

    /** Each queue's contacts in queue over the last 10 minutes, a sample every 5 s ({@link QueueHistory#json}). */
    public JsonObject history() {
        return history.json();
    }

    /** {@link #current} as JSON text, rendered once per refresh (by the first who asks: the supervisors' push, an answer) and shared. */
    public String currentText() {
        JsonObject m = current();
        Text t = latestText;
        if (t == null || t.of() != m) {
            t = new Text(m, m.toString()); // two first askers may both render: the same text
            latestText = t;
        }
        return t.text();
    }

    @PreDestroy
    void stop() {
        synchronized (tick) {
            stopping = true;
            tick.notifyAll();
        }
        if (refresher != null) {
            try {
                refresher.join(5000); // a compute under way ends first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Every committed record: its contribution replaces the one it had. */
    public void recorded(@Observes RecordsWritten written) {
        for (Contact c : written.contacts()) {
            if (loadedUpTo != null && c.lastUpdatedAt() != null && !c.lastUpdatedAt().isAfter(loadedUpTo) || c.enqueuedAt() == null) {
                continue; // read back already, or never queued (ended in its flow): not a queue's contact
            }
            totals.count(Facts.of(c, names.agentQueue(c.queueId())));
        }
    }

    /**
     * The latest figures (computed at most {@code cc.metrics.refresh-millis} and one compute ago), without waiting; only
     * an answer before the timer's first compute waits for it.
     */
    public JsonObject current() {
        JsonObject m = latest;
        if (m != null) {
            return m;
        }
        synchronized (computing) {
            if (latest == null) {
                publish();
            }
            return latest;
        }
    }

    /** Gauges on /metrics for the center and each queue seen (tags: queue name and id); they read the latest figures. */
    private void export(JsonObject m) {
        Map<String, JsonObject> queues = new HashMap<>();
        queues.put("", m.getJsonObject("center"));
        for (var q : m.getJsonArray("queues").getValuesAs(JsonObject.class)) {
            queues.put(q.getString("queueId"), q.getJsonObject("metrics"));
            if (exported.add(q.getString("queueId"))) {
                String id = q.getString("queueId");
                String name = q.getString("name", id);
                for (String metric : EXPORTED) {
                    registry.gauge("cc_queue_" + snake(metric), () -> value(id, metric),
                            new org.eclipse.microprofile.metrics.Tag("queue", name), new org.eclipse.microprofile.metrics.Tag("queueId", id));
                }
            }
        }
        byQueue = queues;
        if (exported.add("")) {
            for (String metric : EXPORTED) {
                registry.gauge("cc_center_" + snake(metric), () -> value("", metric));
            }
        }
    }

    private double value(String queueId, String metric) {
        current();
        JsonObject m = byQueue.get(queueId);
        var v = m == null ? null : m.get(metric);
        return v instanceof jakarta.json.JsonNumber n ? n.doubleValue() : Double.NaN;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Today's totals of the whole center (for /metrics). */
    public Totals today() {
        return totals.center();
    }

    /** The figures now; on the timer's thread (or the first answer's), never under the monitor. */
    private JsonObject compute() {
        RouterSnapshot s = engine.snapshot();
        Map<String, String> statuses = engine.statusNames();
        long now = s.takenAt();
        DayTotals today = totals.todayCopy();
        Map<String, Gauges> queues = new TreeMap<>();
        Map<String, Gauges> profiles = new TreeMap<>();
        Map<Channel, Gauges> channels = new java.util.EnumMap<>(Channel.class);
        Gauges center = new Gauges();
        for (Channel ch : Channel.values()) {
            channels.put(ch, new Gauges());
        }
        for (QueueLoad q : s.queues()) {
            center.waiting(q.waiting(), q.oldestEnqueuedAt());
            channels.get(q.channel()).waiting(q.waiting(), q.oldestEnqueuedAt());
            if (!names.agentQueue(q.queueId())) {
                queues.computeIfAbsent(q.queueId(), k -> new Gauges()).waiting(q.waiting(), q.oldestEnqueuedAt());
            }
        }
        JsonArrayBuilder agents = JSON.createArrayBuilder();
        names.knowUsernames(s.agents().stream().map(AgentLoad::agentId).toList());
        for (AgentLoad a : s.agents()) {
            Map<String, EnumSet<Channel>> served = new HashMap<>();
            EnumSet<Channel> worked = EnumSet.noneOf(Channel.class);
            a.serves().forEach((ch, ids) -> {
                if (a.capacity().getOrDefault(ch, 0) > 0) {
                    worked.add(ch);
                    ids.forEach(id -> served.computeIfAbsent(id, k -> EnumSet.noneOf(Channel.class)).add(ch));
                }
            });
            served.forEach((queueId, chs) -> {
                if (!queueId.equals(a.agentQueueId())) {
                    queues.computeIfAbsent(queueId, k -> new Gauges()).agent(a, chs);
                }
            });
            profiles.computeIfAbsent(a.profileId(), k -> new Gauges()).agent(a, worked);
            worked.forEach(ch -> channels.get(ch).agent(a, EnumSet.of(ch)));
            center.agent(a, worked);
            agents.add(agentRows.row(a, names.username(a.agentId()), statuses.get(a.agentId()), today.agents.get(a.agentId()), now));
        }
        JsonArrayBuilder q = JSON.createArrayBuilder();
        today.queues.keySet().stream().filter(id -> !names.agentQueue(id)).forEach(id -> queues.computeIfAbsent(id, k -> new Gauges()));
        queues.forEach((id, g) -> q.add(FigureJson.entry("queueId", id, names.queue(id), g, today.queues.get(id), now, true)));
        JsonArrayBuilder p = JSON.createArrayBuilder();
        profiles.forEach((id, g) -> p.add(FigureJson.entry("routingProfileId", id, names.profile(id), g, today.profiles.get(id), now, false)));
        JsonArrayBuilder c = JSON.createArrayBuilder();
        channels.forEach((ch, g) -> c.add(FigureJson.entry("channel", ch.name(), null, g, today.channels.get(ch.name()), now, true)));
        return JSON.createObjectBuilder().add("at", Instant.ofEpochMilli(now).toString()).add("timeZone", zone.getId())
                .add("center", FigureJson.metrics(center.metrics(now, true), today.center))
                .add("queues", q).add("routingProfiles", p).add("channels", c).add("agents", agents).build();
    }
}
