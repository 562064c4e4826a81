package org.contactcenter.routing.records.boundary;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.contactcenter.routing.platform.Database;
import org.contactcenter.routing.records.control.DeliveryLoop;
import org.contactcenter.routing.records.control.FileSink;
import org.contactcenter.routing.records.control.KafkaSink;
import org.contactcenter.routing.records.control.RecordSink;
import org.contactcenter.routing.records.control.RecordSink.Outgoing;
import org.contactcenter.routing.records.control.WebhookSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Streams the records' outbox to the configured sinks ({@code cc.records.sinks}: file, webhook, kafka). Each sink has
 * its own thread (a {@link DeliveryLoop} from the managed thread factory, ended and joined at undeploy) and its own
 * cursor in the database (cc_record_sink: the last outbox number it has): it reads the next records after its cursor
 * in order, hands them over, and only then moves its cursor. It delivers as soon as the routing journal commits new
 * rows ({@link RecordsWritten} wakes it), and polls every {@code cc.records.poll-millis} as the fallback. A sink that
 * fails is retried with a growing pause (up to {@code cc.records.retry-max-seconds}); the others go on, and the outbox
 * keeps what it has not taken. Rows every configured sink has are purged. Backlog, lag and failures are metrics and
 * health data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordDelivery {
    private static final Logger LOG = Logger.getLogger(RecordDelivery.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    Clock clock;
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;
    @Inject
    @ConfigProperty(name = "cc.records.sinks", defaultValue = "file")
    List<String> sinkNames;
    @Inject
    @ConfigProperty(name = "cc.records.file.directory", defaultValue = "./data/records")
    String fileDirectory;
    @Inject
    @ConfigProperty(name = "cc.records.file.max-bytes", defaultValue = "67108864")
    long fileMaxBytes;
    @Inject
    @ConfigProperty(name = "cc.records.webhook.url")
    Optional<String> webhookUrl;
    @Inject
    @ConfigProperty(name = "cc.records.webhook.authorization")
    Optional<String> webhookAuthorization;
    @Inject
    @ConfigProperty(name = "cc.records.kafka.bootstrap-servers")
    Optional<String> kafkaServers;
    @Inject
    @ConfigProperty(name = "cc.records.kafka.topic", defaultValue = "contact-records")
    String kafkaTopic;
    @Inject
    @ConfigProperty(name = "cc.records.kafka.properties")
    Optional<String> kafkaProperties;
    @Inject
    @ConfigProperty(name = "cc.records.sink-timeout-seconds", defaultValue = "10")
    int timeoutSeconds;
    @Inject
    @ConfigProperty(name = "cc.records.batch-size", defaultValue = "500")
    int batchSize;
    @Inject
    @ConfigProperty(name = "cc.records.poll-millis", defaultValue = "100")
    long pollMillis;
    @Inject
    @ConfigProperty(name = "cc.records.retry-max-seconds", defaultValue = "30")
    long retryMaxSeconds;

    /** What the health check and the metrics show of one sink. */
    public record SinkState(String name, long deliveredSeq, long backlog, double lagSeconds, OffsetDateTime failingSince, String lastError) {
    }

    private final Map<String, Runner> runners = new LinkedHashMap<>();
    private volatile boolean stopped;
    private ScheduledFuture<?> purge;

    @PostConstruct
    void start() {
        for (String name : sinkNames) {
            String n = name.trim();
            if (n.isEmpty() || "none".equals(n)) {
                continue;
            }
            RecordSink sink = sink(n);
            runners.put(n, new Runner(sink));
        }
        for (Runner r : runners.values()) {
            r.thread = threads.newThread(r.loop);
            r.thread.setName("contact-records-" + r.sink.name());
            r.thread.start();
        }
        purge = scheduler.scheduleWithFixedDelay(this::purge, 10, 10, TimeUnit.SECONDS);
        LOG.info("Contact records streamed to " + (runners.isEmpty() ? "no sink" : String.join(", ", runners.keySet())));
    }

    private RecordSink sink(String name) {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        return switch (name) {
            case "file" -> new FileSink(Path.of(fileDirectory), fileMaxBytes, clock);
            case "webhook" -> new WebhookSink(URI.create(webhookUrl.orElseThrow(() -> new IllegalStateException(
                    "cc.records.sinks names webhook: set cc.records.webhook.url"))), webhookAuthorization.orElse(null), timeout);
            case "kafka" -> new KafkaSink(kafkaServers.orElseThrow(() -> new IllegalStateException(
                    "cc.records.sinks names kafka: set cc.records.kafka.bootstrap-servers")), kafkaTopic, kafkaSettings(), timeout.toMillis());
            default -> throw new IllegalStateException("cc.records.sinks: unknown sink " + name + " (file, webhook, kafka)");
        };
    }

    private Map<String, String> kafkaSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String entry : kafkaProperties.map(p -> p.split(",")).orElse(new String[0])) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("cc.records.kafka.properties: give name=value pairs separated by commas, not " + entry);
            }
            settings.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return settings;
    }

    /**
     * The routing journal committed a batch, and with it new outbox rows: every sink delivers now instead of at its
     * next poll. Runs on the journal's writer: it only wakes the sinks' threads.
     */
    public void written(@Observes RecordsWritten written) {
        for (Runner r : runners.values()) {
            r.loop.wake();
        }
    }

    /** The sinks' states, for /health and /metrics. */
    public List<SinkState> states() {
        List<SinkState> states = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long highest = highest(c);
            for (Runner r : runners.values()) {
                long cursor = r.cursor;
                OffsetDateTime oldest = oldestAfter(c, cursor);
                double lag = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
                states.add(new SinkState(r.sink.name(), cursor, Math.max(0, highest - cursor), lag, r.failingSince, r.lastError));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the records' outbox could not be read: " + e.getMessage(), e);
        }
        return states;
    }

    /**
     * One sink: its cursor and state, and its delivery loop on a thread of its own (woken by each commit of the
     * routing journal, polling as the fallback).
     */
    private final class Runner implements DeliveryLoop.Outcome {
        final RecordSink sink;
        final DeliveryLoop loop;
        Thread thread;
        volatile long cursor = -1;
        volatile OffsetDateTime failingSince;
        volatile String lastError;

        Runner(RecordSink sink) {
            this.sink = sink;
            this.loop = new DeliveryLoop(this::deliverOnce, this, batchSize, pollMillis, TimeUnit.SECONDS.toMillis(retryMaxSeconds));
            metrics.gauge("cc_records_sink_backlog", this, RecordDelivery.this::backlog, new Tag("sink", sink.name()));
            metrics.gauge("cc_records_sink_lag_seconds", this, RecordDelivery.this::lagSeconds, new Tag("sink", sink.name()));
        }

        @Override
        public void delivered(int records) {
            if (failingSince != null) {
                LOG.info("Contact records reach the " + sink.name() + " sink again");
            }
            failingSince = null;
            lastError = null;
        }

        @Override
        public void failed(Exception e, long retryInMillis) {
            metrics.counter("cc_records_sink_failures_total", new Tag("sink", sink.name())).inc();
            if (failingSince == null) {
                failingSince = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                LOG.log(Level.WARNING, "Contact records cannot reach the " + sink.name() + " sink; they wait in the outbox: " + e);
            }
            lastError = String.valueOf(e.getMessage());
        }

        int deliverOnce() throws Exception {
            List<Outgoing> records = new ArrayList<>();
            try (Connection c = dataSource.getConnection()) {
                if (cursor < 0) {
                    cursor = cursorOf(c, sink.name());
                }
                try (PreparedStatement q = c.prepareStatement("select seq, contact_id, last_updated_at, payload from cc_record_outbox "
                        + "where seq > ? order by seq fetch first " + batchSize + " rows only")) {
                    q.setLong(1, cursor);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            records.add(new Outgoing(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4)));
                        }
                    }
                }
            }
            if (records.isEmpty()) {
                return 0;
            }
            sink.deliver(records);
            long last = records.get(records.size() - 1).seq();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement u = c.prepareStatement("update cc_record_sink set delivered_seq = ?, delivered_at = ? where name = ?")) {
                u.setLong(1, last);
                u.setObject(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
                u.setString(3, sink.name());
                u.executeUpdate();
            }
            cursor = last;
            metrics.counter("cc_records_delivered_total", new Tag("sink", sink.name())).inc(records.size());
            return records.size();
        }
    }

    private long backlog(Runner r) {
        try (Connection c = dataSource.getConnection()) {
            return Math.max(0, highest(c) - Math.max(0, r.cursor));
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Seconds since the oldest record the sink does not have yet was written (0: it has them all). */
    private double lagSeconds(Runner r) {
        try (Connection c = dataSource.getConnection()) {
            OffsetDateTime oldest = oldestAfter(c, Math.max(0, r.cursor));
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The sink's cursor; a sink seen for the first time starts at the beginning of what the outbox holds. */
    private static long cursorOf(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select delivered_seq from cc_record_sink where name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement i = c.prepareStatement("insert into cc_record_sink (name, delivered_seq) values (?, 0)")) {
            i.setString(1, name);
            i.executeUpdate();
        }
        return 0;
    }

    private static long highest(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select coalesce(max(seq), 0) from cc_record_outbox"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static OffsetDateTime oldestAfter(Connection c, long cursor) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select last_updated_at from cc_record_outbox where seq > ? order by seq fetch first 1 rows only")) {
            q.setLong(1, cursor);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
            }
        }
    }

    /** Deletes what every configured sink has (all of it when none is configured), a bounded chunk at a time. */
    private void purge() {
        try (Connection c = dataSource.getConnection()) {
            long upTo = Long.MAX_VALUE;
            for (Runner r : runners.values()) {
                upTo = Math.min(upTo, r.cursor);
            }
            if (upTo <= 0) {
                return;
            }
            try (PreparedStatement d = c.prepareStatement("delete from cc_record_outbox where seq <= ?")) {
                d.setLong(1, upTo == Long.MAX_VALUE ? highest(c) : upTo);
                d.executeUpdate();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "The records' outbox was not purged now", e);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (purge != null) {
            purge.cancel(false);
        }
        runners.values().forEach(r -> r.loop.stop());
        for (Runner r : runners.values()) {
            if (r.thread == null) {
                continue;
            }
            try {
                r.thread.join(TimeUnit.SECONDS.toMillis(timeoutSeconds) + 1000); // the delivery under way ends within its timeout
                if (r.thread.isAlive()) {
                    r.thread.interrupt(); // its records stay in the outbox: delivered again at the next start
                    r.thread.join(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runners.values().forEach(r -> r.sink.close());
    }
}
