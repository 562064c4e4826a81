package org.contactcenter.it;

import static org.contactcenter.it.ConfigurationApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Web chat through the deployed application, with real WebSocket clients on both sides: customers on /ws/chat
 * (authenticated by their participant token), agents on /ws/agent. Each test has its own queue, profile (2 chats),
 * agent and flow (a welcome, a question with options, the queue).
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class ChatIT {
    final URL root = SharedCenter.url();
    Api admin;
    int port;
    String unique;
    String queue;
    String agent;
    String flow;

    @BeforeEach
    void ownQueueAgentAndFlow() {
        admin = Api.at(root.toString()).awaitReady().admin();
        port = root.getPort();
        unique = UUID.randomUUID().toString().substring(0, 8);
        ChatFixture fixture = ChatFixture.create(admin, unique);
        queue = fixture.queue();
        agent = fixture.agent();
        flow = fixture.flow();
    }

    @Test
    void aChatRunsItsFlowWaitsInTheQueueAndTalksWithTheAgent() throws Exception {
        JsonObject chat = start("Hanako <b>Y</b>");
        try (JsonSocket customer = JsonSocket.customer(port); JsonSocket fay = JsonSocket.agent(port, agent, "agent-pass-1")) {
            JsonObject transcript = authenticate(customer, chat);
            assertEquals(List.of("Welcome to the chat.", "Sales or support?"), texts(transcript.getJsonArray("messages")));
            assertEquals(List.of("sales", "support"), transcript.getJsonArray("messages").getJsonObject(1).getJsonArray("options")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

            customer.send(message("I need SUPPORT please", "c-1"));
            JsonObject ack = customer.await("ack of message", m -> m.getString("type").equals("ack"));
            assertEquals("c-1", ack.getString("clientMessageId"));
            int first = ack.getInt("sequence");
            org.awaitility.Awaitility.await("queued").atMost(Waits.seconds(20)).until(() ->
                    admin.get("api/v1/contacts/" + chat.getString("contactId")).status() == 200);
            assertEquals("WAITING", admin.get("api/v1/contacts/" + chat.getString("contactId")).object().getString("state"));

            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String contactId = fay.awaitType("offer").getJsonObject("contact").getString("id");
            assertEquals(chat.getString("contactId"), contactId);
            fay.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contactId).build());
            JsonObject agentTranscript = fay.awaitType("chat-transcript");
            assertTrue(texts(agentTranscript.getJsonArray("messages")).contains("I need SUPPORT please"), agentTranscript.toString());
            assertEquals("Hanako <b>Y</b>", agentTranscript.getJsonObject("chat").getString("displayName"), "stored as sent");
            customer.await("Fay joined", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("text").equals("Fay joined the chat."));

            fay.send(Json.createObjectBuilder().add("type", "chat-message").add("contactId", contactId).add("text", "Hello, I am Fay.").add("clientMessageId", "a-1").build());
            assertTrue(fay.await("ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("chat-message")).getInt("sequence") > first);
            JsonObject fromAgent = customer.await("the agent's message", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("participant").equals("AGENT")).getJsonObject("message");
            assertEquals("Hello, I am Fay.", fromAgent.getString("text"));
            assertEquals("Fay", fromAgent.getString("sender"));
            fay.await("delivered", m -> m.getString("type").equals("chat-receipt") && m.getString("kind").equals("delivered"));

            customer.send(Json.createObjectBuilder().add("type", "typing").build());
            fay.awaitType("chat-typing");
            customer.send(Json.createObjectBuilder().add("type", "read").add("sequence", fromAgent.getInt("sequence")).build());
            assertEquals(fromAgent.getInt("sequence"), fay.await("read", m -> m.getString("type").equals("chat-receipt")
                    && m.getString("kind").equals("read")).getInt("sequence"));
            customer.send(message("Thanks!", "c-2"));
            assertEquals("Thanks!", fay.await("customer message", m -> m.getString("type").equals("chat-message")
                    && m.getJsonObject("message").getString("participant").equals("CUSTOMER")).getJsonObject("message").getString("text"));
            customer.await("delivered", m -> m.getString("type").equals("receipt") && m.getString("kind").equals("delivered"));

            customer.send(Json.createObjectBuilder().add("type", "end").build());
            fay.awaitType("chat-ended");
            org.awaitility.Awaitility.await("the agent's slot in ACW").atMost(Waits.seconds(20)).until(() ->
                    admin.get("api/v1/contacts/" + contactId).object().getString("state").equals("AFTER_CONTACT_WORK"));
            JsonArray all = admin.get("api/v1/chats/" + chat.getString("chatId") + "/transcript").array();
            List<Integer> sequences = all.stream().map(m -> m.asJsonObject().getInt("sequence")).toList();
            for (int i = 1; i < sequences.size(); i++) {
                assertTrue(sequences.get(i) > sequences.get(i - 1), "in order: " + sequences);
            }
            assertTrue(texts(all).containsAll(List.of("I need SUPPORT please", "Hello, I am Fay.", "Thanks!")), all.toString());
        }
    }

    @Test
    void whileWaitingTheCustomerGetsTheQueueFlowsMessages() throws Exception {
        ChatFixture withQueueFlow = ChatFixture.create(admin, unique + "q", true);
        Answer answer = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder().add("flowId", withQueueFlow.flow())
                .add("displayName", "Patient").build());
        assertEquals(201, answer.status(), answer.toString());
        JsonObject chat = answer.object();
        try (JsonSocket c = JsonSocket.customer(port)) {
            authenticate(c, chat);
            c.send(message("support", null));
            c.await("position", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("text").startsWith("You are number 1 in the queue."));
            c.await("hold message", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("text").equals("Thank you for waiting. The next free agent will answer you."));
        }
    }

    @Test
    void aDroppedSocketKeepsThePlaceAndAnotherDeviceGetsTheWholeTranscript() throws Exception {
        JsonObject chat = start("Taro");
        try (JsonSocket phone = JsonSocket.customer(port)) {
            authenticate(phone, chat);
            phone.send(message("sales", "p-1"));
            phone.await("ack", m -> m.getString("type").equals("ack"));
        }
        org.awaitility.Awaitility.await("queued").atMost(Waits.seconds(20)).until(() ->
                admin.get("api/v1/contacts/" + chat.getString("contactId")).status() == 200);
        assertEquals("WAITING", admin.get("api/v1/contacts/" + chat.getString("contactId")).object().getString("state"), "the chat keeps its place");
        try (JsonSocket laptop = JsonSocket.customer(port)) {
            JsonObject transcript = authenticate(laptop, chat);
            assertEquals(List.of("Welcome to the chat.", "Sales or support?", "sales"), texts(transcript.getJsonArray("messages")));
            laptop.send(message("sales", "p-1")); // a retry of the same message is stored once
            assertEquals(transcript.getJsonArray("messages").getJsonObject(2).getInt("sequence"),
                    laptop.await("ack", m -> m.getString("type").equals("ack")).getInt("sequence"));
        }
        assertEquals(3, admin.get("api/v1/chats/" + chat.getString("chatId") + "/transcript").array().size());
    }

    /**
     * Messages are stored in batches (one commit for many): many sockets writing at once, two devices of each chat
     * sending the same retried messages, lose nothing, store each client id once, number each chat 1, 2, 3, …
     * without gaps, and acknowledge each message with the number it was stored under.
     */
    @Test
    void manyWritersAtOnceLoseNothingAndNumberEachChatWithoutGaps() throws Exception {
        // two devices of one chat share its rate limit (20 in 10 s): 2 × (7 + 3) sends fit it exactly
        int perDevice = 7;
        int retriedOnBoth = 3;
        List<JsonObject> chats = new ArrayList<>();
        List<JsonSocket> devices = new ArrayList<>();
        try {
            for (int c = 0; c < 4; c++) {
                JsonObject chat = start("Writer " + c);
                chats.add(chat);
                for (int d = 0; d < 2; d++) {
                    JsonSocket device = JsonSocket.customer(port);
                    devices.add(device);
                    authenticate(device, chat);
                }
            }
            List<java.util.concurrent.CompletableFuture<Void>> sending = new ArrayList<>();
            for (int k = 0; k < devices.size(); k++) {
                JsonSocket device = devices.get(k);
                int d = k % 2;
                sending.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < perDevice; i++) {
                        device.send(message("device " + d + " says " + i, "d" + d + "-" + i));
                        if (i < retriedOnBoth) {
                            device.send(message("sent from both devices " + i, "both-" + i));
                        }
                    }
                }));
            }
            sending.forEach(java.util.concurrent.CompletableFuture::join);
            List<java.util.Map<String, Integer>> ackedByChat = new ArrayList<>();
            for (int k = 0; k < devices.size(); k++) { // every device's acks first: a chat is complete once both of its devices are
                if (k % 2 == 0) {
                    ackedByChat.add(new java.util.HashMap<>());
                }
                for (int i = 0; i < perDevice + retriedOnBoth; i++) {
                    JsonObject ack = devices.get(k).await("ack " + i, m -> m.getString("type").equals("ack") && m.getString("ref").equals("message"));
                    ackedByChat.get(k / 2).put(ack.getString("clientMessageId"), ack.getInt("sequence"));
                }
            }
            for (int c = 0; c < chats.size(); c++) {
                JsonObject chat = chats.get(c);
                java.util.Map<String, Integer> acked = ackedByChat.get(c);
                JsonArray stored = admin.get("api/v1/chats/" + chat.getString("chatId") + "/transcript").array();
                List<Integer> sequences = stored.stream().map(m -> m.asJsonObject().getInt("sequence")).toList();
                assertEquals(java.util.stream.IntStream.rangeClosed(1, sequences.size()).boxed().toList(), sequences, "numbered without gaps");
                List<String> clientIds = stored.stream().map(JsonValue::asJsonObject).filter(m -> m.containsKey("clientMessageId"))
                        .map(m -> m.getString("clientMessageId")).toList();
                assertEquals(2 * perDevice + retriedOnBoth, clientIds.size(), "every message once, a retried one once: " + clientIds);
                assertEquals(clientIds.size(), new java.util.HashSet<>(clientIds).size(), "no client id twice: " + clientIds);
                for (JsonValue v : stored) {
                    JsonObject m = v.asJsonObject();
                    if (m.containsKey("clientMessageId") && acked.containsKey(m.getString("clientMessageId"))) {
                        assertEquals(m.getInt("sequence"), acked.get(m.getString("clientMessageId")), "acknowledged as stored: " + m);
                    }
                }
            }
        } finally {
            devices.forEach(JsonSocket::close);
        }
    }

    @Test
    void anAgentNeverHoldsMoreChatsThanItsProfileAllows() throws Exception {
        List<JsonObject> chats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject chat = start("Customer " + i);
            chats.add(chat);
            try (JsonSocket c = JsonSocket.customer(port)) {
                authenticate(c, chat);
                c.send(message("support", null));
                c.await("ack", m -> m.getString("type").equals("ack"));
            }
        }
        try (JsonSocket fay = JsonSocket.agent(port, agent, "agent-pass-1")) {
            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String one = fay.awaitType("offer").getJsonObject("contact").getString("id");
            String two = fay.awaitType("offer").getJsonObject("contact").getString("id");
            assertEquals(List.of(chats.get(0).getString("contactId"), chats.get(1).getString("contactId")), List.of(one, two), "FIFO, two chat slots");
            for (String id : List.of(one, two)) {
                fay.send(Json.createObjectBuilder().add("type", "accept").add("contactId", id).build());
                fay.await("accepted", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept") && id.equals(m.getString("contactId", "")));
            }
            assertEquals("WAITING", admin.get("api/v1/contacts/" + chats.get(2).getString("contactId")).object().getString("state"));
            fay.send(Json.createObjectBuilder().add("type", "end").add("contactId", one).build());
            fay.await("ended", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
            assertEquals("WAITING", admin.get("api/v1/contacts/" + chats.get(2).getString("contactId")).object().getString("state"), "ACW keeps the slot");
            fay.send(Json.createObjectBuilder().add("type", "acw-done").add("contactId", one).build());
            assertEquals(chats.get(2).getString("contactId"), fay.awaitType("offer").getJsonObject("contact").getString("id"));
        }
    }

    @Test
    void badFramesGetErrorFramesAndNothingIsStored() throws Exception {
        JsonObject mine = start("Mine");
        JsonObject other = start("Other");
        try (JsonSocket c = JsonSocket.customer(port)) {
            c.send(message("hello", null));
            assertEquals("unauthenticated", c.awaitType("error").getString("code"));
            c.send(Json.createObjectBuilder().add("type", "authenticate").add("token", "guess").build());
            assertEquals("unauthenticated", c.awaitType("error").getString("code"));
            authenticate(c, mine);
            c.sendRaw("{not json");
            assertEquals("malformed", c.awaitType("error").getString("code"));
            c.sendRaw("[1]");
            assertEquals("malformed", c.awaitType("error").getString("code"));
            c.send(Json.createObjectBuilder().add("type", "dance").build());
            assertEquals("unknown-type", c.awaitType("error").getString("code"));
            c.send(message("x".repeat(1025), null));
            assertEquals("invalid", c.awaitType("error").getString("code"));
            c.send(message("   ", null));
            assertEquals("invalid", c.awaitType("error").getString("code"));
            c.sendRaw("{\"type\":\"message\",\"text\":\"" + "y".repeat(70_000) + "\"}");
            assertEquals("invalid", c.awaitType("error").getString("code"), "an oversize message in a 70 KB frame");
            c.sendRaw("{\"type\":\"message\",\"text\":\"" + "z".repeat(300_000) + "\"}");
            // a frame over 256 KiB: the server closes this socket (1009), and nothing else
            c.awaitClose();
        }
        assertEquals(2, admin.get("api/v1/chats/" + mine.getString("chatId") + "/transcript").array().size(), "only the flow's two messages");
        try (JsonSocket flood = JsonSocket.customer(port)) {
            authenticate(flood, other);
            for (int i = 0; i < 25; i++) {
                flood.send(message("2" + i, "f-" + i));
            }
            List<JsonObject> answers = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                answers.add(flood.await("answer " + i, m -> m.getString("type").equals("ack") || m.getString("type").equals("error")));
            }
            long limited = answers.stream().filter(a -> a.getString("type").equals("error") && a.getString("code").equals("rate-limited")).count();
            assertTrue(limited >= 5, "at most 20 messages in 10 s: " + answers);
            JsonArray stored = admin.get("api/v1/chats/" + other.getString("chatId") + "/transcript").array();
            assertTrue(stored.stream().noneMatch(m -> m.asJsonObject().getString("text").equals("Mine")), "a token opens its own chat only");
            assertEquals(25 - limited, stored.stream().filter(m -> m.asJsonObject().getString("participant").equals("CUSTOMER")).count());
        }
        try (JsonSocket fay = JsonSocket.agent(port, agent, "agent-pass-1")) {
            fay.awaitType("state");
            fay.send(Json.createObjectBuilder().add("type", "chat-message").add("contactId", mine.getString("contactId")).add("text", "hi").build());
            assertEquals("conflict", fay.awaitType("error").getString("code"), "not the agent's chat");
        }
        Api site = Api.at(root.toString()).anonymous();
        Answer preflight = site.send(site.request("api/v1/chats").header("Origin", "https://www.example.com")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.status(), "the widget may start chats from the company's site: " + preflight);
        assertEquals("*", preflight.response().headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertProblem(Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder().build()), 400);
        assertProblem(Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder().add("displayName", "x").add("flowId", "nope").build()), 404);
        assertProblem(Api.at(root.toString()).anonymous().get("api/v1/chats/" + mine.getString("chatId") + "/transcript"), 401);
        assertProblem(Api.at(root.toString()).as("alice", "agent-pass").get("api/v1/chats/" + mine.getString("chatId") + "/transcript"), 403);
    }

    @Test
    void anEndedChatIsResumedWithThePastTranscriptAndAnIdleOneTimesOut() throws Exception {
        JsonObject chat = start("Grace");
        try (JsonSocket c = JsonSocket.customer(port)) {
            authenticate(c, chat);
            c.send(message("I asked before", "g-1"));
            c.await("ack", m -> m.getString("type").equals("ack"));
            c.send(Json.createObjectBuilder().add("type", "end").build());
            c.await("ack of end", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
        }
        Answer resumed = Api.at(root.toString()).anonymous().post("api/v1/chats/resume",
                Json.createObjectBuilder().add("participantToken", chat.getString("participantToken")).build());
        assertEquals(201, resumed.status(), resumed.toString());
        JsonObject again = resumed.object();
        assertEquals(chat.getString("chatId"), again.getString("previousChatId"));
        assertNotEquals(chat.getString("contactId"), again.getString("contactId"));
        try (JsonSocket c = JsonSocket.customer(port)) {
            List<String> texts = texts(authenticate(c, again).getJsonArray("messages"));
            assertEquals("I asked before", texts.get(2), "the past session comes first: " + texts);
            assertEquals("Welcome to the chat.", texts.get(texts.size() - 2));
            assertProblem(Api.at(root.toString()).anonymous().post("api/v1/chats/resume",
                    Json.createObjectBuilder().add("participantToken", again.getString("participantToken")).build()), 409);
            // the test server's idle timeout is 25 s (cc.chat.idle-timeout-seconds)
            JsonObject ended = c.await("the idle timeout", m -> m.getString("type").equals("ended"), Waits.seconds(60));
            assertEquals("idle timeout", ended.getString("reason"));
        }
    }

    @Test
    void aChatCustomerAsksForACallAndTheVoiceAgentGetsTheTranscript() throws Exception {
        JsonObject chat = start("Kenji");
        try (JsonSocket c = JsonSocket.customer(port)) {
            authenticate(c, chat);
            c.send(Json.createObjectBuilder().add("type", "callback").add("phoneNumber", "+81312345678").build());
            assertEquals("conflict", c.awaitType("error").getString("code"), "no queue before the flow has chosen one");
            c.send(message("sales", "k-1"));
            c.await("ack", m -> m.getString("type").equals("ack") && m.getString("ref").equals("message"));
            org.awaitility.Awaitility.await("queued").atMost(Waits.seconds(20)).until(() ->
                    admin.get("api/v1/contacts/" + chat.getString("contactId")).status() == 200);
            c.send(Json.createObjectBuilder().add("type", "callback").add("phoneNumber", "12345").build());
            assertEquals("invalid", c.awaitType("error").getString("code"));
            c.send(Json.createObjectBuilder().add("type", "callback").add("phoneNumber", "+81312345678").build());
            c.await("ack of callback", m -> m.getString("type").equals("ack") && m.getString("ref").equals("callback"));
            c.await("confirmation", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("text").equals("We will call you back at +81312345678."));
        }
        JsonObject voiceContact = admin.get("api/v1/queues/" + queue + "/contacts").array().stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("channel").equals("VOICE")).findFirst().orElseThrow();
        JsonObject callback = admin.get("api/v1/contacts/" + voiceContact.getString("contactId")).object();
        assertEquals("CALLBACK", callback.getString("initiationMethod"));
        assertEquals("+81312345678", callback.getJsonObject("attributes").getString("callbackNumber"));
        assertEquals(chat.getString("chatId"), callback.getJsonObject("attributes").getString("relatedChatId"));

        String voiceAgent = "cv-" + unique;
        String voiceProfile = created("routing-profiles", Json.createObjectBuilder().add("name", "CV-" + unique)
                .add("mediaConcurrencies", Json.createArrayBuilder().add(Json.createObjectBuilder().add("channel", "VOICE").add("concurrency", 1)))
                .add("queueConfigs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE")
                        .add("priority", 1).add("delay", 0)))
                .add("defaultOutboundQueueId", queue)).getString("id");
        created("users", ConfigurationApiIT.user(voiceAgent, "agent-pass-1", "AGENT").add("routingProfileId", voiceProfile));
        try (JsonSocket voice = JsonSocket.agent(port, voiceAgent, "agent-pass-1")) {
            assertProblem(Api.at(root.toString()).as(voiceAgent, "agent-pass-1").get("api/v1/chats/" + chat.getString("chatId") + "/transcript"), 403);
            voice.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String offered = voice.awaitType("offer").getJsonObject("contact").getString("id");
            assertEquals(callback.getString("id"), offered);
            voice.send(Json.createObjectBuilder().add("type", "accept").add("contactId", offered).build());
            JsonObject transcript = voice.awaitType("chat-transcript");
            assertEquals(offered, transcript.getString("contactId"));
            assertTrue(texts(transcript.getJsonArray("messages")).contains("We will call you back at +81312345678."));
            assertEquals(200, Api.at(root.toString()).as(voiceAgent, "agent-pass-1").get("api/v1/chats/" + chat.getString("chatId") + "/transcript").status(),
                    "the voice agent may read the chat it calls back");
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private JsonObject start(String name) {
        Answer answer = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder().add("flowId", flow).add("displayName", name).build());
        assertEquals(201, answer.status(), answer.toString());
        JsonObject chat = answer.object();
        assertTrue(chat.getString("participantToken").length() >= 40);
        return chat;
    }

    private static JsonObject authenticate(JsonSocket socket, JsonObject chat) {
        socket.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
        JsonObject transcript = socket.awaitType("transcript");
        assertEquals(chat.getString("chatId"), transcript.getJsonObject("chat").getString("chatId"));
        assertFalse(transcript.getJsonObject("chat").containsKey("participantToken"), "the token is never sent back");
        return transcript;
    }

    private static JsonObject message(String text, String clientId) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "message").add("text", text);
        if (clientId != null) {
            b.add("clientMessageId", clientId);
        }
        return b.build();
    }

    private static List<String> texts(JsonArray messages) {
        return messages.stream().map(m -> m.asJsonObject().getString("text")).toList();
    }

    private JsonObject created(String collection, JsonObjectBuilder body) {
        Answer answer = admin.post("api/v1/" + collection, body.build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }



}
