package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The recordings archive that keeps its links, through a center of its own: recordings come in from the spool
 * directory as Asterisk's MixMonitor leaves them, are kept in a directory, played by supervisors and admins only
 * (audited, byte ranges), moved by the retention policy to a bucket of a real S3-compatible server on loopback
 * (S3Proxy, {@link LoopbackS3}) with the record following, survive a kill -9 in the middle of a batch of moves with
 * every record naming an object that exists and no orphan left, and are deleted after their time with the reason in
 * the record. The tests run in order on one database: the third and the fourth restart the center.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class RecordingsIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int CRASH_BATCH = 40;
    static LoopbackS3 s3;
    static Path dir;
    static List<String> settings;
    static MicroProcess center;
    static String queue;
    static String first;
    static JsonSocket agent;
    static final Map<String, byte[]> audio = new HashMap<>();

    @BeforeAll
    static void centerWithAnArchiveBucket() throws Exception {
        dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "recordings-");
        s3 = LoopbackS3.start(dir.resolve("s3"), "archive");
        settings = new ArrayList<>(MicroProcess.freshDatabase("cc_recordings"));
        settings.addAll(List.of("-Dcc.recordings.store=" + dir.resolve("store"), "-Dcc.recordings.archive-store=s3://archive/calls",
                "-Dcc.recordings.spool-directory=" + dir.resolve("spool"), "-Dcc.s3.endpoint=" + s3.endpoint,
                "-Dcc.s3.access-key=" + LoopbackS3.ACCESS_KEY, "-Dcc.recordings.spool-settle-seconds=1", "-Dcc.recordings.scan-seconds=1",
                "-Dcc.recordings.archive-after=PT0S", "-Dcc.recordings.retention-interval-seconds=0"));
        Files.createDirectories(dir.resolve("spool"));
        List<String> first = new ArrayList<>(settings);
        first.add("-Dcc.recordings.delete-after=none");
        center = MicroProcess.start("recordings", first, secret());
        Api admin = center.api().admin();
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        queue = admin.created("queues", ConfigurationApiIT.queue("Recorded", hours)).getString("id");
        String profile = admin.created("routing-profiles", Json.createObjectBuilder().add("name", "Recorded calls")
                .add("mediaConcurrencies", Json.createArrayBuilder().add(Json.createObjectBuilder().add("channel", "VOICE").add("concurrency", 1)))
                .add("queueConfigs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE")
                        .add("priority", 1).add("delay", 0)))
                .add("defaultOutboundQueueId", queue)).getString("id");
        admin.created("users", ConfigurationApiIT.user("rec-agent", "agent-pass-1", "AGENT").add("firstName", "Rei").add("routingProfileId", profile));
        agent = JsonSocket.available(center.port, "rec-agent", "agent-pass-1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
        if (center != null) {
            center.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    @Order(1)
    void aRecordingComesInFromTheSpoolOnceItsCallHasEndedAndOnlySupervisorsAndAdminsPlayItAudited() throws Exception {
        first = call("first");
        spool(first, 64 * 1024);
        await("the call goes on: its recording stays in the spool").during(Waits.seconds(2)).atMost(Waits.seconds(5))
                .until(() -> Files.exists(dir.resolve("spool").resolve(first + ".wav")));
        end(first);
        JsonObject recording = awaitRecording(first, "AVAILABLE");
        assertTrue(recording.getString("Location").startsWith(dir.resolve("store").toUri().toString()), recording.toString());
        assertEquals("AUDIO", recording.getString("Type"));
        assertEquals("/api/v1/contact-records/" + first + "/recording", recording.getString("Url"));
        assertFalse(Files.exists(dir.resolve("spool").resolve(first + ".wav")), "taken from the spool");

        HttpResponse<byte[]> whole = download("supervisor", "supervisor-pass", first, null);
        assertEquals(200, whole.statusCode());
        assertArrayEquals(audio.get(first), whole.body());
        assertEquals("audio/wav", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        HttpResponse<byte[]> part = download("admin", "admin-pass", first, "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(audio.get(first), 100, 200), part.body());
        assertEquals("bytes 100-199/" + audio.get(first).length, part.headers().firstValue("Content-Range").orElse(""));
        assertEquals(416, download("admin", "admin-pass", first, "bytes=99999999-").statusCode());

        assertEquals(403, download("alice", "agent-pass", first, null).statusCode(), "agents may not play recordings");
        assertEquals(401, download(null, null, first, null).statusCode());
        assertEquals(404, download("admin", "admin-pass", "no-such-contact", null).statusCode());
        String never = call("never-recorded");
        end(never);
        assertEquals(404, download("admin", "admin-pass", never, null).statusCode(), "a call without a recording");

        List<JsonObject> events = center.api().admin().get("api/v1/audit-events?contactId=" + first).object().getJsonArray("events").stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(2, events.stream().filter(e -> e.getString("action").equals("RECORDING_READ")).count(),
                "every access audited (the refused range sent nothing): " + events);
        assertTrue(events.stream().anyMatch(e -> e.getString("username").equals("supervisor") && e.getString("remoteAddress").equals("127.0.0.1")));
        assertTrue(events.stream().anyMatch(e -> e.getString("username").equals("admin") && e.getString("detail").endsWith("bytes=100-199")));
        assertEquals(403, center.api().as("supervisor", "supervisor-pass").get("api/v1/audit-events").status(), "the audit trail is for admins");
    }

    @Test
    @Order(2)
    void retentionMovesARecordingToTheBucketAndTheRecordFollowsIt() throws Exception {
        assertEquals(403, center.api().as("supervisor", "supervisor-pass").post("api/v1/recordings/retention-runs", JsonValue.EMPTY_JSON_OBJECT).status());
        JsonObject run = center.api().admin().post("api/v1/recordings/retention-runs", JsonValue.EMPTY_JSON_OBJECT).object();
        assertEquals(1, run.getInt("moved"), run.toString());
        assertEquals(0, run.getInt("failed"), run.toString());
        JsonObject recording = record(first).getJsonObject("Recording");
        String location = recording.getString("Location");
        assertTrue(location.startsWith("s3://archive/calls/recordings/") && location.endsWith("/" + first + ".wav"), location);
        String key = location.substring("s3://archive/".length());
        assertEquals(List.of(key), s3.keys("archive"));
        assertArrayEquals(audio.get(first), s3.read("archive", key), "the archived object is the recording");
        try (Stream<Path> left = Files.walk(dir.resolve("store"))) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "the original is gone once the record names the copy");
        }
        assertArrayEquals(audio.get(first), download("supervisor", "supervisor-pass", first, null).body(), "played from the bucket");
        HttpResponse<byte[]> part = download("supervisor", "supervisor-pass", first, "bytes=-10");
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(audio.get(first), audio.get(first).length - 10, audio.get(first).length), part.body());
        assertFalse(Files.readString(center.log, StandardCharsets.ISO_8859_1).contains(s3.secretKey), "the S3 secret is never logged");
    }

    @Test
    @Order(3)
    void aKillInTheMiddleOfABatchOfMovesLeavesEveryRecordNamingAnObjectThatExistsAndNoOrphan() throws Exception {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < CRASH_BATCH; i++) {
            String id = call("batch-" + i);
            end(id);
            spool(id, 1024 * 1024 + i);
            calls.add(id);
        }
        await("the batch in the store").atMost(Waits.seconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> calls.stream().allMatch(id -> "AVAILABLE".equals(status(id))));
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try {
                center.api().admin().post("api/v1/recordings/retention-runs", JsonValue.EMPTY_JSON_OBJECT);
            } catch (IllegalStateException killed) {
                // the connection breaks with the server
            }
        });
        await("the first moves of the batch").atMost(Waits.seconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> s3.keys("archive").size() > 1);
        center.kill();
        agent.close();
        agent = null;
        int archivedAtKill = s3.keys("archive").size() - 1;
        run.join();
        assertTrue(archivedAtKill < CRASH_BATCH, "the kill came in the middle of the batch (" + archivedAtKill + " of " + CRASH_BATCH + " moved)");

        List<String> restart = new ArrayList<>(settings);
        restart.add("-Dcc.recordings.delete-after=none");
        restart.add("-Dcc.recordings.move-timeout-seconds=0");
        center = MicroProcess.start("recordings-restarted", restart, secret());

        // before anything runs again: every record names an object that exists, in the store or in the bucket
        Set<String> named = new HashSet<>();
        for (String id : calls) {
            String location = record(id).getJsonObject("Recording").getString("Location");
            named.add(location);
            assertArrayEquals(audio.get(id), download("supervisor", "supervisor-pass", id, null).body(), "contact " + id + " at " + location);
        }
        // the run after the restart finishes what the kill left (the copy or the original is deleted) and moves the rest
        JsonObject run2 = center.api().admin().post("api/v1/recordings/retention-runs", JsonValue.EMPTY_JSON_OBJECT).object();
        assertEquals(0, run2.getInt("failed"), run2.toString());
        Set<String> keys = new HashSet<>();
        for (String id : calls) {
            String location = record(id).getJsonObject("Recording").getString("Location");
            assertTrue(location.startsWith("s3://archive/calls/"), location);
            keys.add(location.substring("s3://archive/".length()));
            assertArrayEquals(audio.get(id), download("supervisor", "supervisor-pass", id, null).body(), "contact " + id + " at " + location);
        }
        keys.add(record(first).getJsonObject("Recording").getString("Location").substring("s3://archive/".length()));
        assertEquals(keys, new HashSet<>(s3.keys("archive")), "the bucket holds exactly what the records name: no orphan copy");
        try (Stream<Path> left = Files.walk(dir.resolve("store"))) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "no original and no partial file left in the store");
        }
        assertTrue(named.size() == CRASH_BATCH, "one object per record");
    }

    @Test
    @Order(4)
    void afterTheirTimeRecordingsAreDeletedAndTheRecordSaysWhy() throws Exception {
        // the policy as an operator tightens it: a restart with a deletion age every recording here has passed
        center.close();
        List<String> strict = new ArrayList<>(settings);
        strict.add("-Dcc.recordings.delete-after=PT1S");
        center = MicroProcess.start("recordings-deleting", strict, secret());
        JsonObject run = center.api().admin().post("api/v1/recordings/retention-runs", JsonValue.EMPTY_JSON_OBJECT).object();
        assertEquals(CRASH_BATCH + 1, run.getInt("deleted"), run.toString());
        assertEquals(0, run.getInt("failed"), run.toString());
        JsonObject recording = record(first).getJsonObject("Recording");
        assertEquals("DELETED", recording.getString("Status"));
        assertEquals("retention: older than PT1S", recording.getString("DeletionReason"), recording.toString());
        assertFalse(recording.containsKey("Location"), recording.toString());
        assertFalse(recording.containsKey("Url"), recording.toString());
        HttpResponse<byte[]> gone = download("supervisor", "supervisor-pass", first, null);
        assertEquals(410, gone.statusCode());
        assertTrue(new String(gone.body(), StandardCharsets.UTF_8).contains("retention: older than PT1S"), new String(gone.body(), StandardCharsets.UTF_8));
        assertEquals(List.of(), s3.keys("archive"), "every object is gone from the bucket");
        assertEquals(0, center.api().admin().post("api/v1/recordings/retention-runs", JsonValue.EMPTY_JSON_OBJECT).object().getInt("deleted"),
                "deleted once");
        assertTrue(center.api().admin().get("api/v1/audit-events").object().getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("action").equals("RETENTION_RUN") && e.getString("username").equals("admin")), "runs are audited");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The S3 secret goes in through the environment, as an operator would give it. */
    private static Map<String, String> secret() {
        return Map.of("CC_S3_SECRET_KEY", s3.secretKey);
    }

    /** A call the agent has answered (in progress): offered, accepted. */
    private static String call(String name) {
        String id = center.api().admin().created("contacts", Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE")
                .add("attributes", Json.createObjectBuilder().add("name", name))).getString("id");
        agent.await("the offer of " + name, m -> m.getString("type").equals("offer") && m.getJsonObject("contact").getString("id").equals(id));
        agent.send(answer("accept", id));
        agent.await("accept ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
        return id;
    }

    /** The call ends, the agent finishes after-contact work: the contact has ended. */
    private static void end(String id) {
        agent.send(answer("end", id));
        agent.await("end ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
        agent.send(answer("acw-done", id));
        agent.await("acw-done ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("acw-done"));
        await("contact " + id + " ended").atMost(Waits.seconds(10)).until(() -> "ENDED".equals(record(id).getString("State")));
    }

    private static JsonObject answer(String type, String contactId) {
        return Json.createObjectBuilder().add("type", type).add("contactId", contactId).build();
    }

    /** Writes a recording as MixMonitor leaves it: {@code <contact id>.wav} in the spool (written aside, then renamed in). */
    private static void spool(String id, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(id.hashCode()).nextBytes(bytes);
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        audio.put(id, bytes);
        Path aside = dir.resolve(id + ".wav.tmp");
        Files.write(aside, bytes);
        Files.move(aside, dir.resolve("spool").resolve(id + ".wav"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static JsonObject record(String id) {
        return center.api().admin().get("api/v1/contact-records/" + id).object();
    }

    private static String status(String id) {
        JsonObject recording = record(id).getJsonObject("Recording");
        return recording == null ? null : recording.getString("Status", null);
    }

    private static JsonObject awaitRecording(String id, String status) {
        await("the recording of " + id + " " + status).atMost(Waits.seconds(20)).until(() -> status.equals(status(id)));
        return record(id).getJsonObject("Recording");
    }

    private static HttpResponse<byte[]> download(String user, String password, String id, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(center.root() + "api/v1/contact-records/" + id + "/recording"))
                .timeout(Waits.seconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (range != null) {
            request.header("Range", range);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
