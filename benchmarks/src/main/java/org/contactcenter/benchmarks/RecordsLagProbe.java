package org.contactcenter.benchmarks;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Measures, while a load runs (RoutingLoadDriver), how late contact records reach Kafka and how old the real-time
 * metrics are (docs/PERFORMANCE.md, "Contact records and metrics"), for {@code --seconds} (bounded):
 * <ul>
 * <li>Kafka: consumes {@code --topic} from its end; per record, lag = receive time − the record's LastUpdateTimestamp;</li>
 * <li>real time: {@code GET /api/v1/metrics/realtime} (admin) every {@code --poll-ms}: age = receive time − its {@code at};
 * with {@code --jdbc} (PostgreSQL; {@code --rate}, 500, converts contacts to time) the center's contactsHandled (today) is compared at once with a count of the database's
 * handled contacts of today (connected to an agent and after-contact work started): the difference in contacts and, at the
 * measured rate of handled contacts, in seconds;</li>
 * <li>pushed: a supervisor socket ({@code /ws/supervisor}, admin) for the same time: per {@code metrics} frame, age =
 * receive time − its {@code at} (what a wallboard shows).</li>
 * </ul>
 *
 * <pre>--bootstrap 127.0.0.1:18285 --base http://127.0.0.1:18281 --seconds 70 --jdbc jdbc:postgresql://127.0.0.1:18290/cc_k</pre>
 */
public final class RecordsLagProbe {
    private static final Pattern UPDATED = Pattern.compile("\"LastUpdateTimestamp\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("--bootstrap", "127.0.0.1:18285", "--topic", "contact-records", "--base", "http://127.0.0.1:8080",
                "--seconds", "70", "--poll-ms", "500", "--user", "admin", "--password", "admin-pass"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        long until = System.currentTimeMillis() + Long.parseLong(o.get("--seconds")) * 1000;
        Histogram kafkaLag = new Histogram();
        Histogram age = new Histogram();
        Histogram response = new Histogram();
        List<long[]> handled = new ArrayList<>(); // {time, center's figure, database's count}
        Thread realtime = new Thread(() -> pollRealtime(o, until, age, response, handled), "realtime");
        realtime.start();
        Histogram pushedAge = new Histogram();
        Thread pushed = new Thread(() -> pushedRealtime(o, until, pushedAge), "pushed");
        pushed.start();
        Properties p = new Properties();
        p.put("bootstrap.servers", o.get("--bootstrap"));
        p.put("group.id", "lag-probe-" + UUID.randomUUID());
        p.put("enable.auto.commit", "false");
        p.put("fetch.max.wait.ms", "50");
        long records = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = List.of();
            for (int attempt = 0; attempt < 120 && partitions.isEmpty(); attempt++) {
                partitions = consumer.partitionsFor(o.get("--topic"), Duration.ofSeconds(30)).stream()
                        .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                if (partitions.isEmpty()) {
                    Thread.sleep(500); // the topic is created by the first record
                }
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            System.out.println("consuming " + partitions + " from the end");
            while (System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    Matcher m = UPDATED.matcher(r.value());
                    if (m.find()) {
                        kafkaLag.add(Math.max(0, now - Instant.parse(m.group(1)).toEpochMilli()) * 1_000_000L);
                        records++;
                    }
                }
            }
        }
        realtime.join();
        pushed.join();
        System.out.println("records received: " + records);
        System.out.println("Kafka lag (receive − LastUpdateTimestamp): " + kafkaLag.summary());
        System.out.println("real-time metrics age (receive − at): " + age.summary());
        System.out.println("real-time metrics response time: " + response.summary());
        System.out.println("real-time metrics pushed on /ws/supervisor, age (receive − at): " + pushedAge.summary());
        if (handled.size() > 2) {
            Histogram behind = new Histogram();
            Histogram behindMs = new Histogram();
            double perMs = Double.parseDouble(o.getOrDefault("--rate", "500")) / 1000; // contacts handled per ms at steady state
            long negative = 0;
            for (long[] h : handled) {
                long d = h[2] - h[1];
                if (d < 0) {
                    negative++;
                }
                behind.add(Math.max(0, d) * 1_000_000L);
                behindMs.add(perMs > 0 ? (long) (Math.max(0, d) / perMs * 1_000_000L) : 0);
            }
            System.out.printf("handled today: database − center, contacts (as 'ms' below = contacts): %s; center ahead %d times%n", behind.summary(), negative);
            System.out.printf("the same in time at %.0f handled/s: %s%n", perMs * 1000, behindMs.summary());
        }
    }

    private static void pollRealtime(Map<String, String> o, long until, Histogram age, Histogram response, List<long[]> handled) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.get("--user") + ":" + o.get("--password")).getBytes(StandardCharsets.UTF_8));
        HttpRequest get = HttpRequest.newBuilder(URI.create(o.get("--base") + "/api/v1/metrics/realtime")).header("Authorization", auth)
                .timeout(Duration.ofSeconds(10)).build();
        long pollMs = Long.parseLong(o.get("--poll-ms"));
        try (Connection db = o.containsKey("--jdbc") ? DriverManager.getConnection(o.get("--jdbc"), "cc", "cc") : null;
                PreparedStatement count = db == null ? null : db.prepareStatement(
                        "select count(*) from cc_contact where enqueued_at >= ? and agent_id is not null and connected_to_agent_at is not null and acw_started_at is not null")) {
            if (count != null) {
                count.setObject(1, LocalDate.now(ZoneOffset.UTC).atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            while (System.currentTimeMillis() < until) {
                long sent = System.currentTimeMillis();
                HttpResponse<String> r;
                try {
                    r = http.send(get, HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    System.out.println("realtime: " + e + " after " + (System.currentTimeMillis() - sent) + " ms");
                    continue;
                }
                long now = System.currentTimeMillis();
                if (r.statusCode() == 200) {
                    JsonObject m = Json.createReader(new StringReader(r.body())).readObject();
                    age.add(Math.max(0, now - Instant.parse(m.getString("at")).toEpochMilli()) * 1_000_000L);
                    response.add((now - sent) * 1_000_000L);
                    if (o.containsKey("--trace")) {
                        System.out.println("realtime sample at " + Instant.ofEpochMilli(now) + ": age " + (now - Instant.parse(m.getString("at")).toEpochMilli())
                                + " ms, response " + (now - sent) + " ms");
                    }
                    if (count != null) {
                        JsonObject center = m.getJsonObject("center");
                        long figure = center.containsKey("contactsHandled") ? center.getJsonNumber("contactsHandled").longValue() : 0;
                        try (ResultSet rs = count.executeQuery()) {
                            rs.next();
                            handled.add(new long[] {now, figure, rs.getLong(1)});
                        }
                    }
                } else {
                    System.out.println("realtime: HTTP " + r.statusCode());
                }
                long left = pollMs - (System.currentTimeMillis() - sent);
                if (left > 0) {
                    Thread.sleep(left);
                }
            }
        } catch (Exception e) {
            System.out.println("realtime poller stopped: " + e);
        }
    }

    /** The frames of one supervisor socket until {@code until}: each one's age. */
    private static void pushedRealtime(Map<String, String> o, long until, Histogram age) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.get("--user") + ":" + o.get("--password")).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(o.get("--base").replaceFirst("^http", "ws") + "/ws/supervisor");
        StringBuilder text = new StringBuilder();
        java.net.http.WebSocket.Listener listener = new java.net.http.WebSocket.Listener() {
            @Override
            public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    long now = System.currentTimeMillis();
                    try {
                        JsonObject frame = Json.createReader(new StringReader(text.toString())).readObject();
                        if ("metrics".equals(frame.getString("type", ""))) {
                            synchronized (age) {
                                age.add(Math.max(0, now - Instant.parse(frame.getJsonObject("metrics").getString("at")).toEpochMilli()) * 1_000_000L);
                            }
                        }
                    } catch (RuntimeException e) {
                        System.out.println("pushed: unreadable frame " + e);
                    }
                    text.setLength(0);
                }
                ws.request(1);
                return null;
            }
        };
        try {
            java.net.http.WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", auth)
                    .connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, listener).get(30, java.util.concurrent.TimeUnit.SECONDS);
            long left;
            while ((left = until - System.currentTimeMillis()) > 0) {
                Thread.sleep(Math.min(left, 1000));
            }
            ws.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("pushed: stopped " + e);
        }
    }
}
