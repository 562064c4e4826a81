package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real-time metrics (API, supervisor socket, /metrics) and historical metrics of one queue of its own, against figures
 * counted by hand from what the test does: three chats queued, two answered and handled, one abandoned.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class MetricsIT {
    final URL root = SharedCenter.url();
    Api admin;
    Api supervisor;
    int port;
    String unique;
    ChatFixture fixture;

    @BeforeEach
    void fixture() {
        admin = Api.at(root.toString()).awaitReady().admin();
        supervisor = Api.at(root.toString()).as("supervisor", "supervisor-pass");
        port = root.getPort();
        unique = UUID.randomUUID().toString().substring(0, 8);
        fixture = ChatFixture.create(admin, unique);
    }

    @Test
    void aQueuesMetricsFollowItsContactsLiveOnTheSocketTheApiAndPrometheusAndAddUpHistorically() throws Exception {
        try (JsonSocket watch = JsonSocket.supervisor(port, "supervisor", "supervisor-pass")) {
            String first = queued();
            String second = queued();
            watch.await("two contacts in the queue, pushed", m -> m.getString("type").equals("metrics")
                    && metric(queue(m.getJsonObject("metrics")), "contactsInQueue") == 2);
            // the wallboard chart's past: a sample every 5 s at most, this queue's two waiting contacts among them
            String queueId = fixture.queue();
            JsonObject past = await("the queue's two contacts in the history").atMost(Waits.seconds(20))
                    .until(() -> supervisor.get("api/v1/metrics/realtime/history").object(), h -> h.getJsonArray("samples").stream()
                            .anyMatch(x -> x.asJsonObject().getJsonObject("queues").getInt(queueId, -1) == 2));
            assertEquals(5.0, past.getJsonNumber("stepSeconds").doubleValue());
            assertTrue(past.getJsonArray("samples").size() <= 120, "ten minutes at most");
            JsonObject now = queue(supervisor.get("api/v1/metrics/realtime").object()).orElseThrow();
            assertEquals("CQ-" + unique, now.getString("name"));
            assertEquals(2, number(now, "contactsQueued"));
            assertTrue(number(now, "oldestContactAge") >= 0);

            try (JsonSocket fay = JsonSocket.available(port, fixture.agent(), "agent-pass-1")) {
                for (int i = 0; i < 2; i++) {
                    String offered = fay.await("an offer", m -> m.getString("type").equals("offer")).getJsonObject("contact").getString("id");
                    fay.send(answer("accept", offered));
                    fay.await("accepted", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept")
                            && m.getString("contactId").equals(offered));
                }
                JsonObject busy = watch.await("Fay on two chats", m -> m.getString("type").equals("metrics")
                        && metric(queue(m.getJsonObject("metrics")), "agentsOnContact") == 1
                        && metric(queue(m.getJsonObject("metrics")), "contactsInQueue") == 0);
                JsonObject q = queue(busy.getJsonObject("metrics")).orElseThrow().getJsonObject("metrics");
                assertEquals(2, q.getInt("capacity"), "Fay's two chat slots");
                assertEquals(2, q.getInt("activeSlots"));
                assertEquals(100.0, q.getJsonNumber("occupancy").doubleValue());
                JsonObject agent = busy.getJsonObject("metrics").getJsonArray("agents").stream().map(JsonValue::asJsonObject)
                        .filter(a -> a.getString("username", "").equals(fixture.agent())).findFirst().orElseThrow();
                assertEquals("ON_CONTACT", agent.getString("activity"));
                assertEquals(2, agent.getJsonObject("occupied").getInt("CHAT"));
                for (String contact : new String[] {first, second}) {
                    fay.send(answer("end", contact));
                    fay.await("ended", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end") && m.getString("contactId").equals(contact));
                    fay.send(answer("acw-done", contact));
                    fay.await("acw over", m -> m.getString("type").equals("ack") && m.getString("ref").equals("acw-done") && m.getString("contactId").equals(contact));
                }
                fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Offline").build());
                fay.await("offline", m -> m.getString("type").equals("ack") && m.getString("ref").equals("status"));
                abandonedChat();
            }
            JsonObject done = watch.await("handled 2, abandoned 1", m -> m.getString("type").equals("metrics")
                    && metric(queue(m.getJsonObject("metrics")), "contactsAbandoned") == 1 && metric(queue(m.getJsonObject("metrics")), "contactsHandled") == 2);
            JsonObject q = queue(done.getJsonObject("metrics")).orElseThrow().getJsonObject("metrics");
            assertEquals(3, q.getInt("contactsQueued"));
            assertEquals(2, q.getInt("contactsAnswered"));
            assertEquals(33.33, q.getJsonNumber("abandonRate").doubleValue());
            assertEquals(66.67, q.getJsonNumber("serviceLevel600").doubleValue(), "2 answered within 600 s of 3 queued");
            assertNotNull(q.get("averageHandleTime"));
            assertEquals(JsonValue.ValueType.NUMBER, q.get("averageHandleTime").getValueType());
            assertEquals(0, q.getInt("contactsInQueue"));
        }
        String prometheus = admin.send(admin.request("metrics").setHeader("Accept", "text/plain").GET()).body();
        assertTrue(prometheus.matches("(?s).*cc_queue_contacts_queued\\{[^}]*queue=\"CQ-" + unique + "\"[^}]*\\} 3\\.0.*"), "the queue's gauge on /metrics: "
                + prometheus.lines().filter(l -> l.contains(unique)).toList());

        String today = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        JsonObject historical = supervisor.get("api/v1/metrics/historical?interval=DAY&groupBy=QUEUE&from=" + today + "&to=" + tomorrow).object();
        JsonObject row = historical.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("group").equals(fixture.queue())).findFirst().orElseThrow();
        assertEquals(today, row.getString("start"));
        JsonObject m = row.getJsonObject("metrics");
        assertEquals(3, m.getInt("contactsQueued"));
        assertEquals(2, m.getInt("contactsHandled"));
        assertEquals(1, m.getInt("contactsAbandoned"));
        assertEquals(66.67, m.getJsonNumber("serviceLevel600").doubleValue());
        Answer csv = supervisor.get("api/v1/metrics/historical?interval=TOTAL&groupBy=QUEUE&format=csv&from=" + today + "&to=" + tomorrow);
        assertEquals("text/csv", csv.contentType().split(";")[0]);
        assertTrue(csv.body().startsWith("\uFEFFstart,end,group,name,contactsQueued"), csv.body().substring(0, 60));
        assertTrue(csv.body().contains("," + fixture.queue() + ",CQ-" + unique + ",3,2,2,1,"), csv.body());
        assertEquals(400, supervisor.get("api/v1/metrics/historical?interval=WEEK&from=" + today + "&to=" + tomorrow).status());
        assertEquals(400, supervisor.get("api/v1/metrics/historical?from=" + tomorrow + "&to=" + today).status());

        // the what-if simulator over the same day: what really happened is the same figures, and the replay has the queue's contacts
        Answer simulated = supervisor.post("api/v1/simulations", Json.createObjectBuilder().add("from", today).add("to", tomorrow).build());
        assertEquals(200, simulated.status(), simulated.toString());
        JsonObject replayed = simulated.object().getJsonArray("queues").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("queueId").equals(fixture.queue())).findFirst().orElseThrow(() -> new AssertionError(simulated.body()));
        assertEquals("CQ-" + unique, replayed.getString("name"));
        assertEquals(3, replayed.getJsonObject("actual").getInt("contactsQueued"));
        assertEquals(2, replayed.getJsonObject("actual").getInt("contactsAnswered"));
        assertEquals(1, replayed.getJsonObject("actual").getInt("contactsAbandoned"));
        assertEquals(66.67, replayed.getJsonObject("actual").getJsonNumber("serviceLevel600").doubleValue());
        assertEquals(3, replayed.getJsonObject("replay").getInt("contactsQueued"), "the replay has the queue's three contacts");
        Answer broken = supervisor.post("api/v1/simulations", Json.createObjectBuilder().add("from", today).add("to", tomorrow)
                .add("ruleFiles", Json.createObjectBuilder().add("contact-priority.drl", "package org.contactcenter.rules.routing;\nrule \"Broken\"\nwhen\nthen\n  nonsense(;\nend\n")).build());
        assertEquals(400, broken.status(), broken.toString());
        assertTrue(broken.object().getJsonArray("violations").getJsonObject(0).getString("message").startsWith("contact-priority.drl:"), broken.body());
        Answer unknown = supervisor.post("api/v1/simulations", Json.createObjectBuilder().add("from", today).add("to", tomorrow)
                .add("candidate", Json.createObjectBuilder().add("routingProfiles", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("routingProfile", "New").add("media", Json.createArrayBuilder().add(Json.createObjectBuilder().add("channel", "CHAT")))
                        .add("queues", Json.createArrayBuilder().add(Json.createObjectBuilder().add("queue", "No such queue " + unique).add("channel", "CHAT"))))))
                .build());
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.body().contains("No such queue " + unique), unknown.body());
        assertEquals(400, supervisor.post("api/v1/simulations", Json.createObjectBuilder().add("from", today).add("to", tomorrow)
                .add("candidate", Json.createObjectBuilder().add("rules", Json.createObjectBuilder().add("directory", "/etc"))).build()).status(),
                "no server paths from clients");
        assertEquals(403, Api.at(root.toString()).as(fixture.agent(), "agent-pass-1").post("api/v1/simulations",
                Json.createObjectBuilder().add("from", today).add("to", tomorrow).build()).status());
    }

    @Test
    void onlySupervisorsAndAdminsSeeMetrics() throws Exception {
        try (JsonSocket agent = JsonSocket.supervisor(port, fixture.agent(), "agent-pass-1")) {
            assertEquals(1008, agent.awaitClose());
        }
        try (JsonSocket nobody = JsonSocket.supervisor(port, null, null)) {
            assertEquals(1008, nobody.awaitClose());
        }
        assertEquals(403, Api.at(root.toString()).as(fixture.agent(), "agent-pass-1").get("api/v1/metrics/realtime").status());
        assertEquals(403, Api.at(root.toString()).as(fixture.agent(), "agent-pass-1").get("api/v1/metrics/realtime/history").status());
        assertEquals(401, Api.at(root.toString()).anonymous().get("api/v1/metrics/historical").status());
        try (JsonSocket watch = JsonSocket.supervisor(port, "admin", "admin-pass")) {
            watch.awaitType("metrics");
            watch.send(Json.createObjectBuilder().add("type", "shout").build());
            assertEquals("type", watch.awaitType("error").getString("field"));
            watch.sendRaw("{\"type\":\"refresh\",\"type\":\"refresh\"}");
            JsonObject refused = watch.awaitType("error");
            assertTrue(refused.getString("message").contains("type"), "the duplicated key is named: " + refused);
        }
    }

    /** A chat through the fixture's flow that the customer leaves while it waits (no agent available). */
    private void abandonedChat() throws Exception {
        try (JsonSocket customer = JsonSocket.customer(port)) {
            Answer started = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder().add("flowId", fixture.flow())
                    .add("displayName", "Taro").build());
            customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", started.object().getString("participantToken")).build());
            customer.awaitType("transcript");
            customer.send(Json.createObjectBuilder().add("type", "message").add("text", "support").build());
            String contact = started.object().getString("contactId");
            await("the chat waits in the queue").atMost(Waits.seconds(10))
                    .until(() -> admin.get("api/v1/contacts/" + contact).status() == 200);
            customer.send(Json.createObjectBuilder().add("type", "end").build());
            customer.awaitType("ended");
        }
    }

    private String queued() {
        return admin.created("contacts", Json.createObjectBuilder().add("queueId", fixture.queue()).add("channel", "CHAT")).getString("id");
    }

    private Optional<JsonObject> queue(JsonObject metrics) {
        return metrics.getJsonArray("queues").stream().map(JsonValue::asJsonObject).filter(q -> q.getString("queueId").equals(fixture.queue())).findFirst();
    }

    private static double metric(Optional<JsonObject> queue, String name) {
        return queue.map(q -> number(q, name)).orElse(-1.0);
    }

    private static double number(JsonObject queue, String name) {
        JsonObject m = queue.containsKey("metrics") ? queue.getJsonObject("metrics") : queue;
        return m.get(name) instanceof JsonNumber n ? n.doubleValue() : -1;
    }

    private static JsonObject answer(String type, String contactId) {
        return Json.createObjectBuilder().add("type", type).add("contactId", contactId).build();
    }
}
