package org.contactcenter.routing.metrics.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Arrays;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.contactcenter.routing.metrics.control.Facts;
import org.contactcenter.routing.metrics.control.Rollups;
import org.contactcenter.routing.platform.Database;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.records.control.RecordNames;
import org.contactcenter.rules.metrics.QuarterHours;
import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.metrics.Totals;
import org.contactcenter.rules.model.ContactState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Historical metrics (docs/METRICS.md): the interval metrics of the records enqueued in [from, to), per interval
 * (15 minutes, hour, day in a time zone, or the whole range) and per group (queue, agent, routing profile, channel,
 * or none), counted with the same definitions as the real-time metrics ({@link Totals}), so the two never disagree.
 * When the time zone's offsets are whole quarter hours over the range ({@link QuarterHours}), the whole quarter hours
 * of the range are answered by the stored rollups ({@link Rollups}: the ended records) merged with the records not
 * ended yet, and only the partial quarter hours at the edges are read record by record — the same answer as reading
 * every record (RollupsTest), from a few thousand rows instead of up to millions.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistoricalMetrics {
    /** H2's SNAPSHOT isolation (its JDBC level 6): every read of the transaction sees the data as of its first. */
    private static final int H2_SNAPSHOT = 6;
    /** At most this many intervals in one answer. */
    public static final int MAX_INTERVALS = 10_000;

    public enum Interval {
        FIFTEEN_MINUTES, HOUR, DAY, TOTAL
    }

    public enum Grouping {
        NONE, QUEUE, AGENT, ROUTING_PROFILE, CHANNEL
    }

    /** One row: an interval, a group (null for NONE) with its name, and the totals. */
    public record Row(Instant start, Instant end, String group, String name, Totals totals) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    RecordNames names;
    /** Whether whole quarter hours are read from the rollups (false: every record is read, as before V17). */
    @Inject
    @ConfigProperty(name = "cc.metrics.rollups", defaultValue = "true")
    boolean rollups;

    public List<Row> query(Instant from, Instant to, Interval interval, ZoneId zone, Grouping grouping) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw InvalidInput.of("to", "give from and to, from before to");
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw InvalidInput.of("to", "at most 366 days in one query");
        }
        long intervals = switch (interval) {
            case FIFTEEN_MINUTES -> Duration.between(from, to).toMinutes() / 15 + 1;
            case HOUR -> Duration.between(from, to).toHours() + 1;
            case DAY -> Duration.between(from, to).toDays() + 1;
            case TOTAL -> 1;
        };
        if (intervals > MAX_INTERVALS) {
            throw InvalidInput.of("interval", "at most " + MAX_INTERVALS + " intervals: choose a longer interval or a shorter range");
        }
        Map<Instant, Map<String, Totals>> buckets = new TreeMap<>();
        Optional<QuarterHours.Split> split = rollups ? QuarterHours.split(zone, from, to) : Optional.empty();
        try (Connection c = dataSource.getConnection()) {
            boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            if (split.isPresent()) {
                // the rollups and the records not ended yet as of one moment: a contact that ends meanwhile counts once
                c.setTransactionIsolation(h2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
            }
            if (h2) {
                // stream the rows: without it H2 first copies a large result into a temporary file (LocalResult.addRowsToDisk)
                lazy(c, true);
            }
            if (autoCommit) {
                // PostgreSQL honours the fetch size only inside a transaction; otherwise it holds every row in memory
                c.setAutoCommit(false);
            }
            try {
                if (split.isPresent() && Rollups.filled(c)) {
                    QuarterHours.Split s = split.get();
                    read(c, from, from, s.start(), false, interval, zone, grouping, buckets);
                    rollups(c, from, s, interval, zone, grouping, buckets);
                    read(c, from, s.start(), s.end(), true, interval, zone, grouping, buckets);
                    read(c, from, s.end(), to, false, interval, zone, grouping, buckets);
                } else {
                    read(c, from, from, to, false, interval, zone, grouping, buckets);
                }
            } finally {
                c.rollback();
                if (h2) {
                    lazy(c, false);
                }
                c.setAutoCommit(autoCommit);
                if (split.isPresent()) {
                    c.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the contact records could not be read: " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        buckets.forEach((start, groups) -> groups.forEach((group, totals) -> rows.add(new Row(start, end(start, to, interval, zone),
                group.isEmpty() ? null : group, name(group, grouping), totals))));
        return rows;
    }

    /** The states of the records not ended yet (what the rollups do not hold). */
    private static final List<ContactState> LIVE = Arrays.stream(ContactState.values()).filter(s -> s != ContactState.ENDED).toList();

    /**
     * Reads the records queued in [rangeFrom, rangeTo) into the buckets — when {@code live}, only those not ended, one
     * state at a time by index (state, enqueued_at): H2 answers {@code state in (…) and enqueued_at …} by walking the
     * whole index.
     */
    private void read(Connection c, Instant from, Instant rangeFrom, Instant rangeTo, boolean live, Interval interval, ZoneId zone, Grouping grouping,
            Map<Instant, Map<String, Totals>> buckets) throws SQLException {
        if (!rangeFrom.isBefore(rangeTo)) {
            return;
        }
        for (ContactState state : live ? LIVE : java.util.Collections.<ContactState>singletonList(null)) {
            read(c, from, rangeFrom, rangeTo, state, interval, zone, grouping, buckets);
        }
    }

    private void read(Connection c, Instant from, Instant rangeFrom, Instant rangeTo, ContactState state, Interval interval, ZoneId zone,
            Grouping grouping, Map<Instant, Map<String, Totals>> buckets) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select " + Facts.COLUMNS + " from cc_contact c where " + (state != null ? "c.state = ? and " : "")
                + "c.enqueued_at >= ? and c.enqueued_at < ?")) {
            int p = 1;
            if (state != null) {
                q.setString(p++, state.name());
            }
            q.setObject(p++, OffsetDateTime.ofInstant(rangeFrom, ZoneOffset.UTC));
            q.setObject(p, OffsetDateTime.ofInstant(rangeTo, ZoneOffset.UTC));
            q.setFetchSize(5000);
            if (q.isWrapperFor(org.postgresql.PGStatement.class)) {
                // binary results at once (the driver otherwise asks for text until the 5th execution): parsing six text
                // timestamps a row was the largest part of a query over a million records on PostgreSQL
                q.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
            }
            // the interval of the previous row: rows mostly come in enqueue order, so its bounds are computed once per interval
            long currentStart = Long.MAX_VALUE;
            long currentEnd = Long.MIN_VALUE;
            Map<String, Totals> current = null;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    RecordFacts f = Facts.of(rs, names.agentQueue(rs.getString(3)));
                    String group = group(f, grouping);
                    if (grouping != Grouping.NONE && group == null) {
                        continue;
                    }
                    long enqueued = f.enqueuedAt();
                    if (enqueued < currentStart || enqueued >= currentEnd) {
                        Instant start = start(Instant.ofEpochMilli(enqueued), from, interval, zone);
                        currentStart = start.toEpochMilli();
                        currentEnd = interval == Interval.TOTAL ? Long.MAX_VALUE : next(start, interval, zone).toEpochMilli();
                        current = buckets.computeIfAbsent(start, k -> new TreeMap<>());
                    }
                    current.computeIfAbsent(group == null ? "" : group, k -> new Totals()).add(f, 1);
                }
            }
        }
    }

    /** Adds the stored rollups of the whole quarter hours of the split to the buckets (the center: the sum over channels). */
    private static void rollups(Connection c, Instant from, QuarterHours.Split split, Interval interval, ZoneId zone, Grouping grouping,
            Map<Instant, Map<String, Totals>> buckets) throws SQLException {
        Rollups.By by = grouping == Grouping.NONE ? Rollups.By.CHANNEL : Rollups.By.valueOf(grouping.name());
        Rollups.read(c, by, split.start(), split.end(), (quarter, group, totals) -> {
            // a whole quarter hour lies in one interval: the zone's offsets are whole quarter hours (QuarterHours.aligned)
            Instant start = start(Instant.ofEpochMilli(quarter), from, interval, zone);
            buckets.computeIfAbsent(start, k -> new TreeMap<>()).computeIfAbsent(grouping == Grouping.NONE ? "" : group, k -> new Totals()).merge(totals);
        });
    }

    private static void lazy(Connection c, boolean on) throws SQLException {
        execute(c, "SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String group(RecordFacts f, Grouping grouping) {
        return grouping == Grouping.NONE ? null : Rollups.By.valueOf(grouping.name()).of(f);
    }

    private String name(String group, Grouping grouping) {
        return switch (grouping) {
            case QUEUE -> names.queue(group);
            case AGENT -> names.username(group);
            case ROUTING_PROFILE -> names.profile(group);
            default -> null;
        };
    }

    /** The start of the interval holding {@code t}: a quarter hour, hour or day of the zone's clock; the range's start for TOTAL. */
    static Instant start(Instant t, Instant from, Interval interval, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        return switch (interval) {
            case FIFTEEN_MINUTES -> z.truncatedTo(ChronoUnit.HOURS).plusMinutes(z.getMinute() / 15 * 15L).toInstant();
            case HOUR -> z.truncatedTo(ChronoUnit.HOURS).toInstant();
            case DAY -> z.toLocalDate().atStartOfDay(zone).toInstant();
            case TOTAL -> from;
        };
    }

    private static Instant end(Instant start, Instant to, Interval interval, ZoneId zone) {
        Instant end = interval == Interval.TOTAL ? to : next(start, interval, zone);
        return end.isAfter(to) ? to : end;
    }

    /** The start of the interval after the one starting at {@code start} (not for TOTAL). */
    private static Instant next(Instant start, Interval interval, ZoneId zone) {
        return switch (interval) {
            case FIFTEEN_MINUTES -> start.plus(15, ChronoUnit.MINUTES);
            case HOUR -> start.atZone(zone).plusHours(1).toInstant();
            case DAY -> start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case TOTAL -> throw new IllegalArgumentException("TOTAL has no next interval");
        };
    }
}
