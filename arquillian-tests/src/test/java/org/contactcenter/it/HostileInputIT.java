package org.contactcenter.it;

import static org.contactcenter.it.ConfigurationApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text from outside is checked once, at the edge, before anything is stored: every REST body and socket frame with
 * malformed UTF-8, a lone UTF-16 surrogate ({@code "\ud800"}) or U+0000 in any string, a duplicated key, content
 * after the JSON, or no object at all is refused naming the field — and the chat, the offer and the team go on.
 * Frames over a socket's limit are closed with 1009 before they are read.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class HostileInputIT {
    static final List<String> COLLECTIONS = List.of("queues", "routing-profiles", "hours-of-operation", "users", "agent-statuses",
            "phone-numbers", "quick-connects", "contact-flows", "prompts", "external-functions", "quick-tables");
    final URL root = SharedCenter.url();
    Api admin;
    String unique;

    @BeforeEach
    void client() {
        admin = Api.at(root.toString()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private Answer raw(String method, String path, byte[] body) {
        return admin.send(admin.request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(Answer answer, String field) {
        assertProblem(answer, 400);
        assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""), "JSON answers are never sniffed");
        assertTrue(answer.object().getJsonArray("violations").stream().map(JsonObject.class::cast)
                .anyMatch(v -> v.getString("field").equals(field)), field + " named: " + answer.body());
    }

    @Test
    void everyConfigurationResourceRefusesHostileBodiesAndStoresNothing() {
        String sales = admin.idOf("queues", "name", "Sales");
        String name = "Hostile-" + unique;
        for (String collection : COLLECTIONS) {
            int before = admin.get("api/v1/" + collection).array().size();
            for (String method : List.of("POST", "PUT")) {
                String path = "api/v1/" + collection + (method.equals("PUT") ? "/" + admin.get("api/v1/" + collection).array()
                        .getJsonObject(0).getString("id") : "");
                String where = method + " " + collection;
                assertRefused(raw(method, path, utf8("null")), "body");
                assertRefused(raw(method, path, null), "body");
                assertRefused(raw(method, path, utf8("[]")), "body");
                assertRefused(raw(method, path, utf8("{\"name\":\"" + name + "\"}xyz")), "body");
                assertRefused(raw(method, path, utf8("{\"name\":\"" + name + "\",\"name\":\"twice\"}")), "name");
                assertRefused(raw(method, path, utf8("{\"name\":\"" + name + "\\ud800\"}")), "name");
                assertRefused(raw(method, path, utf8("{\"name\":\"" + name + "\",\"description\":\"a\\u0000b\"}")), "description");
                for (byte[] bad : new byte[][] {{(byte) 0xff}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
                    byte[] body = new byte[bad.length + 20];
                    System.arraycopy(utf8("{\"name\":\"x"), 0, body, 0, 10);
                    System.arraycopy(bad, 0, body, 10, bad.length);
                    System.arraycopy(utf8("\"}        "), 0, body, 10 + bad.length, 10);
                    assertRefused(raw(method, path, body), "body");
                }
                assertEquals(before, admin.get("api/v1/" + collection).array().size(), where + ": nothing created");
            }
        }
        assertEquals("Sales", admin.get("api/v1/queues/" + sales).object().getString("name"), "nothing replaced");
    }

    @Test
    void numbersAreNeitherWrappedNorTruncatedAndTextsNotCoerced() {
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        String queue = admin.idOf("queues", "name", "Billing");
        java.util.function.Function<String, Answer> post = body -> raw("POST", "api/v1/queues", utf8(body));
        assertRefused(post.apply("{\"name\":\"Q-" + unique + "\",\"hoursOfOperationId\":\"" + hours + "\",\"maxContacts\":4294967297}"), "maxContacts");
        assertRefused(post.apply("{\"name\":[\"x\",\"y\"],\"hoursOfOperationId\":\"" + hours + "\"}"), "name");
        assertRefused(post.apply("{\"name\":true,\"hoursOfOperationId\":\"" + hours + "\"}"), "name");
        assertRefused(post.apply("{\"name\":-1,\"hoursOfOperationId\":\"" + hours + "\"}"), "name");
        String profile = ConfigurationApiIT.profile("P-" + unique, 2, queue, 1, 0).build().toString();
        assertRefused(raw("POST", "api/v1/routing-profiles", utf8(profile.replace("\"concurrency\":2", "\"concurrency\":4294967298"))),
                "mediaConcurrencies[1].concurrency");
        assertRefused(raw("POST", "api/v1/routing-profiles", utf8(profile.replace("\"delay\":0", "\"delay\":1e309"))), "queueConfigs[0].delay");
        assertRefused(raw("POST", "api/v1/routing-profiles", utf8(profile.replace("\"priority\":1", "\"priority\":1.5"))), "queueConfigs[0].priority");
        assertRefused(raw("POST", "api/v1/contacts", utf8("{\"queueId\":\"" + queue + "\",\"channel\":\"CHAT\",\"priority\":4294967297}")), "priority");
        String user = ConfigurationApiIT.user("u-" + unique, "agent-pass-1", "AGENT")
                .add("afterContactWorkTimeouts", Json.createObjectBuilder().add("voice", 1).add("chat", 1)).build().toString();
        assertRefused(raw("POST", "api/v1/users", utf8(user.replace("\"chat\":1", "\"chat\":1e309"))), "afterContactWorkTimeouts.chat");
        assertTrue(admin.get("api/v1/users").array().stream().noneMatch(u -> u.asJsonObject().getString("username").equals("u-" + unique)),
                "nothing created");
    }

    @Test
    void contactsAndChatsRefuseInvalidTextInAttributesAndNames() {
        String queue = admin.idOf("queues", "name", "Billing");
        assertRefused(admin.send(admin.request("api/v1/contacts").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"queueId\":\"" + queue + "\",\"channel\":\"CHAT\",\"attributes\":{\"vip\":\"\\ud800\"}}"))), "attributes.vip");
        assertRefused(admin.send(admin.request("api/v1/contacts").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"queueId\":\"" + queue + "\",\"channel\":\"CHAT\",\"attributes\":{\"a\":null}}"))), "attributes.a");
        ChatFixture fixture = ChatFixture.create(admin, unique);
        Api site = Api.at(root.toString()).anonymous();
        assertRefused(site.send(site.request("api/v1/chats").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"flowId\":\"" + fixture.flow() + "\",\"displayName\":\"Hanako\",\"attributes\":{\"a\":null}}"))), "attributes.a");
        assertEquals(200, admin.get("api/v1/flow-runs").status(), "the flow-run list is unharmed");
        assertRefused(site.send(site.request("api/v1/chats").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"flowId\":\"" + fixture.flow() + "\",\"displayName\":\"Hanako\\udc00\"}"))), "displayName");
        assertRefused(site.send(site.request("api/v1/chats").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"flowId\":\"" + fixture.flow() + "\",\"displayName\":\"Hanako\",\"attributes\":{\"k\":\"\\ud800\"}}"))), "attributes.k");
    }

    @Test
    void aLoneSurrogateInAChatFrameIsRefusedAndTheChatGoesOnForBothSides() throws Exception {
        ChatFixture fixture = ChatFixture.create(admin, unique);
        JsonObject chat = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder()
                .add("flowId", fixture.flow()).add("displayName", "Hanako").build()).object();
        int port = root.getPort();
        try (JsonSocket customer = JsonSocket.customer(port); JsonSocket fay = JsonSocket.agent(port, fixture.agent(), "agent-pass-1")) {
            customer.sendRaw("{\"type\":\"authenticate\",\"token\":\"\\ud800\"}");
            assertEquals("token", customer.await("invalid token text", m -> m.getString("type").equals("error")).getString("field"));
            customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
            int before = customer.awaitType("transcript").getJsonArray("messages").size();
            customer.sendRaw("{\"type\":\"message\",\"text\":\"broken \\ud800 text\",\"clientMessageId\":\"c-bad\"}");
            JsonObject refused = customer.await("refused", m -> m.getString("type").equals("error"));
            assertEquals("invalid", refused.getString("code"));
            assertEquals("text", refused.getString("field"));
            customer.sendRaw("{\"type\":\"message\",\"text\":\"support\",\"type\":\"end\"}");
            assertEquals("type", customer.await("duplicate key", m -> m.getString("type").equals("error")).getString("field"));

            customer.send(Json.createObjectBuilder().add("type", "message").add("text", "support").add("clientMessageId", "c-1").build());
            customer.await("ack", m -> m.getString("type").equals("ack"));
            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String contactId = fay.awaitType("offer").getJsonObject("contact").getString("id");
            fay.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contactId).build());
            JsonObject transcript = fay.awaitType("chat-transcript");
            assertFalse(transcript.toString().contains("broken"), "nothing of the refused frame was stored");
            fay.sendRaw("{\"type\":\"chat-message\",\"contactId\":\"" + contactId + "\",\"text\":\"\\udfff\"}");
            assertEquals("text", fay.await("agent's frame refused", m -> m.getString("type").equals("error")).getString("field"));
            fay.send(Json.createObjectBuilder().add("type", "chat-message").add("contactId", contactId).add("text", "こんにちは 😀").build());
            assertEquals("こんにちは 😀", customer.await("relayed", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("participant").equals("AGENT")).getJsonObject("message").getString("text"));
        }
        try (JsonSocket again = JsonSocket.customer(port)) {
            again.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
            JsonObject transcript = again.awaitType("transcript");
            assertTrue(transcript.getJsonArray("messages").size() >= 3, "a reconnect still gets the transcript: " + transcript);
            assertFalse(transcript.toString().contains("broken"));
        }
    }

    @Test
    void anAgentToWhomAChatIsOnlyOfferedCannotReadIt() throws Exception {
        ChatFixture fixture = ChatFixture.create(admin, unique);
        JsonObject chat = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder()
                .add("flowId", fixture.flow()).add("displayName", "Hanako").build()).object();
        int port = root.getPort();
        try (JsonSocket customer = JsonSocket.customer(port); JsonSocket fay = JsonSocket.agent(port, fixture.agent(), "agent-pass-1")) {
            customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
            customer.awaitType("transcript");
            customer.send(Json.createObjectBuilder().add("type", "message").add("text", "support, my card number is secret").build());
            customer.await("ack", m -> m.getString("type").equals("ack"));
            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String contactId = fay.awaitType("offer").getJsonObject("contact").getString("id");
            Api asFay = Api.at(root.toString()).as(fixture.agent(), "agent-pass-1");
            assertProblem(asFay.get("api/v1/chats/" + chat.getString("chatId") + "/transcript"), 403);
            fay.send(Json.createObjectBuilder().add("type", "chat-transcript").add("contactId", contactId).build());
            assertEquals("conflict", fay.await("refused", m -> m.getString("type").equals("error")).getString("code"));
            fay.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contactId).build());
            assertTrue(fay.awaitType("chat-transcript").toString().contains("my card number"), "once accepted, the transcript is hers");
            assertEquals(200, asFay.get("api/v1/chats/" + chat.getString("chatId") + "/transcript").status());
        }
    }

    @Test
    void theMessageRateLimitIsPerChatAcrossSocketsAndReconnects() throws Exception {
        ChatFixture fixture = ChatFixture.create(admin, unique);
        JsonObject chat = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder()
                .add("flowId", fixture.flow()).add("displayName", "Flooder").build()).object();
        int port = root.getPort();
        try (JsonSocket first = JsonSocket.customer(port); JsonSocket second = JsonSocket.customer(port)) {
            for (JsonSocket socket : List.of(first, second)) {
                socket.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
                socket.awaitType("transcript");
            }
            for (int i = 0; i < 15; i++) {
                first.sendAsync(Json.createObjectBuilder().add("type", "message").add("text", "a" + i).build());
                second.sendAsync(Json.createObjectBuilder().add("type", "message").add("text", "b" + i).build());
            }
            int acked = 0;
            int limited = 0;
            for (JsonSocket socket : List.of(first, second)) {
                for (int i = 0; i < 15; i++) {
                    JsonObject answer = socket.await("answer " + i, m -> m.getString("type").equals("ack") && m.getString("ref").equals("message")
                            || m.getString("type").equals("error"));
                    if (answer.getString("type").equals("ack")) {
                        acked++;
                    } else {
                        assertEquals("rate-limited", answer.getString("code"), answer.toString());
                        limited++;
                    }
                }
            }
            assertEquals(30, acked + limited);
            assertTrue(acked <= 20, "20 per 10 s for the chat, whichever socket: " + acked);
        }
        try (JsonSocket again = JsonSocket.customer(port)) {
            again.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
            again.awaitType("transcript");
            again.send(Json.createObjectBuilder().add("type", "message").add("text", "after a reconnect").build());
            assertEquals("rate-limited", again.await("no fresh budget", m -> m.getString("type").equals("error")).getString("code"));
        }
    }

    @Test
    void startingAndResumingChatsIsLimitedPerClientAddress() {
        Api site = Api.at(root.toString()).anonymous();
        String client = "198.51.100." + Math.abs(unique.hashCode() % 250);
        java.util.function.Supplier<Answer> resume = () -> site.send(site.request("api/v1/chats/resume").header("Content-Type", "application/json")
                .header("X-Test-Client", "203.0.113.9, " + client + "-" + unique)
                .POST(HttpRequest.BodyPublishers.ofString("{\"participantToken\":\"no-such-token\"}")));
        Answer answer = null;
        for (int i = 0; i < 201 && (answer == null || answer.status() != 429); i++) {
            answer = resume.get();
            assertTrue(answer.status() == 404 || answer.status() == 429, answer.toString());
        }
        assertProblem(answer, 429);
        long retryAfter = Long.parseLong(answer.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(404, site.send(site.request("api/v1/chats/resume").header("Content-Type", "application/json")
                .header("X-Test-Client", "192.0.2.77-" + unique).POST(HttpRequest.BodyPublishers.ofString("{\"participantToken\":\"x\"}"))).status(),
                "another client is not affected");
    }

    @Test
    void framesOverTheLimitAreClosedWith1009BeforeTheyAreRead() throws Exception {
        ChatFixture fixture = ChatFixture.create(admin, unique);
        try (JsonSocket fay = JsonSocket.agent(root.getPort(), fixture.agent(), "agent-pass-1")) {
            fay.awaitType("state");
            fay.sendRaw("{\"type\":\"ping\",\"pad\":\"" + "z".repeat(20 * 1024) + "\"}");
            assertEquals(1009, fay.awaitClose(), "/ws/agent: 16 KiB");
        }
        try (JsonSocket customer = JsonSocket.customer(root.getPort())) {
            customer.sendRaw("{\"type\":\"authenticate\",\"token\":\"" + "z".repeat(300 * 1024) + "\"}");
            assertEquals(1009, customer.awaitClose(), "/ws/chat: 256 KiB, also before authenticate");
        }
    }
}
