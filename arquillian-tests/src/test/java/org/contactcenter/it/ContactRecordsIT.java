package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contact records through the deployed center: a chat from its flow to an agent and after-contact work, read back
 * over the API and from the file sink; who may read which record; search, paging and refusals.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class ContactRecordsIT {
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
    void aChatsRecordFollowsItFromItsFlowToTheAgentAndAfterContactWorkAndReachesTheFileSink() throws Exception {
        Instant before = Instant.now();
        String contact;
        try (JsonSocket customer = JsonSocket.customer(port); JsonSocket fay = JsonSocket.available(port, fixture.agent(), "agent-pass-1")) {
            Answer started = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder().add("flowId", fixture.flow())
                    .add("displayName", "花子").build());
            customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", started.object().getString("participantToken")).build());
            customer.awaitType("transcript");
            customer.send(Json.createObjectBuilder().add("type", "message").add("text", "support").build());
            contact = fay.awaitType("offer").getJsonObject("contact").getString("id");
            fay.send(answer("reject", contact));
            fay.await("reject ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("reject"));
            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            fay.await("offered again", m -> m.getString("type").equals("offer"));
            fay.send(answer("accept", contact));
            fay.awaitType("chat-transcript");
            customer.send(Json.createObjectBuilder().add("type", "message").add("text", "請求書の宛名を変更したい " + unique).build());
            fay.await("the customer's words", m -> m.getString("type").equals("chat-message")
                    && m.getJsonObject("message").getString("text").startsWith("請求書"));
            fay.send(answer("end", contact));
            fay.await("end ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
            fay.send(answer("acw-done", contact));
            fay.await("acw-done ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("acw-done"));
        }
        JsonObject record = supervisor.get("api/v1/contact-records/" + contact).object();
        assertEquals(contact, record.getString("ContactId"));
        assertEquals("CHAT", record.getString("Channel"));
        assertEquals("INBOUND", record.getString("InitiationMethod"));
        assertEquals("ENDED", record.getString("State"));
        assertEquals("AGENT_DISCONNECT", record.getString("DisconnectReason"), "the agent ended the chat");
        assertEquals(2, record.getInt("AgentConnectionAttempts"), "offered twice");
        assertEquals(1, record.getInt("RejectedConnectionAttempts"));
        assertEquals("CHAT", record.getJsonObject("CustomerEndpoint").getString("Type"));
        assertEquals(fixture.flow(), record.getJsonObject("ContactFlow").getString("Id"));
        assertEquals(1, record.getJsonObject("ContactFlow").getInt("Version"));
        JsonObject queue = record.getJsonObject("Queue");
        assertEquals("CQ-" + unique, queue.getString("Name"));
        assertEquals(fixture.queue(), queue.getString("Id"));
        JsonObject agent = record.getJsonObject("Agent");
        assertEquals(fixture.agent(), agent.getString("Username"));
        assertEquals("CP-" + unique, agent.getJsonObject("RoutingProfile").getString("Name"));
        assertEquals(0, agent.getInt("NumberOfHolds"));
        List<Instant> times = new ArrayList<>();
        for (String t : List.of(record.getString("InitiationTimestamp"), queue.getString("EnqueueTimestamp"), queue.getString("DequeueTimestamp"),
                agent.getString("ConnectedToAgentTimestamp"), agent.getString("AfterContactWorkStartTimestamp"),
                agent.getString("AfterContactWorkEndTimestamp"), record.getString("LastUpdateTimestamp"))) {
            times.add(Instant.parse(t));
        }
        assertFalse(times.get(0).isBefore(before.minusSeconds(1)), "initiated when the chat started: " + times);
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "timestamps in the order of the contact's life: " + times);
        }
        assertTrue(times.get(1).isAfter(times.get(0)), "initiated when the chat started, before the flow queued it: " + times);

        List<String> texts = supervisor.get("api/v1/contact-records/" + contact + "/transcript").array().stream()
                .map(m -> m.asJsonObject().getString("text")).toList();
        assertTrue(texts.contains("請求書の宛名を変更したい " + unique), texts.toString());
        assertEquals(List.of(contact), ids(supervisor.get("api/v1/contact-records?text=" + enc("宛名を変更したい " + unique)).object()),
                "found by a piece of its transcript");

        // the chat and its contact have ended: the archive stores its transcript (Connect's transcript JSON), audited reads
        await("the stored transcript in the record").atMost(Waits.seconds(20))
                .until(() -> "AVAILABLE".equals(supervisor.get("api/v1/contact-records/" + contact).object().getJsonObject("Transcript")
                        .getString("Status", null)));
        Answer stored = supervisor.get("api/v1/contact-records/" + contact + "/stored-transcript");
        assertEquals(200, stored.status(), stored.toString());
        assertEquals(contact, stored.object().getString("ContactId"));
        assertTrue(stored.object().getJsonArray("Transcript").stream().anyMatch(m -> m.asJsonObject().getString("Content").equals("請求書の宛名を変更したい " + unique)
                && m.asJsonObject().getString("ParticipantRole").equals("CUSTOMER")), stored.body());
        assertEquals(403, Api.at(root.toString()).as(fixture.agent(), "agent-pass-1").get("api/v1/contact-records/" + contact + "/stored-transcript").status(),
                "agents do not read the archive");
        assertTrue(admin.get("api/v1/audit-events?contactId=" + contact).object().getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("action").equals("TRANSCRIPT_READ") && e.getString("username").equals("supervisor")), "the read is audited");
        JsonObject last = supervisor.get("api/v1/contact-records/" + contact).object();

        // the file sink: every update once at least, in order, the last one the record as the API shows it
        List<JsonObject> lines = new ArrayList<>();
        await("the record's updates in the file sink").atMost(Waits.seconds(20)).until(() -> {
            lines.clear();
            lines.addAll(sinkLines(SharedCenter.get().records, contact));
            return !lines.isEmpty() && lines.get(lines.size() - 1).equals(last);
        });
        List<String> states = lines.stream().map(l -> l.getString("State")).distinct().toList();
        assertEquals(List.of("CONNECTED", "AFTER_CONTACT_WORK", "ENDED"), states.subList(states.size() - 3, states.size()), "states in order: " + states);
        assertTrue(states.indexOf("OFFERED") >= 0 && states.indexOf("OFFERED") < states.indexOf("CONNECTED"), "offered first: " + states);
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(Instant.parse(lines.get(i).getString("LastUpdateTimestamp")).isAfter(Instant.parse(lines.get(i - 1).getString("LastUpdateTimestamp"))),
                    "each update newer than the one before");
        }
        assertEquals(last, lines.get(lines.size() - 1), "the last update in the sink is the record");
        assertEquals(record.getString("State"), last.getString("State"));
    }

    @Test
    void aCallThatEndsInItsFlowHasARecordWithoutAQueueAndTheCustomerWhoLeftTheFlowToo() {
        String flow = admin.created("contact-flows", ConfigurationApiIT.flow("Self-service " + unique, "CONTACT_FLOW")).getString("id");
        assertEquals(200, admin.post("api/v1/contact-flows/" + flow + "/publish", JsonValue.EMPTY_JSON_OBJECT).status());
        Answer ran = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", flow).add("channel", "VOICE")
                .add("customerEndpoint", "+81355559876").build());
        assertEquals(201, ran.status(), ran.toString());
        String contact = ran.object().getString("contactId");
        JsonObject record = await("the record of a contact that ended in its flow").atMost(Waits.seconds(20))
                .until(() -> supervisor.get("api/v1/contact-records/" + contact), a -> a.status() == 200).object();
        assertEquals("ENDED", record.getString("State"));
        assertEquals("VOICE", record.getString("Channel"));
        assertEquals("INBOUND", record.getString("InitiationMethod"));
        assertFalse(record.containsKey("Queue"), "never queued: " + record);
        assertFalse(record.containsKey("Agent"), record.toString());
        assertEquals(flow, record.getJsonObject("ContactFlow").getString("Id"));
        assertEquals("+81355559876", record.getJsonObject("CustomerEndpoint").getString("Address"));
        assertNotNull(record.getString("DisconnectTimestamp"));
        assertEquals("CONTACT_FLOW_DISCONNECT", record.getString("DisconnectReason"), "the flow ended it");
        assertEquals(List.of(contact), ids(supervisor.get("api/v1/contact-records?customerEndpoint=" + enc("+81355559876")).object()),
                "in the customer's timeline");

        // a caller who hangs up while the flow waits for input
        Answer menu = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", fixture.flow()).add("channel", "VOICE")
                .add("customerEndpoint", "+81355559877").build());
        assertEquals(201, menu.status(), menu.toString());
        String left = menu.object().getString("contactId");
        assertEquals(200, admin.post("api/v1/flow-runs/" + left + "/events", Json.createObjectBuilder().add("type", "DISCONNECT").build()).status());
        JsonObject gone = await("the record of the caller who left the menu").atMost(Waits.seconds(20))
                .until(() -> supervisor.get("api/v1/contact-records/" + left), a -> a.status() == 200).object();
        assertEquals("CUSTOMER_DISCONNECT", gone.getString("DisconnectReason"));
        assertFalse(gone.containsKey("Queue"));
    }

    @Test
    void anAgentReadsOnlyTheRecordsOfItsOwnContacts() throws Exception {
        String other = "ob-" + unique;
        admin.created("users", ConfigurationApiIT.user(other, "agent-pass-1", "AGENT").add("firstName", "Otto")
                .add("routingProfileId", profileOf(fixture.agent())));
        String contact = queued("CHAT", "mine");
        try (JsonSocket fay = JsonSocket.available(port, fixture.agent(), "agent-pass-1")) {
            assertEquals(contact, fay.awaitType("offer").getJsonObject("contact").getString("id"));
            fay.send(answer("accept", contact));
            fay.await("accept ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
        }
        String waiting = queued("VOICE", "theirs");
        Api fay = Api.at(root.toString()).as(fixture.agent(), "agent-pass-1");
        Api otto = Api.at(root.toString()).as(other, "agent-pass-1");
        assertEquals(200, fay.get("api/v1/contact-records/" + contact).status());
        assertEquals(404, otto.get("api/v1/contact-records/" + contact).status(), "another agent's contact is not found");
        assertEquals(404, fay.get("api/v1/contact-records/" + waiting).status(), "a contact never connected to Fay");
        assertEquals(List.of(contact), ids(fay.get("api/v1/contact-records?attribute=" + enc("tag=" + unique)).object()));
        assertEquals(List.of(), ids(otto.get("api/v1/contact-records?attribute=" + enc("tag=" + unique)).object()));
        assertEquals(List.of(waiting, contact), ids(supervisor.get("api/v1/contact-records?attribute=" + enc("tag=" + unique)).object()));
        assertEquals(401, Api.at(root.toString()).anonymous().get("api/v1/contact-records").status());
    }

    @Test
    void searchPagesInAStableOrderAndRefusesWhatItCannotRead() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(queued(i % 2 == 0 ? "VOICE" : "CHAT", "n" + i));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonObject page = supervisor.get("api/v1/contact-records?limit=2&attribute=" + enc("tag=" + unique)
                    + (token == null ? "" : "&nextToken=" + token)).object();
            seen.addAll(ids(page));
            token = page.getString("nextToken", null);
            pages++;
        } while (token != null && pages < 10);
        assertEquals(3, pages);
        List<String> newestFirst = new ArrayList<>(made);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen, "newest first, each once");
        assertEquals(List.of(made.get(4), made.get(2), made.get(0)),
                ids(supervisor.get("api/v1/contact-records?channel=VOICE&attribute=" + enc("tag=" + unique)).object()));
        assertEquals(5, ids(supervisor.get("api/v1/contact-records?initiationMethod=API&queueId=" + fixture.queue()).object()).size());
        JsonObject first = supervisor.get("api/v1/contact-records/" + made.get(0)).object();
        String at = first.getString("InitiationTimestamp");
        assertEquals(List.of(made.get(0)), ids(supervisor.get("api/v1/contact-records?queueId=" + fixture.queue() + "&from=" + enc(at)
                + "&to=" + enc(Instant.parse(at).plusNanos(1000).toString())).object()), "from inclusive, to exclusive");

        for (String[] bad : new String[][] {{"limit=0", "limit"}, {"limit=101", "limit"}, {"limit=x", "limit"}, {"from=yesterday", "from"},
                {"channel=FAX", "channel"}, {"initiationMethod=EMAIL", "initiationMethod"}, {"nextToken=garbage", "nextToken"},
                {"attribute=noequals", "attribute"}, {"text=", "text"}}) {
            Answer answer = supervisor.get("api/v1/contact-records?" + bad[0]);
            assertEquals(400, answer.status(), bad[0] + ": " + answer);
            assertEquals("application/problem+json", answer.contentType().split(";")[0]);
            assertTrue(answer.body().contains("\"" + bad[1] + "\""), bad[0] + " names its field: " + answer.body());
        }
        assertEquals(404, supervisor.get("api/v1/contact-records/" + UUID.randomUUID()).status());
        assertEquals(404, supervisor.get("api/v1/contact-records/" + made.get(0) + "/transcript").status(), "a voice contact has no transcript");
    }

    /** A contact queued over the API in the fixture's queue, tagged with this test's id. */
    private String queued(String channel, String name) {
        return admin.created("contacts", Json.createObjectBuilder().add("queueId", fixture.queue()).add("channel", channel)
                .add("attributes", Json.createObjectBuilder().add("tag", unique).add("name", name))).getString("id");
    }

    private String profileOf(String username) {
        return admin.get("api/v1/users").array().stream().map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow().getString("routingProfileId");
    }

    static List<String> ids(JsonObject page) {
        return page.getJsonArray("records").stream().map(r -> r.asJsonObject().getString("ContactId")).toList();
    }

    /** The lines of the center's record files for one contact, in file order. */
    static List<JsonObject> sinkLines(Path directory, String contactId) throws IOException {
        List<JsonObject> lines = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.contains(contactId)) {
                        try (var reader = Json.createReader(new StringReader(line))) {
                            JsonObject o = reader.readObject();
                            if (o.getString("ContactId").equals(contactId)) {
                                lines.add(o);
                            }
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static JsonObject answer(String type, String contactId) {
        return Json.createObjectBuilder().add("type", type).add("contactId", contactId).build();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
