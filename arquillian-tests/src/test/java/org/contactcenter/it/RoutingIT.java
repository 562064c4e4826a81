package org.contactcenter.it;

import static org.contactcenter.it.ConfigurationApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.net.URL;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing through the deployed application: contacts queued over REST, an agent on a real WebSocket
 * ({@code /ws/agent}) receiving offers and answering them. Every test builds its own queue, routing profile and
 * agent, so nothing else competes for its contacts.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class RoutingIT {
    final URL root = SharedCenter.url();
    Api admin;
    int port;
    String queueId;
    String profileId;
    String agent;

    @BeforeEach
    void ownQueueProfileAndAgent() {
        admin = Api.at(root.toString()).awaitReady().admin();
        port = root.getPort();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        queueId = created("queues", Json.createObjectBuilder().add("name", "RQ-" + unique).add("hoursOfOperationId", hours)).getString("id");
        profileId = created("routing-profiles", ConfigurationApiIT.profile("RP-" + unique, 2, queueId, 1, 0)).getString("id");
        agent = "ra-" + unique;
        created("users", ConfigurationApiIT.user(agent, "agent-pass-1", "AGENT").add("routingProfileId", profileId));
    }

    @Test
    void anOfferIsAcceptedEndedAndClosedThroughTheAgentSocket() throws Exception {
        try (JsonSocket socket = JsonSocket.agent(port, agent, "agent-pass-1")) {
            assertEquals("OFFLINE", socket.awaitType("state").getJsonObject("state").getString("activity"));
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            socket.await("ack of status", m -> m.getString("type").equals("ack") && m.getString("ref").equals("status"));

            String contact = queue("CHAT", null).getString("id");
            JsonObject offer = socket.awaitType("offer");
            assertEquals(contact, offer.getJsonObject("contact").getString("id"));
            assertEquals("OFFERED", contact(contact).getString("state"));

            socket.send(answer("accept", contact));
            socket.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
            assertEquals("CONNECTED", contact(contact).getString("state"));
            socket.send(answer("end", contact));
            socket.await("ack of end", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
            assertEquals("AFTER_CONTACT_WORK", contact(contact).getString("state"));
            socket.send(answer("acw-done", contact));
            socket.await("ack of acw-done", m -> m.getString("type").equals("ack") && m.getString("ref").equals("acw-done"));
            assertEquals("ENDED", contact(contact).getString("state"));
        }
    }

    @Test
    void waitingContactsAreListedInRoutingOrderAndARejectedOfferKeepsItsPlace() throws Exception {
        String first = queue("CHAT", null).getString("id");
        String second = queue("CHAT", null).getString("id");
        String vip = queue("CHAT", "true").getString("id");
        List<String> order = waiting();
        assertEquals(List.of(vip, first, second), order, "the VIP (priority 1 from the decision table) first, then FIFO");
        JsonObject listed = admin.get("api/v1/queues/" + queueId + "/contacts").array().getJsonObject(0);
        assertEquals("true", listed.getJsonObject("attributes").getString("vip"), "each waiting contact with its attributes: " + listed);

        try (JsonSocket socket = JsonSocket.agent(port, agent, "agent-pass-1")) {
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String offered1 = socket.awaitType("offer").getJsonObject("contact").getString("id");
            String offered2 = socket.awaitType("offer").getJsonObject("contact").getString("id");
            assertEquals(List.of(vip, first), List.of(offered1, offered2), "two chat slots: the first two in routing order");
            String enqueuedAt = contact(first).getString("enqueuedAt");

            socket.send(answer("reject", first));
            socket.await("ack of reject", m -> m.getString("type").equals("ack") && m.getString("ref").equals("reject"));
            assertEquals("REJECTED", admin.get("api/v1/agents/" + userId()).object().getString("activity"));
            assertEquals(List.of(first, second), waiting(), "the rejected contact is back ahead of the later one");
            assertEquals(enqueuedAt, contact(first).getString("enqueuedAt"), "with its original enqueue time");
        }
    }

    @Test
    void anUnansweredOfferIsMissedAndTheAgentStopsGettingContactsUntilItResets() throws Exception {
        try (JsonSocket socket = JsonSocket.agent(port, agent, "agent-pass-1")) {
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            socket.await("ack of status", m -> m.getString("type").equals("ack"));
            String contact = queue("CHAT", null).getString("id");
            JsonObject offer = socket.awaitType("offer");
            assertEquals(contact, offer.getJsonObject("contact").getString("id"));
            // the test server's offer timeout is 5 s (cc.routing.offer-timeout-seconds)
            socket.await("the state Missed", m -> m.getString("type").equals("state")
                    && m.getJsonObject("state").getString("activity").equals("MISSED"));
            assertEquals("WAITING", contact(contact).getString("state"));
            assertEquals(List.of(contact), waiting(), "the missed contact is back in its queue");
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            assertEquals(contact, socket.awaitType("offer").getJsonObject("contact").getString("id"), "after the reset it is offered again");
        }
    }

    @Test
    void badRequestsOnTheSocketGetErrorFramesAndChangeNothing() throws Exception {
        try (JsonSocket socket = JsonSocket.agent(port, agent, "agent-pass-1")) {
            socket.awaitType("state");
            socket.sendRaw("{not json");
            assertEquals("malformed", socket.awaitType("error").getString("code"));
            socket.sendRaw("[1,2]");
            assertEquals("malformed", socket.awaitType("error").getString("code"));
            socket.send(Json.createObjectBuilder().add("type", "dance").build());
            assertEquals("unknown-type", socket.awaitType("error").getString("code"));
            socket.send(answer("accept", "no-such-contact"));
            assertEquals("not-found", socket.awaitType("error").getString("code"));
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Dancing").build());
            assertEquals("invalid", socket.awaitType("error").getString("code"));

            String waitingContact = queue("CHAT", null).getString("id");
            socket.send(answer("accept", waitingContact));
            assertEquals("conflict", socket.awaitType("error").getString("code"), "a contact not offered to this agent");
            assertEquals("WAITING", contact(waitingContact).getString("state"));
            socket.send(Json.createObjectBuilder().add("type", "ping").build());
            socket.awaitType("pong");
        }
    }

    @Test
    void theAgentSocketNeedsAnAuthenticatedAgent() throws Exception {
        try (JsonSocket anonymous = JsonSocket.agent(port, null, null)) {
            assertEquals(1008, anonymous.awaitClose());
        }
        try (JsonSocket supervisor = JsonSocket.agent(port, "supervisor", "supervisor-pass")) {
            assertEquals(1008, supervisor.awaitClose());
        }
    }

    @Test
    void contactsNeedAKnownQueueAndAValidBody() {
        assertProblem(admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", "nope").add("channel", "CHAT").build()), 400);
        assertProblem(admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "FAX").build()), 400);
        assertProblem(admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT").add("priority", 0).build()), 400);
        assertProblem(api().as(agent, "agent-pass-1").post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT").build()), 403);
        assertEquals(List.of(), waiting(), "nothing was queued");
        assertProblem(api().as(agent, "agent-pass-1").get("api/v1/agents/" + admin.idOf("users", "username", "alice")), 403);
        assertEquals(200, api().as(agent, "agent-pass-1").get("api/v1/agents/me").status());
    }

    /**
     * Load through the whole stack: 4 agents on real sockets answer every offer (accept → end → ACW done, or now and
     * then reject and reset) while 6 threads queue 150 contacts at once. Afterwards every contact has ended, each
     * was accepted by exactly one agent, and no agent ever held more chats than its concurrency (2). Bounded.
     */
    @Test
    void concurrentContactsAndAgentsKeepTheInvariants() throws Exception {
        int agents = 4;
        int contacts = 150;
        java.util.Map<String, String> acceptedBy = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<AutoAgent> team = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < agents; i++) {
                String name = agent + "-" + i;
                created("users", ConfigurationApiIT.user(name, "agent-pass-1", "AGENT").add("routingProfileId", profileId));
                team.add(new AutoAgent(JsonSocket.agent(port, name, "agent-pass-1"), acceptedBy, violations));
            }
            for (AutoAgent a : team) {
                a.socket.sendAsync(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < contacts; i++) {
                ids.add(pool.submit(() -> queue("CHAT", null).getString("id")));
            }
            List<String> created = new java.util.ArrayList<>();
            for (var id : ids) {
                created.add(id.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            pool.shutdown();
            org.awaitility.Awaitility.await("every contact answered and ended").atMost(Waits.seconds(120))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> acceptedBy.size() == contacts && waiting().isEmpty()
                            && team.stream().allMatch(AutoAgent::idle));
            for (String id : created) {
                JsonObject c = contact(id);
                assertEquals("ENDED", c.getString("state"), c.toString());
                assertEquals(userIdOf(acceptedBy.get(id)), c.getString("agentId"), "ended by the agent that accepted it");
            }
            assertEquals(List.of(), violations);
        } finally {
            team.forEach(a -> a.socket.close());
        }
    }

    private String userIdOf(String username) {
        return admin.idOf("users", "username", username);
    }

    /** An agent that answers on its own: accept → end → ACW done; every 7th offer it rejects, then resets. */
    private static final class AutoAgent {
        final JsonSocket socket;
        private final java.util.concurrent.atomic.AtomicInteger offers = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();

        AutoAgent(JsonSocket socket, java.util.Map<String, String> acceptedBy, List<String> violations) {
            this.socket = socket;
            socket.onMessage(m -> {
                String type = m.getString("type", "");
                if (type.equals("state")) {
                    JsonObject state = m.getJsonObject("state");
                    int chats = state.getJsonObject("occupied").getInt("CHAT", 0);
                    if (chats > 2) {
                        violations.add(state.getString("username") + " holds " + chats + " chats");
                    }
                } else if (type.equals("offer")) {
                    open.incrementAndGet();
                    String id = m.getJsonObject("contact").getString("id");
                    boolean reject = offers.incrementAndGet() % 7 == 0;
                    socket.sendAsync(Json.createObjectBuilder().add("type", reject ? "reject" : "accept").add("contactId", id).build());
                } else if (type.equals("ack")) {
                    String id = m.getString("contactId", null);
                    switch (m.getString("ref")) {
                        case "accept" -> {
                            String before = acceptedBy.putIfAbsent(id, socket.user());
                            if (before != null) {
                                violations.add(id + " accepted by " + before + " and " + socket.user());
                            }
                            socket.sendAsync(Json.createObjectBuilder().add("type", "end").add("contactId", id).build());
                        }
                        case "end" -> socket.sendAsync(Json.createObjectBuilder().add("type", "acw-done").add("contactId", id).build());
                        case "acw-done" -> open.decrementAndGet();
                        case "reject" -> {
                            open.decrementAndGet();
                            socket.sendAsync(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
                        }
                        default -> { }
                    }
                } else if (type.equals("error")) {
                    violations.add(socket.user() + " got an error: " + m);
                }
            });
        }

        boolean idle() {
            return open.get() == 0;
        }
    }

    @Test
    void anAgentWhoWorkedCanBeDeletedOnceItHoldsNothingAndAStatusInUseCannot() throws Exception {
        String userId = userId();
        String lunch = created("agent-statuses", Json.createObjectBuilder().add("name", "Lunch " + queueId)).getString("id");
        Answer onLunch = admin.put("api/v1/agents/" + userId + "/status", Json.createObjectBuilder().add("status", "Lunch " + queueId).build());
        assertEquals(200, onLunch.status(), onLunch.toString());
        Answer statusInUse = admin.delete("api/v1/agent-statuses/" + lunch);
        assertProblem(statusInUse, 409);
        assertTrue(statusInUse.body().contains("agent " + agent), statusInUse.body());

        try (JsonSocket socket = JsonSocket.agent(port, agent, "agent-pass-1")) {
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String contact = queue("CHAT", null).getString("id");
            socket.awaitType("offer");
            socket.send(answer("accept", contact));
            socket.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
            Answer holding = admin.delete("api/v1/users/" + userId);
            assertProblem(holding, 409);
            assertTrue(holding.body().contains("contacts the agent holds"), holding.body());
            socket.send(answer("end", contact));
            socket.await("ack of end", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
            socket.send(answer("acw-done", contact));
            socket.await("ack of acw-done", m -> m.getString("type").equals("ack") && m.getString("ref").equals("acw-done"));
        }
        assertEquals(204, admin.delete("api/v1/agent-statuses/" + lunch).status(), "nobody is on it any more");
        assertEquals(204, admin.delete("api/v1/users/" + userId).status());
        assertProblem(admin.get("api/v1/agents/" + userId), 404);
        assertEquals(201, admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT").build()).status());
        assertEquals(1, waiting().size(), "the deleted agent gets no contact");
    }

    @Test
    void queueStatusFollowsItsHoursOfOperation() {
        JsonObject billing = admin.get("api/v1/queues/" + admin.idOf("queues", "name", "Billing") + "/status").object();
        assertTrue(billing.getBoolean("open"), "Billing is on 24x7 hours");
        assertFalse(billing.containsKey("nextChange"), "24x7 never changes");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var allDay = Json.createArrayBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            allDay.add(Json.createObjectBuilder().add("day", day.name()).add("start", "00:00").add("end", "24:00"));
        }
        String hours = created("hours-of-operation", Json.createObjectBuilder().add("name", "Closed today " + queueId).add("timeZone", "UTC")
                .add("config", allDay).add("overrides", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Holiday").add("startDate", today.toString()).add("type", "CLOSED")))).getString("id");
        String queue = created("queues", Json.createObjectBuilder().add("name", "Holiday " + queueId).add("hoursOfOperationId", hours)).getString("id");
        JsonObject status = admin.get("api/v1/queues/" + queue + "/status").object();
        assertFalse(status.getBoolean("open"), status.toString());
        assertEquals(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.parse(status.getString("nextChange")));
    }

    @Test
    void theHoursTimerAnnouncesTheClosingAtItsInstantAndWaitingContactsStay() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime end = now.plusSeconds(5).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        String endText = end.toLocalDate().isAfter(now.toLocalDate()) ? "24:00" : String.format("%02d:%02d", end.getHour(), end.getMinute());
        String hours = created("hours-of-operation", Json.createObjectBuilder().add("name", "Closing soon " + queueId).add("timeZone", "UTC")
                .add("config", Json.createArrayBuilder().add(Json.createObjectBuilder().add("day", now.getDayOfWeek().name())
                        .add("start", "00:00").add("end", endText)))).getString("id");
        String queue = created("queues", Json.createObjectBuilder().add("name", "Closing " + queueId).add("hoursOfOperationId", hours)).getString("id");
        JsonObject before = admin.get("api/v1/queues/" + queue + "/status").object();
        assertTrue(before.getBoolean("open"), before.toString());
        assertEquals(end.toInstant(), Instant.parse(before.getString("nextChange")));
        Answer waiting = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE").build());
        assertEquals(201, waiting.status(), waiting.toString());

        org.awaitility.Awaitility.await("the closing announced by the hours timer").atMost(Waits.seconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    JsonObject status = admin.get("api/v1/queues/" + queue + "/status").object();
                    return status.containsKey("lastTransitionOpen") && !status.getBoolean("lastTransitionOpen");
                });
        JsonObject after = admin.get("api/v1/queues/" + queue + "/status").object();
        assertFalse(after.getBoolean("open"));
        assertFalse(Instant.parse(after.getString("lastTransitionAt")).isBefore(end.toInstant()), "not before its instant: " + after);
        assertEquals(1, admin.get("api/v1/queues/" + queue + "/contacts").array().size(), "a contact waiting at closing time stays queued");
    }

    @Test
    void aBrokenRuleFileIsRejectedWithFileAndLineAndNothingChanges() {
        String broken = "package org.contactcenter.rules.routing\n\nrule \"Broken\"\nwhen\n    $r : NoSuchFact(\nthen\nend\n";
        Answer validation = admin.send(admin.request("api/v1/rules/validation/routing/broken.drl").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(broken)));
        assertProblem(validation, 400);
        assertTrue(validation.body().contains("broken.drl (uploaded):"), validation.body());
        Answer upload = admin.send(admin.request("api/v1/rules/files/routing/broken.drl").header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(broken)));
        assertProblem(upload, 400);
        assertFalse(Files.exists(rulesDirectory().resolve("routing/broken.drl")), "nothing was written");
        Answer bad = admin.send(admin.request("api/v1/rules/files/routing/..%2Fescape.drl").header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(broken)));
        assertTrue(bad.status() == 400 || bad.status() == 404, bad.toString());
    }

    @Test
    void anUploadedRuleChangesPrioritiesOfNewContacts() {
        String segment = "seg" + queueId.substring(0, 8);
        String rule = "package org.contactcenter.rules.routing\nimport org.contactcenter.rules.model.ContactPriorityRequest\n"
                + "rule \"Segment " + segment + "\"\nwhen\n    $r : ContactPriorityRequest(attribute(\"segment\") == \"" + segment + "\")\n"
                + "then\n    $r.decide(2, drools.getRule().getName());\nend\n";
        Answer upload = admin.send(admin.request("api/v1/rules/files/routing/" + segment + ".drl").header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(rule)));
        assertEquals(200, upload.status(), upload.toString());
        Answer contact = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")
                .add("attributes", Json.createObjectBuilder().add("segment", segment)).build());
        assertEquals(2, contact.object().getInt("priority"), contact.toString());
    }

    @Test
    void aBrokenFileDroppedIntoTheRulesDirectoryIsRejectedAndThePreviousRulesKeepDeciding() throws Exception {
        Path broken = rulesDirectory().resolve("routing/dropped-" + queueId.substring(0, 8) + ".drl");
        Files.createDirectories(broken.getParent());
        try {
            Files.writeString(broken, "package org.contactcenter.rules.routing\n\nrule \"Dropped\"\nwhen\n    $r : Nope(\nthen\nend\n");
            org.awaitility.Awaitility.await("the watcher rejects the broken file").atMost(Waits.seconds(30)).until(() ->
                    admin.get("api/v1/rules/status").object().getJsonArray("rejectedProblems").toString().contains(broken.getFileName() + ":"));
            assertEquals(1, queue("CHAT", "true").getInt("priority"), "the previous rules still decide: VIP is priority 1");
        } finally {
            Files.deleteIfExists(broken);
        }
        org.awaitility.Awaitility.await("the next reload succeeds").atMost(Waits.seconds(30)).until(() ->
                admin.get("api/v1/rules/status").object().getJsonArray("rejectedProblems").isEmpty());
    }

    private static Path rulesDirectory() {
        return Path.of(System.getProperty("cc.rules.directory"));
    }

    private Api api() {
        return Api.at(root.toString());
    }

    private String userId() {
        return admin.idOf("users", "username", agent);
    }

    private JsonObject queue(String channel, String vip) {
        var body = Json.createObjectBuilder().add("queueId", queueId).add("channel", channel);
        if (vip != null) {
            body.add("attributes", Json.createObjectBuilder().add("vip", vip));
        }
        Answer answer = admin.post("api/v1/contacts", body.build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }

    private JsonObject contact(String id) {
        return admin.get("api/v1/contacts/" + id).object();
    }

    private List<String> waiting() {
        Answer answer = admin.get("api/v1/queues/" + queueId + "/contacts");
        assertEquals(200, answer.status(), answer.toString());
        List<JsonObject> list = answer.array().stream().map(JsonObject.class::cast).toList();
        for (int i = 0; i < list.size(); i++) {
            assertEquals(i + 1, list.get(i).getInt("position"));
        }
        return list.stream().map(o -> o.getString("contactId")).toList();
    }

    private JsonObject created(String collection, jakarta.json.JsonObjectBuilder body) {
        Answer answer = admin.post("api/v1/" + collection, body.build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }

    private static JsonObject answer(String type, String contactId) {
        return Json.createObjectBuilder().add("type", type).add("contactId", contactId).build();
    }
}
