package org.contactcenter.routing.metrics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.rules.metrics.QuarterHours;
import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.metrics.Totals;
import org.contactcenter.rules.model.ContactState;

/**
 * The quarter-hour rollups of the interval metrics (table {@code cc_metrics_rollup}, V17; docs/METRICS.md): per UTC
 * quarter hour of the enqueue time and per group, the {@link Totals} of the records that are final (ENDED). The routing
 * journal {@link #add adds} a record's contribution in the transaction that writes it ENDED — the journal has one
 * writer, so rows are updated or inserted without races —; {@link #fill} computes them all from the records (at start,
 * when {@code cc_metrics_rollup_fill} is empty); the historical query {@link #read reads} them.
 */
public final class Rollups {
    /** The groups a record's contribution is kept for; the center (no grouping) is the sum over CHANNEL. */
    public enum By {
        QUEUE, AGENT, ROUTING_PROFILE, CHANNEL;

        /** The group a record counts in (null: none): standard queues; the agent and profile of an answered contact; its channel. */
        public String of(RecordFacts f) {
            return switch (this) {
                case QUEUE -> f.agentQueue() ? null : f.queueId();
                case AGENT -> f.answered() ? f.agentId() : null;
                case ROUTING_PROFILE -> f.answered() ? f.profileId() : null;
                case CHANNEL -> f.channel().name();
            };
        }
    }

    /** One rollup row's key: the grouping, the quarter hour's start (epoch milliseconds), the group. */
    public record Key(By by, long quarter, String group) {
    }

    /** What {@link #read} hands over: one stored row. */
    @FunctionalInterface
    public interface RowHandler {
        void row(long quarter, String group, Totals totals);
    }

    private static final String COLUMNS = String.join(", ", Totals.FIELDS);
    private static final String UPDATE;
    private static final String INSERT = "insert into cc_metrics_rollup (group_by, quarter_start, group_id, " + COLUMNS + ") values (?, ?, ?"
            + ", ?".repeat(Totals.FIELDS.size()) + ")";
    private static final String READ = "select quarter_start, group_id, " + COLUMNS
            + " from cc_metrics_rollup where group_by = ? and quarter_start >= ? and quarter_start < ?";

    static {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < Totals.FIELDS.size(); i++) {
            String f = Totals.FIELDS.get(i);
            sets.add(i == Totals.MAX_QUEUED_INDEX ? f + " = greatest(" + f + ", ?)" : f + " = " + f + " + ?");
        }
        UPDATE = "update cc_metrics_rollup set " + String.join(", ", sets) + " where group_by = ? and quarter_start = ? and group_id = ?";
    }

    private Rollups() {
    }

    /** What these records contribute, per rollup row. */
    public static Map<Key, Totals> contributions(Iterable<RecordFacts> records) {
        Map<Key, Totals> sums = new LinkedHashMap<>();
        for (RecordFacts f : records) {
            contribute(f, sums);
        }
        return sums;
    }

    private static void contribute(RecordFacts f, Map<Key, Totals> sums) {
        long quarter = QuarterHours.floor(f.enqueuedAt());
        for (By by : By.values()) {
            String group = by.of(f);
            if (group != null) {
                sums.computeIfAbsent(new Key(by, quarter, group), k -> new Totals()).add(f, 1);
            }
        }
    }

    /**
     * The contacts of a journal batch that become final now: ENDED (and once queued) and not stored ENDED before — read
     * before the batch's updates, on its connection (the journal is the only writer of contacts, so nothing changes them
     * between); {@code fresh}: the ids the batch inserts.
     */
    public static List<RecordFacts> endingNow(Connection connection, Collection<Contact> contacts, Set<String> fresh, Predicate<String> agentQueue)
            throws SQLException {
        List<Contact> ended = contacts.stream().filter(c -> c.state() == ContactState.ENDED && c.enqueuedAt() != null).toList();
        if (ended.isEmpty()) {
            return List.of();
        }
        Set<String> endedBefore = new HashSet<>();
        List<String> stored = ended.stream().map(Contact::id).filter(id -> !fresh.contains(id)).toList();
        for (int from = 0; from < stored.size(); from += ENDED_CHUNK) {
            List<String> chunk = stored.subList(from, Math.min(stored.size(), from + ENDED_CHUNK));
            try (PreparedStatement q = connection.prepareStatement("select id from cc_contact where state = 'ENDED' and id in ("
                    + "?, ".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    q.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        endedBefore.add(rs.getString(1));
                    }
                }
            }
        }
        return ended.stream().filter(c -> !endedBefore.contains(c.id())).map(c -> Facts.of(c, agentQueue.test(c.queueId()))).toList();
    }

    private static final int ENDED_CHUNK = 100;

    /** Adds these final records' contributions, on the caller's connection and in its transaction (the journal's). */
    public static void add(Connection c, Iterable<RecordFacts> finals) throws SQLException {
        Map<Key, Totals> sums = contributions(finals);
        if (sums.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Totals>> entries = new ArrayList<>(sums.entrySet());
        List<Map.Entry<Key, Totals>> missing = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            for (Map.Entry<Key, Totals> e : entries) {
                int i = values(update, 1, e.getValue());
                key(update, i, e.getKey());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missing.add(entries.get(i));
                } else if (counts[i] < 0) {
                    throw new IllegalStateException("the database did not say which rollup rows it updated");
                }
            }
        }
        insert(c, missing);
    }

    private static void insert(Connection c, List<Map.Entry<Key, Totals>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Map.Entry<Key, Totals> e : rows) {
                key(insert, 1, e.getKey());
                values(insert, 4, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int key(PreparedStatement s, int at, Key k) throws SQLException {
        s.setString(at, k.by().name());
        s.setObject(at + 1, OffsetDateTime.ofInstant(Instant.ofEpochMilli(k.quarter()), ZoneOffset.UTC));
        s.setString(at + 2, k.group());
        return at + 3;
    }

    private static int values(PreparedStatement s, int at, Totals t) throws SQLException {
        int i = at;
        for (long v : t.values()) {
            s.setLong(i++, v);
        }
        return i;
    }

    /** The stored rows of one grouping whose quarter hours start in [start, end). */
    public static void read(Connection c, By by, Instant start, Instant end, RowHandler handler) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(READ)) {
            q.setString(1, by.name());
            q.setObject(2, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
            q.setObject(3, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
            q.setFetchSize(5000);
            try (ResultSet rs = q.executeQuery()) {
                long[] v = new long[Totals.FIELDS.size()];
                while (rs.next()) {
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(3 + i);
                    }
                    handler.row(rs.getTimestamp(1).getTime(), rs.getString(2), Totals.of(v));
                }
            }
        }
    }

    /** Whether the rollups hold every ended record (the fill has run since V17 or since its marker was deleted). */
    public static boolean filled(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from cc_metrics_rollup_fill")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /**
     * Computes every rollup row from the ended records, in one transaction of its own on {@code c} (idempotent: it
     * empties the table first and marks the fill done last). Call before the routing journal writes (at start). Returns
     * the records counted.
     */
    public static long fill(Connection c, Instant now) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Set<String> agentQueues = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from cc_queue where type = 'AGENT'")) {
                while (rs.next()) {
                    agentQueues.add(rs.getString(1));
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from cc_metrics_rollup");
                s.executeUpdate("delete from cc_metrics_rollup_fill");
            }
            long records = fillFrom(c, agentQueues::contains);
            try (PreparedStatement mark = c.prepareStatement("insert into cc_metrics_rollup_fill (id, filled_at, records) values (1, ?, ?)")) {
                mark.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                mark.setLong(2, records);
                mark.executeUpdate();
            }
            c.commit();
            return records;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Reads the ended records in enqueue order and inserts each quarter hour's rows once it is complete. */
    private static long fillFrom(Connection c, Predicate<String> agentQueue) throws SQLException {
        long records = 0;
        try (PreparedStatement q = c.prepareStatement("select " + Facts.COLUMNS + " from cc_contact c where c.state = 'ENDED' "
                + "and c.enqueued_at is not null order by c.enqueued_at")) {
            q.setFetchSize(5000);
            Map<Key, Totals> quarter = new LinkedHashMap<>();
            long current = Long.MIN_VALUE;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    RecordFacts f = Facts.of(rs, agentQueue.test(rs.getString(3)));
                    long start = QuarterHours.floor(f.enqueuedAt());
                    if (start != current) {
                        insert(c, new ArrayList<>(quarter.entrySet()));
                        quarter.clear();
                        current = start;
                    }
                    contribute(f, quarter);
                    records++;
                }
            }
            insert(c, new ArrayList<>(quarter.entrySet()));
        }
        return records;
    }
}
