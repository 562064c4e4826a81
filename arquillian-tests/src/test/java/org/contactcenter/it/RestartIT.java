package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * The configuration, the waiting contacts and every acknowledged chat message survive a restart, even a kill -9: two Payara Micro processes in a
 * row on the same database (an H2 file in the H2 run, the PostgreSQL database in the PostgreSQL run). Waiting
 * contacts come back in their queue with their original enqueue time and position.
 */
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class RestartIT {

    private static List<String> ids(JsonArray waiting) {
        return waiting.stream().map(v -> v.asJsonObject().getString("contactId")).toList();
    }

    /**
     * An operator's first start (new database, demo loaded) raises no false alarm: nothing SEVERE, none of the
     * warnings that used to alarm operators (expired CA certificates of Payara's trust store, the PostgreSQL driver on
     * H2, Flyway's upgrade advice, a singleton failing its start while the demo loads, Hazelcast's occupied ports —
     * other centers run beside this one — and a first-time caller's KeyNotFound).
     */
    /** cc_password_hash_upgrades_total of /metrics (0 before the first). */
    private static double upgrades(MicroProcess micro) {
        Api api = micro.api().admin();
        String metrics = api.send(api.request("/metrics").setHeader("Accept", "text/plain")).body();
        return metrics.lines().filter(l -> l.startsWith("cc_password_hash_upgrades_total")).map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0.0);
    }

    private static List<String> texts(JsonArray messages) {
        return messages.stream().map(m -> m.asJsonObject().getString("text", "")).toList();
    }

    /**
     * Two agents on a voice profile: one accepts a call and transfers it to a queue nobody serves (its ACW lasts until it
     * ends it), the other accepts a call and puts it on hold. Their sockets close with the crash.
     */
    private static String[] transferredAndHeldCalls(Api admin, int port, String name, String hours, List<JsonSocket> sockets) throws Exception {
        String queue = admin.post("api/v1/queues", Json.createObjectBuilder().add("name", name + "-voice").add("hoursOfOperationId", hours).build())
                .object().getString("id");
        String nobody = admin.post("api/v1/queues", Json.createObjectBuilder().add("name", name + "-nobody").add("hoursOfOperationId", hours).build())
                .object().getString("id");
        String profile = admin.post("api/v1/routing-profiles", ConfigurationApiIT.profile(name + "-voice", 1, queue, 1, 0)
                .add("queueConfigs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE")
                        .add("priority", 1).add("delay", 0))).build()).object().getString("id");
        String[] ids = new String[3];
        for (int i = 0; i < 2; i++) {
            String agent = name.toLowerCase() + "-voice" + i;
            assertEquals(201, admin.post("api/v1/users", ConfigurationApiIT.user(agent, "agent-pass-1", "AGENT").add("routingProfileId", profile).build()).status());
            JsonSocket socket = JsonSocket.agent(port, agent, "agent-pass-1");
            sockets.add(socket);
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            socket.await("ack", m -> m.getString("type").equals("ack"));
            String call = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE").build()).object().getString("id");
            assertEquals(call, socket.awaitType("offer").getJsonObject("contact").getString("id"));
            socket.send(Json.createObjectBuilder().add("type", "accept").add("contactId", call).build());
            socket.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
            if (i == 0) {
                socket.send(Json.createObjectBuilder().add("type", "transfer").add("contactId", call).add("queueId", nobody).build());
                ids[1] = socket.await("ack of transfer", m -> m.getString("type").equals("ack") && m.getString("ref").equals("transfer")).getString("nextContactId");
                ids[0] = call;
            } else {
                socket.send(Json.createObjectBuilder().add("type", "hold").add("contactId", call).build());
                socket.await("ack of hold", m -> m.getString("type").equals("ack") && m.getString("ref").equals("hold"));
                ids[2] = call;
            }
        }
        return ids;
    }

    private static void assertCleanStart(MicroProcess micro) {
        List<String> alarms = MicroProcess.warnings(micro.log).stream().filter(w -> w.contains("[SEVERE]")
                || List.of("NCLS-SECURITY-05054", "failed to unregister", "Flyway upgrade", "Initialization failed",
                        "ports seem occupied", "KeyNotFound").stream().anyMatch(w::contains)).toList();
        assertEquals(List.of(), alarms, "a clean start; log " + micro.log);
    }

    @Test
    void configurationAndWaitingContactsSurviveAKilledServer() throws Exception {
        // a database of its own: a new H2 file, or the test cluster's cc_restart
        List<String> properties = MicroProcess.freshDatabase("cc_restart");
        String name = "Restart-" + UUID.randomUUID().toString().substring(0, 8);
        String queueId;
        String offeredBefore;
        JsonSocket agentBefore;
        JsonSocket goneBefore;
        JsonSocket heldBefore;
        JsonSocket missedBefore;
        String gone;
        String held;
        String missed;
        String connectedBefore;
        String[] voice; // a call transferred (in ACW), the call it continues as (waiting), a call on hold
        List<JsonSocket> voiceSockets = new java.util.ArrayList<>();
        String demoSales;
        JsonArray waitingBefore;
        JsonObject chat;
        try (MicroProcess first = MicroProcess.start("restart-first", properties)) {
            assertCleanStart(first);
            Api admin = first.api().admin();
            demoSales = admin.idOf("queues", "name", "Sales");
            String hours = admin.idOf("hours-of-operation", "name", "24x7");
            Answer created = admin.post("api/v1/queues", Json.createObjectBuilder().add("name", name)
                    .add("hoursOfOperationId", hours).add("maxContacts", 42).build());
            assertEquals(201, created.status(), created.toString());
            queueId = created.object().getString("id");
            // two contacts wait in the new queue (no agent serves it)
            for (int i = 0; i < 2; i++) { // the second with routing criteria, whose step clock must survive
                var body = Json.createObjectBuilder().add("queueId", queueId).add("channel", "VOICE");
                if (i == 1) {
                    body.add("routingCriteria", SkillsRoutingIT.criteria(SkillsRoutingIT.step(SkillsRoutingIT.condition("Language", "Japanese", 4), 3600),
                            SkillsRoutingIT.step(SkillsRoutingIT.condition("Language", "Japanese", 1), null)));
                }
                Answer contact = admin.post("api/v1/contacts", body.build());
                assertEquals(201, contact.status(), contact.toString());
            }
            waitingBefore = admin.get("api/v1/queues/" + queueId + "/contacts").array();
            assertEquals(2, waitingBefore.size());
            // an agent of its own queue has a contact offered (not yet accepted) when the server dies
            String ownQueue = admin.post("api/v1/queues", Json.createObjectBuilder().add("name", name + "-offered").add("hoursOfOperationId", hours).build())
                    .object().getString("id");
            String profile = admin.post("api/v1/routing-profiles", ConfigurationApiIT.profile(name + "-profile", 1, ownQueue, 1, 0).build()).object().getString("id");
            assertEquals(201, admin.post("api/v1/users", ConfigurationApiIT.user(name.toLowerCase() + "-agent", "agent-pass-1", "AGENT")
                    .add("routingProfileId", profile).build()).status());
            // an agent on the same profile holds a connected contact at the crash
            held = admin.post("api/v1/users", ConfigurationApiIT.user(name.toLowerCase() + "-held", "agent-pass-1", "AGENT")
                    .add("routingProfileId", profile).build()).object().getString("id");
            heldBefore = JsonSocket.agent(first.port, name.toLowerCase() + "-held", "agent-pass-1");
            heldBefore.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            heldBefore.await("ack", m -> m.getString("type").equals("ack"));
            connectedBefore = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", ownQueue).add("channel", "CHAT").build())
                    .object().getString("id");
            assertEquals(connectedBefore, heldBefore.awaitType("offer").getJsonObject("contact").getString("id"));
            heldBefore.send(Json.createObjectBuilder().add("type", "accept").add("contactId", connectedBefore).build());
            heldBefore.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
            // an agent who let an offer time out is Missed at the crash (alone on its queue, so the contact waits again)
            String missedQueue = admin.post("api/v1/queues", Json.createObjectBuilder().add("name", name + "-missed").add("hoursOfOperationId", hours).build())
                    .object().getString("id");
            String missedProfile = admin.post("api/v1/routing-profiles", ConfigurationApiIT.profile(name + "-missed", 1, missedQueue, 1, 0).build())
                    .object().getString("id");
            missed = admin.post("api/v1/users", ConfigurationApiIT.user(name.toLowerCase() + "-missed", "agent-pass-1", "AGENT")
                    .add("routingProfileId", missedProfile).build()).object().getString("id");
            missedBefore = JsonSocket.agent(first.port, name.toLowerCase() + "-missed", "agent-pass-1");
            missedBefore.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            missedBefore.await("ack", m -> m.getString("type").equals("ack"));
            admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", missedQueue).add("channel", "CHAT").build());
            missedBefore.awaitType("offer");
            org.awaitility.Awaitility.await("the unanswered offer makes its agent Missed").atMost(Waits.seconds(30)).until(() ->
                    admin.get("api/v1/agents/" + missed).object().getString("activity").equals("MISSED"));
            agentBefore = JsonSocket.agent(first.port, name.toLowerCase() + "-agent", "agent-pass-1"); // open until the crash
            agentBefore.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            agentBefore.await("ack", m -> m.getString("type").equals("ack"));
            offeredBefore = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", ownQueue).add("channel", "CHAT").build())
                    .object().getString("id");
            agentBefore.awaitType("offer");
            // an agent Available at the crash who never comes back: Offline after the reconnect grace
            gone = admin.post("api/v1/users", ConfigurationApiIT.user(name.toLowerCase() + "-gone", "agent-pass-1", "AGENT")
                    .add("routingProfileId", profile).build()).object().getString("id");
            goneBefore = JsonSocket.agent(first.port, name.toLowerCase() + "-gone", "agent-pass-1");
            goneBefore.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            goneBefore.await("ack", m -> m.getString("type").equals("ack"));
            voice = transferredAndHeldCalls(admin, first.port, name, hours, voiceSockets);
            // a chat whose last message was acknowledged just before the kill
            ChatFixture fixture = ChatFixture.create(admin, UUID.randomUUID().toString().substring(0, 8));
            chat = Api.at("http://127.0.0.1:" + first.port + "/").anonymous().post("api/v1/chats", Json.createObjectBuilder()
                    .add("flowId", fixture.flow()).add("displayName", "Before the crash").build()).object();
            try (JsonSocket customer = JsonSocket.customer(first.port)) {
                customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
                customer.awaitType("transcript");
                customer.send(Json.createObjectBuilder().add("type", "message").add("text", "acknowledged, then the server died").build());
                customer.await("ack", m -> m.getString("type").equals("ack"));
                first.kill();
            }
        }
        agentBefore.close();
        for (JsonSocket socket : voiceSockets) {
            socket.close();
        }
        goneBefore.close();
        heldBefore.close();
        missedBefore.close();
        // the second start asks for more PBKDF2 iterations than the test servers' 10,000: stored hashes are upgraded at sign-in
        List<String> more = new java.util.ArrayList<>(properties);
        more.add("-Dcc.security.pbkdf2-iterations=20000");
        // time for the returning agent on a busy machine (scaled like every wait); the other one goes Offline
        more.add("-Dcc.routing.reconnect-grace-seconds=" + Waits.seconds(15).toSeconds());
        more.add("-Dcc.chat.idle-timeout-seconds=600"); // the chat's customer is idle since before the crash: its idle timer runs again
        try (MicroProcess second = MicroProcess.start("restart-second", more)) {
            Api admin = second.api().admin();
            assertEquals(1.0, upgrades(second), "the admin's hash, upgraded at its first sign-in");
            admin.get("api/v1/queues");
            assertEquals(403, second.api().as("alice", "agent-pass").get("api/v1/queues").status(), "the old hash still verifies (signed in; an agent may not list queues)");
            assertEquals(2.0, upgrades(second), "alice's too, once each");

            // the connected contact is still its agent's, its slot taken; the Missed agent is still Missed (until it changes its status)
            JsonObject connected = admin.get("api/v1/contacts/" + connectedBefore).object();
            assertEquals("CONNECTED", connected.getString("state"), connected.toString());
            assertEquals(held, connected.getString("agentId"));
            JsonObject heldState = admin.get("api/v1/agents/" + held).object();
            assertEquals("CONNECTED", heldState.getJsonObject("contacts").getString(connectedBefore), heldState.toString());
            assertEquals(1, heldState.getJsonObject("occupied").getInt("CHAT"), heldState.toString());
            // in the middle of a transfer and a hold: the chain and the hold are back
            JsonObject transferred = admin.get("api/v1/contacts/" + voice[0]).object();
            assertEquals("AFTER_CONTACT_WORK", transferred.getString("state"), transferred.toString());
            assertEquals(voice[1], transferred.getString("nextContactId"));
            JsonObject continued = admin.get("api/v1/contacts/" + voice[1]).object();
            assertEquals("WAITING", continued.getString("state"), continued.toString());
            assertEquals("QUEUE_TRANSFER", continued.getString("initiationMethod"));
            assertEquals(voice[0], continued.getString("previousContactId"));
            JsonObject onHold = admin.get("api/v1/contacts/" + voice[2]).object();
            assertEquals("CONNECTED_ONHOLD", onHold.getString("state"), onHold.toString());
            assertEquals(1, onHold.getInt("holdCount"));
            JsonObject missedState = admin.get("api/v1/agents/" + missed).object();
            assertEquals("MISSED", missedState.getString("activity"), missedState.toString());
            try (JsonSocket back = JsonSocket.agent(second.port, name.toLowerCase() + "-missed", "agent-pass-1")) {
                back.awaitType("state");
                assertEquals("MISSED", admin.get("api/v1/agents/" + missed).object().getString("activity"), "a reconnect does not clear Missed");
                back.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
                back.awaitType("offer"); // Available again: the contact that waited for it comes back
            }

            // no ghost offer: the contact offered at the crash waits for its agent, who gets it when its workspace is back
            assertEquals("WAITING", admin.get("api/v1/contacts/" + offeredBefore).object().getString("state"), "not offered to a socket that is not there");
            try (JsonSocket agent = JsonSocket.agent(second.port, name.toLowerCase() + "-agent", "agent-pass-1")) {
                assertEquals(offeredBefore, agent.awaitType("offer").getJsonObject("contact").getString("id"));
                agent.send(Json.createObjectBuilder().add("type", "accept").add("contactId", offeredBefore).build());
                agent.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
                org.awaitility.Awaitility.await("the agent who never came back is Offline").atMost(Waits.seconds(60)).until(() ->
                        admin.get("api/v1/agents/" + gone).object().getString("status").equals("Offline"));
            }
            JsonObject queue = admin.get("api/v1/queues/" + queueId).object();
            assertEquals(name, queue.getString("name"));
            assertEquals(42, queue.getInt("maxContacts"));
            JsonArray waitingAfter = admin.get("api/v1/queues/" + queueId + "/contacts").array();
            assertEquals(ids(waitingBefore), ids(waitingAfter), "the waiting contacts are back, in the same order");
            for (int i = 0; i < 2; i++) {
                assertEquals(waitingBefore.getJsonObject(i).getString("enqueuedAt"), waitingAfter.getJsonObject(i).getString("enqueuedAt"),
                        "with their original enqueue time");
                assertEquals(i + 1, waitingAfter.getJsonObject(i).getInt("position"));
            }
            for (JsonValue contact : waitingAfter) {
                assertEquals("WAITING", admin.get("api/v1/contacts/" + contact.asJsonObject().getString("contactId")).object().getString("state"));
            }
            JsonObject withCriteria = admin.get("api/v1/contacts/" + waitingAfter.getJsonObject(1).getString("contactId")).object();
            assertEquals(2, withCriteria.getJsonObject("routingCriteria").getJsonArray("Steps").size(), "its routing criteria are back");
            assertEquals(java.time.OffsetDateTime.parse(waitingBefore.getJsonObject(1).getString("enqueuedAt")).toInstant(),
                    java.time.OffsetDateTime.parse(withCriteria.getString("routingCriteriaSince")).toInstant(),
                    "in effect since it was queued, not since the restart (the same instant, however its fraction is written)");
            assertEquals(demoSales, admin.idOf("queues", "name", "Sales"), "the demo instance is not loaded twice");
            try (JsonSocket customer = JsonSocket.customer(second.port)) {
                customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
                assertTrue(customer.awaitType("transcript").getJsonArray("messages").stream()
                        .anyMatch(m -> m.asJsonObject().getString("text").equals("acknowledged, then the server died")),
                        "no acknowledged message is lost");
                // it was in its flow (asked "Sales or support?") when the server died: it is told, and its flow starts again
                String transcript = "api/v1/chats/" + chat.getString("chatId") + "/transcript";
                org.awaitility.Awaitility.await("the chat's flow starts again").atMost(Waits.seconds(30)).untilAsserted(() -> {
                    List<String> texts = texts(admin.get(transcript).array());
                    int told = texts.indexOf("Sorry, we were interrupted. Let's start again.");
                    assertTrue(told > 0, texts.toString());
                    assertEquals(List.of("Welcome to the chat.", "Sales or support?"), texts.subList(told + 1, texts.size()), "asked again: " + texts);
                });
                customer.send(Json.createObjectBuilder().add("type", "message").add("text", "sales").build());
                customer.await("ack", m -> m.getString("type").equals("ack"));
                org.awaitility.Awaitility.await("the chat reaches its queue").atMost(Waits.seconds(20)).until(() ->
                        admin.get("api/v1/contacts/" + chat.getString("contactId")).status() == 200);
                assertEquals("WAITING", admin.get("api/v1/contacts/" + chat.getString("contactId")).object().getString("state"));
            }
            assertTrue(admin.get("api/v1/queues").array().stream().map(JsonObject.class::cast)
                    .filter(q -> q.getString("name").equals("Sales")).count() == 1);
        }
    }
}
