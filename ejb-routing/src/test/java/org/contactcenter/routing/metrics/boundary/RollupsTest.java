package org.contactcenter.routing.metrics.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Consumer;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.RoutingStore;
import org.contactcenter.routing.engine.control.JournalWrite;
import org.contactcenter.routing.metrics.boundary.HistoricalMetrics.Grouping;
import org.contactcenter.routing.metrics.boundary.HistoricalMetrics.Interval;
import org.contactcenter.routing.metrics.control.Rollups;
import org.contactcenter.routing.records.control.RecordNames;
import org.contactcenter.routing.records.control.RecordOutbox;
import org.contactcenter.rules.model.Channel;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The historical answers from the quarter-hour rollups are the answers of reading every record, row for row and figure
 * for figure: contacts go through the real journal writer (RoutingStore.write, which adds the rollups) on an in-memory
 * H2 migrated by the real Flyway scripts; some end hours after their quarter hour, some are still open at each
 * comparison, some ended records are written again (a transcript stored). Compared for every interval and grouping in
 * zones with +05:30, −03:30 (and a DST change), +05:45 offsets, UTC, New York, and one with +05:20 (not whole quarter
 * hours: read record by record), over aligned and unaligned ranges.
 */
class RollupsTest {
    static final Instant T = Instant.parse("2026-10-31T00:00:00Z");
    static final String[] ZONES = {"UTC", "Asia/Kolkata", "America/St_Johns", "Asia/Kathmandu", "America/New_York", "+05:20"};

    /** Names without JPA: queues q0..q2 standard, aq0 an agent's queue. */
    static final class Names extends RecordNames {
        @Override
        public String queue(String id) {
            return id == null ? null : "Queue " + id;
        }

        @Override
        public boolean agentQueue(String id) {
            return id != null && id.startsWith("aq");
        }

        @Override
        public String username(String id) {
            return id == null ? null : "user-" + id;
        }

        @Override
        public String profile(String id) {
            return id == null ? null : "Profile " + id;
        }

        @Override
        public void knowUsernames(java.util.Collection<String> ids) {
        }
    }

    record Step(long at, int order, Contact contact, Consumer<Contact> change) {
    }

    final JdbcDataSource dataSource = new JdbcDataSource();
    final Names names = new Names();
    final RoutingStore store = new RoutingStore();
    final HistoricalMetrics metrics = new HistoricalMetrics();

    @Test
    void rollupsAnswerAsTheScanDoes() throws Exception {
        dataSource.setURL("jdbc:h2:mem:rollups;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("cc_schema_history").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into cc_queue (id, name, type, version) values ('aq0', 'agent:a0', 'AGENT', 1)");
            Rollups.fill(c, T);
        }
        RecordOutbox outbox = new RecordOutbox();
        set(outbox, "names", names);
        set(store, "dataSource", dataSource);
        set(store, "outbox", outbox);
        set(store, "names", names);
        metrics.dataSource = dataSource;
        metrics.names = names;

        PriorityQueue<Step> steps = plan(new Random(12), 3000);
        Random batches = new Random(5);
        long[] checkpoints = {T.toEpochMilli() + hours(20), T.toEpochMilli() + hours(41), T.toEpochMilli() + hours(75)};
        int next = 0;
        List<JournalWrite> batch = new ArrayList<>();
        java.util.Set<String> fresh = new java.util.HashSet<>();
        while (!steps.isEmpty() && next < checkpoints.length) {
            Step step = steps.peek();
            if (step.at() >= checkpoints[next] || batch.size() >= 1 + batches.nextInt(30)) {
                write(batch, step.at());
                if (step.at() >= checkpoints[next]) {
                    compare(Instant.ofEpochMilli(checkpoints[next]));
                    next++;
                }
                continue;
            }
            steps.poll();
            step.change().accept(step.contact());
            batch.add(new JournalWrite.ContactWrite(step.contact(), fresh.add(step.contact().id())));
        }
        write(batch, T.toEpochMilli() + hours(80));
        compare(T.plus(Duration.ofHours(80)));

        // the journal's rollups are exactly what a fill computes from the records
        String journal = dump();
        try (Connection c = dataSource.getConnection()) {
            assertTrue(Rollups.fill(c, T) > 2000);
        }
        assertEquals(journal, dump());
        assertTrue(journal.lines().count() > 1000, "rollup rows");

        // and the answer really comes from them: without the ended records the scan changes, the rollups' answer does not
        Instant from = T.minus(Duration.ofDays(1));
        Instant to = T.plus(Duration.ofDays(4));
        String before = render(query(from, to, Interval.DAY, "Asia/Kolkata", Grouping.QUEUE, true));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from cc_contact_attribute");
            s.executeUpdate("delete from cc_contact where state = 'ENDED'");
        }
        assertEquals(before, render(query(from, to, Interval.DAY, "Asia/Kolkata", Grouping.QUEUE, true)));
        assertNotEquals(before, render(query(from, to, Interval.DAY, "Asia/Kolkata", Grouping.QUEUE, false)));
    }

    private void write(List<JournalWrite> batch, long at) throws Exception {
        if (!batch.isEmpty()) {
            set(store, "clock", Clock.fixed(Instant.ofEpochMilli(at), ZoneOffset.UTC));
            store.write(batch);
            batch.clear();
        }
    }

    private void compare(Instant now) {
        Instant[][] ranges = {
            {T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(4))},
            {T.plus(Duration.ofMinutes(187)).plusMillis(13_500), T.plus(Duration.ofMinutes(2452))},
            {T.plus(Duration.ofHours(30)).plusNanos(500), T.plus(Duration.ofHours(31)).plusNanos(500)},
            {T.plus(Duration.ofHours(5)), T.plus(Duration.ofHours(5)).plus(Duration.ofMinutes(10))},
        };
        int compared = 0;
        for (Instant[] range : ranges) {
            for (String zone : ZONES) {
                for (Interval interval : Interval.values()) {
                    for (Grouping grouping : Grouping.values()) {
                        String scan = render(query(range[0], range[1], interval, zone, grouping, false));
                        String rollup = render(query(range[0], range[1], interval, zone, grouping, true));
                        assertEquals(scan, rollup, now + ": " + range[0] + ".." + range[1] + " " + zone + " " + interval + " " + grouping);
                        compared += scan.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(compared > 300, "answers with rows: " + compared);
    }

    private List<HistoricalMetrics.Row> query(Instant from, Instant to, Interval interval, String zone, Grouping grouping, boolean rollups) {
        metrics.rollups = rollups;
        return metrics.query(from, to, interval, ZoneId.of(zone), grouping);
    }

    private static String render(List<HistoricalMetrics.Row> rows) {
        StringBuilder b = new StringBuilder();
        for (HistoricalMetrics.Row r : rows) {
            b.append(r.start()).append(' ').append(r.end()).append(' ').append(r.group()).append(' ').append(r.name()).append(' ')
                    .append(r.totals().metrics()).append('\n');
        }
        return b.toString();
    }

    private String dump() throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select * from cc_metrics_rollup order by group_by, quarter_start, group_id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    b.append(i == 2 ? rs.getTimestamp(i).getTime() : rs.getString(i)).append(' ');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Timelines: queued over 60 hours; 10 % abandoned, some after a missed offer, answered ones held, transferred on,
     * talking up to two hours, in ACW up to 20 minutes; 5 % in an agent's queue; a fifth of the ended ones get a
     * transcript later (written again, ENDED already).
     */
    private static PriorityQueue<Step> plan(Random r, int count) {
        PriorityQueue<Step> steps = new PriorityQueue<>((a, b) -> a.at() != b.at() ? Long.compare(a.at(), b.at()) : Integer.compare(a.order(), b.order()));
        int[] order = {0};
        for (int i = 0; i < count; i++) {
            long q = (long) (r.nextDouble() * hours(60));
            boolean agentQueue = r.nextInt(20) == 0;
            String queue = agentQueue ? "aq0" : "q" + r.nextInt(3);
            Channel channel = r.nextInt(10) < 7 ? Channel.VOICE : Channel.CHAT;
            InitiationMethod method = r.nextInt(25) == 0 ? InitiationMethod.TRANSFER : InitiationMethod.INBOUND;
            Contact c = new Contact("c" + i, channel, method, queue, Map.of(), 5, at(q));
            add(steps, order, q, c, x -> {
            });
            long t = q + r.nextInt(900_000);
            if (r.nextInt(10) == 0) {
                long gone = t;
                add(steps, order, gone, c, x -> x.abandoned(at(gone)));
                continue;
            }
            String agent = agentQueue ? "a0" : "a" + r.nextInt(5);
            if (r.nextInt(20) == 0) {
                long missed = t;
                add(steps, order, missed, c, x -> x.offeredTo(agent));
                add(steps, order, missed + 15_000, c, Contact::missed);
                t += 20_000 + r.nextInt(60_000);
            }
            long offered = t;
            long connected = t + 2_000 + r.nextInt(5_000);
            add(steps, order, offered, c, x -> x.offeredTo(agent));
            add(steps, order, connected, c, x -> x.connected(at(connected), "p" + (agent.hashCode() & 1)));
            long end = connected + (r.nextInt(8) == 0 ? r.nextInt(7_200_000) : r.nextInt(600_000));
            if (r.nextInt(6) == 0) {
                long hold = connected + (end - connected) / 3;
                long resume = hold + (end - connected) / 4;
                add(steps, order, hold, c, x -> x.held(at(hold)));
                add(steps, order, resume, c, x -> x.resumed(at(resume)));
            }
            if (r.nextInt(30) == 0) {
                add(steps, order, end, c, x -> x.transferredTo("n" + x.id(), null, at(end)));
            } else {
                add(steps, order, end, c, x -> x.ended(at(end)));
            }
            long closed = end + r.nextInt(1_200_000);
            add(steps, order, closed, c, x -> x.closed(at(closed)));
            if (r.nextInt(5) == 0) {
                add(steps, order, closed + r.nextInt(600_000), c, x -> x.transcript("transcripts/" + x.id(), "AVAILABLE"));
            }
        }
        return steps;
    }

    private static void add(PriorityQueue<Step> steps, int[] order, long offset, Contact c, Consumer<Contact> change) {
        steps.add(new Step(T.toEpochMilli() + offset, order[0]++, c, change));
    }

    private static long hours(long h) {
        return h * 3_600_000L;
    }

    private static OffsetDateTime at(long offset) {
        return OffsetDateTime.ofInstant(T.plusMillis(offset).plusNanos(offset % 7 * 1000), ZoneOffset.UTC);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
