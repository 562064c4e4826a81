package org.contactcenter.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills cc_contact of a stopped center's database with generated, ended contacts for the historical-metrics figures
 * (docs/PERFORMANCE.md, "Contact records and metrics"): plain JDBC, batched inserts, in time order as a center writes
 * them. The schema must exist (start the center once on the database and stop it); queues and agents are read from
 * cc_queue / cc_user (the demo's: standard queues, agent queues, agents with a routing profile).
 *
 * <p>Contacts are spread over {@code --days} days before {@code --end} (default: today's 00:00 UTC) with a daily shape
 * (busy 09:00–18:00 UTC, quiet at night, weekends lighter). 70 % voice, 30 % chat; inbound mostly, some API, callback,
 * outbound and transfers; 8 % abandoned (wait ~ exp(60 s)), the rest answered (wait ~ exp(30 s)), 5 % after a missed
 * offer, 15 % held, 3 % transferred on, interaction ~ 4 min voice / 7 min chat, ACW 5–60 s; chats with a stored transcript.
 *
 * <pre>
 * java -cp benchmarks/target/classes:H2_OR_PG_DRIVER.jar org.contactcenter.benchmarks.RecordGenerator \
 *   --url 'jdbc:h2:file:/tmp/perf12-data/h2/cc' --user cc --password cc --count 1000000 --days 30
 * </pre>
 */
public final class RecordGenerator {
    private static final String[] COLUMNS = {"id", "channel", "initiation_method", "queue_id", "state", "priority", "initiated_at",
            "enqueued_at", "agent_id", "connected_to_agent_at", "acw_started_at", "disconnected_at", "version", "initial_contact_id",
            "customer_endpoint", "hold_count", "hold_millis", "longest_hold_millis", "connected_to_system_at", "system_endpoint",
            "dequeued_at", "acw_ended_at", "agent_profile_id", "offer_count", "missed_count", "rejected_count",
            "transferred_to_endpoint", "last_updated_at", "queue_millis", "interaction_millis", "acw_millis", "disconnect_reason",
            "transcript_location", "transcript_status"};

    private record Agent(String id, String profileId, String agentQueueId) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = a.getOrDefault("url", "jdbc:h2:file:./data/cc");
        int count = Integer.parseInt(a.getOrDefault("count", "1000000"));
        int days = Integer.parseInt(a.getOrDefault("days", "30"));
        Instant end = a.containsKey("end") ? Instant.parse(a.get("end")) : Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant start = end.minus(Duration.ofDays(days));
        SplittableRandom random = new SplittableRandom(Long.parseLong(a.getOrDefault("seed", "12")));
        long began = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, a.getOrDefault("user", "cc"), a.getOrDefault("password", "cc"))) {
            c.setAutoCommit(false);
            List<String> queues = new ArrayList<>();
            List<Agent> agents = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select id from cc_queue where type = 'STANDARD' order by name")) {
                    while (rs.next()) {
                        queues.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("select u.id, u.routing_profile_id, q.id from cc_user u left join cc_queue q on q.agent_user_id = u.id "
                        + "where u.routing_profile_id is not null order by u.username")) {
                    while (rs.next()) {
                        agents.add(new Agent(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            if (queues.isEmpty() || agents.isEmpty()) {
                throw new IllegalStateException("no standard queue or no agent with a routing profile: start the center once on this database first");
            }
            System.out.printf("%d standard queues, %d agents; %d contacts from %s to %s%n", queues.size(), agents.size(), count, start, end);
            // hours of the range weighted by a daily and weekly shape; each hour gets its share of the contacts
            int hours = days * 24;
            double[] weight = new double[hours];
            double sum = 0;
            for (int h = 0; h < hours; h++) {
                Instant t = start.plus(Duration.ofHours(h));
                int hourOfDay = t.atZone(ZoneOffset.UTC).getHour();
                int dayOfWeek = t.atZone(ZoneOffset.UTC).getDayOfWeek().getValue();
                double w = hourOfDay >= 9 && hourOfDay < 18 ? 10 : hourOfDay >= 7 && hourOfDay < 21 ? 4 : 1;
                weight[h] = dayOfWeek >= 6 ? w * 0.4 : w;
                sum += weight[h];
            }
            String sql = "insert into cc_contact (" + String.join(", ", COLUMNS) + ") values (" + String.join(", ", java.util.Collections.nCopies(COLUMNS.length, "?")) + ")";
            int written = 0;
            double carried = 0;
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int inBatch = 0;
                for (int h = 0; h < hours; h++) {
                    double share = count * weight[h] / sum + carried;
                    int n = h == hours - 1 ? count - written : (int) share;
                    carried = share - n;
                    long[] offsets = new long[n];
                    for (int i = 0; i < n; i++) {
                        offsets[i] = random.nextLong(3_600_000L);
                    }
                    Arrays.sort(offsets);
                    Instant hourStart = start.plus(Duration.ofHours(h));
                    for (int i = 0; i < n; i++) {
                        bind(p, hourStart.plusMillis(offsets[i]), random, queues, agents);
                        p.addBatch();
                        written++;
                        if (++inBatch == 1000) {
                            p.executeBatch();
                            c.commit();
                            inBatch = 0;
                        }
                    }
                    if (h % 24 == 23) {
                        System.out.printf("day %d: %d contacts, %.0f s%n", h / 24 + 1, written, (System.nanoTime() - began) / 1e9);
                    }
                }
                if (inBatch > 0) {
                    p.executeBatch();
                }
                c.commit();
            }
            if (url.startsWith("jdbc:postgresql:")) {
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("analyze cc_contact");
                }
            }
            System.out.printf("%d contacts written in %.1f s%n", written, (System.nanoTime() - began) / 1e9);
        }
    }

    private static void bind(PreparedStatement p, Instant enqueued, SplittableRandom r, List<String> queues, List<Agent> agents) throws Exception {
        boolean voice = r.nextInt(100) < 70;
        int m = r.nextInt(100);
        String method = m < 80 ? "INBOUND" : m < 85 ? "API" : m < 88 ? "CALLBACK" : m < 92 ? "OUTBOUND" : m < 96 ? "TRANSFER" : "QUEUE_TRANSFER";
        if (!voice && (method.equals("CALLBACK") || method.equals("OUTBOUND"))) {
            method = "INBOUND";
        }
        Agent agent = agents.get(r.nextInt(agents.size()));
        boolean agentQueue = agent.agentQueueId() != null && r.nextInt(100) < 3;
        String queue = agentQueue ? agent.agentQueueId() : queues.get(Math.min(queues.size() - 1, (int) Math.floor(Math.abs(r.nextGaussian()) * queues.size() / 2)));
        boolean abandoned = r.nextInt(100) < 8;
        Instant initiated = enqueued.minusMillis(5_000 + r.nextLong(55_000));
        String id = new UUID(r.nextLong(), r.nextLong()).toString();
        Instant dequeued;
        Instant connected = null;
        Instant acwStarted = null;
        Instant acwEnded = null;
        Instant disconnected;
        int holdCount = 0;
        long holdMillis = 0;
        long longestHold = 0;
        int offers = 0;
        int missed = 0;
        String transferredTo = null;
        String reason;
        if (abandoned) {
            dequeued = enqueued.plusMillis(Math.min(1_200_000L, (long) exp(r, 60_000)));
            disconnected = dequeued;
            reason = "CUSTOMER_DISCONNECT";
        } else {
            missed = r.nextInt(100) < 5 ? 1 : 0;
            offers = 1 + missed;
            dequeued = enqueued.plusMillis(Math.min(1_800_000L, (long) exp(r, 30_000) + missed * 20_000L));
            connected = dequeued.plusMillis(r.nextLong(500, 3_000));
            if (r.nextInt(100) < 15) {
                holdCount = 1 + r.nextInt(2);
                for (int i = 0; i < holdCount; i++) {
                    long hold = r.nextLong(10_000, 120_000);
                    holdMillis += hold;
                    longestHold = Math.max(longestHold, hold);
                }
            }
            long interaction = (long) Math.min(3_600_000, exp(r, voice ? 240_000 : 420_000)) + 10_000;
            acwStarted = connected.plusMillis(interaction + holdMillis);
            disconnected = acwStarted;
            acwEnded = acwStarted.plusMillis(r.nextLong(5_000, 60_000));
            if (r.nextInt(100) < 3) {
                transferredTo = "+8131234" + (1000 + r.nextInt(9000));
            }
            reason = r.nextBoolean() ? "CUSTOMER_DISCONNECT" : "AGENT_DISCONNECT";
        }
        Instant lastUpdated = acwEnded != null ? acwEnded : disconnected;
        int i = 1;
        p.setString(i++, id);
        p.setString(i++, voice ? "VOICE" : "CHAT");
        p.setString(i++, method);
        p.setString(i++, queue);
        p.setString(i++, "ENDED");
        p.setInt(i++, 5);
        p.setObject(i++, odt(initiated));
        p.setObject(i++, odt(enqueued));
        p.setString(i++, abandoned ? null : agent.id());
        p.setObject(i++, odt(connected), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setObject(i++, odt(acwStarted), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setObject(i++, odt(disconnected));
        p.setLong(i++, 6);
        p.setString(i++, id);
        p.setString(i++, voice ? "+8190" + (10_000_000 + r.nextInt(90_000_000)) : null);
        p.setInt(i++, holdCount);
        p.setLong(i++, holdMillis);
        p.setLong(i++, longestHold);
        p.setObject(i++, odt(initiated));
        p.setString(i++, voice ? "+81312340024" : null);
        p.setObject(i++, odt(dequeued));
        p.setObject(i++, odt(acwEnded), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setString(i++, abandoned ? null : agent.profileId());
        p.setInt(i++, offers);
        p.setInt(i++, missed);
        p.setInt(i++, 0);
        p.setString(i++, transferredTo);
        p.setObject(i++, odt(lastUpdated));
        p.setLong(i++, Duration.between(enqueued, dequeued).toMillis());
        p.setObject(i++, connected == null ? null : Duration.between(connected, acwStarted).toMillis() - holdMillis, Types.BIGINT);
        p.setObject(i++, acwEnded == null ? null : Duration.between(acwStarted, acwEnded).toMillis(), Types.BIGINT);
        p.setString(i++, reason);
        // an ended chat's transcript is stored (as RecordingIngest does): a chat without one is picked up by its scan
        p.setString(i++, voice ? null : "transcripts/" + initiated.toString().substring(0, 10) + "/" + id + ".json");
        p.setString(i++, voice ? null : "AVAILABLE");
    }

    private static double exp(SplittableRandom r, double mean) {
        return -mean * Math.log(1 - r.nextDouble());
    }

    private static OffsetDateTime odt(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
