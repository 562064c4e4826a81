package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contact records' sinks against real receivers on loopback: an HTTP webhook in this JVM (that can answer 503),
 * and a real Kafka broker in this JVM (KRaft, {@link LoopbackKafka}) that is down when the center starts, comes up,
 * goes away and comes back. A center of its own streams to both and to its files; a sink that is down blocks nothing
 * and loses nothing.
 */
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class RecordStreamingIT {
    static final String SECRET = "Bearer webhook-" + java.util.UUID.randomUUID();
    static HttpServer webhook;
    static final List<JsonObject> posted = new CopyOnWriteArrayList<>();
    static final AtomicInteger refusing = new AtomicInteger();
    static final Set<String> authorizations = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static int kafkaPort;
    static Path kafkaDir;
    static MicroProcess center;
    static Api admin;
    static String queue;

    @BeforeAll
    static void centerWithThreeSinks() throws Exception {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/records", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (refusing.get() > 0) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                    reader.readArray().forEach(v -> posted.add(v.asJsonObject()));
                }
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        webhook.start();
        kafkaPort = LoopbackKafka.freePorts();
        kafkaDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "kafka-");
        List<String> properties = new ArrayList<>(MicroProcess.freshDatabase("cc_records"));
        properties.add("-Dcc.records.sinks=file,webhook,kafka");
        properties.add("-Dcc.records.webhook.url=http://127.0.0.1:" + webhook.getAddress().getPort() + "/records");
        properties.add("-Dcc.records.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort);
        properties.add("-Dcc.records.retry-max-seconds=2");
        properties.add("-Dcc.records.sink-timeout-seconds=" + Waits.seconds(2).toSeconds());
        center = MicroProcess.start("records", properties, Map.of("CC_RECORDS_WEBHOOK_AUTHORIZATION", SECRET));
        admin = center.api().admin();
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        queue = admin.created("queues", Json.createObjectBuilder().add("name", "Streamed").add("hoursOfOperationId", hours)).getString("id");
    }

    @AfterAll
    static void stop() {
        if (center != null) {
            center.close();
        }
        if (webhook != null) {
            webhook.stop(0);
        }
    }

    @Test
    void aWebhookThatIsDownGetsEveryRecordInOrderWhenItComesBackAndTheFilesDoNotWait() throws Exception {
        refusing.set(1);
        List<String> made = List.of(queued("w1"), queued("w2"), queued("w3"));
        await("the records in the files while the webhook refuses").atMost(Waits.seconds(20))
                .until(() -> made.stream().allMatch(id -> {
                    try {
                        return !ContactRecordsIT.sinkLines(center.records, id).isEmpty();
                    } catch (java.io.IOException e) {
                        return false;
                    }
                }));
        await("the webhook's backlog on /health").atMost(Waits.seconds(20)).until(() -> health("webhook.backlog") >= 3);
        assertTrue(healthText("webhook.state").startsWith("failing since"), healthText("webhook.state"));
        assertTrue(made.stream().noneMatch(id -> posted.stream().anyMatch(p -> p.getString("ContactId").equals(id))));

        refusing.set(0);
        await("every record at the webhook").atMost(Waits.seconds(30))
                .until(() -> made.stream().allMatch(id -> posted.stream().anyMatch(p -> p.getString("ContactId").equals(id))));
        await("no backlog").atMost(Waits.seconds(20)).until(() -> health("webhook.backlog") == 0);
        assertEquals(Set.of(SECRET), authorizations, "the configured Authorization on every request");
        assertOrderedPerContact(posted);
        assertFalse(Files.readString(center.log, StandardCharsets.ISO_8859_1).contains(SECRET.substring(7)), "the secret is never logged");
        String metrics = admin.send(admin.request("metrics").setHeader("Accept", "text/plain").GET()).body();
        assertTrue(metrics.contains("cc_records_sink_failures_total{mp_scope=\"application\",sink=\"webhook\"}"), "failures counted");
    }

    @Test
    void kafkaGetsWhatWaitedWhileItWasDownAndWhatCameWhileItWasAwayAgain() throws Exception {
        String early = queued("k-early"); // the broker is not up yet: the record waits in the outbox
        try (LoopbackKafka kafka = LoopbackKafka.start(kafkaPort, kafkaDir)) {
            await("the early record in Kafka").atMost(Waits.seconds(60)).until(() -> keys(kafka).contains(early));
            kafka.stop();
            String away = queued("k-away");
            await("the Kafka backlog while the broker is away").atMost(Waits.seconds(30)).until(() -> health("kafka.backlog") >= 1);
            kafka.start();
            await("the record made while it was away, and the early one still there").atMost(Waits.seconds(60))
                    .until(() -> keys(kafka).containsAll(List.of(early, away)));
            await("no Kafka backlog").atMost(Waits.seconds(30)).until(() -> health("kafka.backlog") == 0);
            List<JsonObject> all = new ArrayList<>();
            for (ConsumerRecord<String, String> r : read(kafka)) {
                try (var reader = Json.createReader(new StringReader(r.value()))) {
                    JsonObject record = reader.readObject();
                    assertEquals(r.key(), record.getString("ContactId"), "keyed by contact id");
                    all.add(record);
                }
            }
            assertOrderedPerContact(all);
        }
    }

    /** Per contact, the updates arrive oldest first (duplicates allowed: at least once). */
    static void assertOrderedPerContact(List<JsonObject> records) {
        Map<String, Instant> last = new HashMap<>();
        for (JsonObject r : records) {
            Instant at = Instant.parse(r.getString("LastUpdateTimestamp"));
            Instant before = last.put(r.getString("ContactId"), at);
            assertTrue(before == null || !at.isBefore(before), "in order per contact: " + r.getString("ContactId"));
        }
    }

    private static Set<String> keys(LoopbackKafka kafka) {
        Set<String> keys = new HashSet<>();
        read(kafka).forEach(r -> keys.add(r.key()));
        return keys;
    }

    /** Everything in the topic, read from the beginning. */
    private static List<ConsumerRecord<String, String>> read(LoopbackKafka kafka) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrap());
        p.put("enable.auto.commit", "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor("contact-records", Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        } catch (RuntimeException e) {
            return List.of(); // the topic is not there yet
        }
        return records;
    }

    private static String queued(String name) {
        return admin.created("contacts", Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE")
                .add("attributes", Json.createObjectBuilder().add("name", name))).getString("id");
    }

    private static JsonObject sinks() {
        return center.api().anonymous().get("health").object().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("contact-record-sinks")).findFirst().orElseThrow().getJsonObject("data");
    }

    private static long health(String key) {
        JsonValue v = sinks().get(key);
        return v instanceof jakarta.json.JsonNumber n ? n.longValue() : Long.parseLong(((jakarta.json.JsonString) v).getString());
    }

    private static String healthText(String key) {
        return sinks().getString(key);
    }
}
