package org.contactcenter.it;

import static org.contactcenter.it.ConfigurationApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.awaitility.Awaitility;
import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat protocol's finer promises, through real sockets: one successor per resumed chat and one numbering across
 * sessions, read receipts only for messages the socket received, receipts for what the customer wrote while queued,
 * a state frame with every offer, the center's own messages in the customer's language (the Japanese demo flow, with
 * option labels and Japanese free text), national callback numbers, and refused starts that leave nothing behind.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class ChatProtocolIT {
    final URL root = SharedCenter.url();
    Api admin;
    int port;
    ChatFixture fixture;

    @BeforeEach
    void fixture() {
        admin = Api.at(root.toString()).awaitReady().admin();
        port = root.getPort();
        fixture = ChatFixture.create(admin, UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aResumedChatNumbersOnAndEveryResumeOfItAnswersTheSameChat() throws Exception {
        JsonObject chat = start(Json.createObjectBuilder().add("flowId", fixture.flow()).add("displayName", "Grace"));
        int last;
        try (JsonSocket c = JsonSocket.customer(port)) {
            authenticate(c, chat);
            c.send(message("I asked before", "g-1"));
            last = c.await("ack", m -> m.getString("type").equals("ack")).getInt("sequence");
            c.send(Json.createObjectBuilder().add("type", "end").build());
            c.await("ack of end", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
        }
        JsonObject body = Json.createObjectBuilder().add("participantToken", chat.getString("participantToken")).build();
        List<CompletableFuture<Answer>> racing = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // two tabs and two retries at once
            racing.add(CompletableFuture.supplyAsync(() -> Api.at(root.toString()).anonymous().post("api/v1/chats/resume", body)));
        }
        List<Answer> answers = racing.stream().map(CompletableFuture::join).toList();
        assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), "one resume makes the successor: " + answers);
        assertTrue(answers.stream().allMatch(a -> a.status() == 201 || a.status() == 200), answers.toString());
        JsonObject successor = answers.get(0).object();
        for (Answer a : answers) {
            assertEquals(successor.getString("chatId"), a.object().getString("chatId"), "the same chat for every resume");
            assertEquals(successor.getString("participantToken"), a.object().getString("participantToken"), "and the same token");
        }
        try (JsonSocket c = JsonSocket.customer(port)) {
            JsonArray messages = authenticate(c, successor).getJsonArray("messages");
            List<Integer> sequences = messages.stream().map(m -> m.asJsonObject().getInt("sequence")).toList();
            for (int i = 1; i < sequences.size(); i++) {
                assertTrue(sequences.get(i) > sequences.get(i - 1), "one order across both sessions: " + sequences);
            }
            int firstOfSuccessor = messages.stream().map(JsonValue::asJsonObject).filter(m -> m.getString("chatId").equals(successor.getString("chatId")))
                    .mapToInt(m -> m.getInt("sequence")).min().orElseThrow();
            assertTrue(firstOfSuccessor > last, "the successor numbers on after " + last + ": " + sequences);
        }
    }

    @Test
    void aReadReceiptMustNameAMessageTheSocketReceived() throws Exception {
        JsonObject chat = start(Json.createObjectBuilder().add("flowId", fixture.flow()).add("displayName", "Reader"));
        try (JsonSocket c = JsonSocket.customer(port)) {
            JsonArray messages = authenticate(c, chat).getJsonArray("messages");
            int highest = messages.getJsonObject(messages.size() - 1).getInt("sequence");
            for (JsonValue bad : List.of(Json.createValue(0), Json.createValue(highest + 100), Json.createValue(1.5),
                    Json.createValue(4294967297L), Json.createValue("1"))) {
                c.send(Json.createObjectBuilder().add("type", "read").add("sequence", bad).build());
                JsonObject error = c.awaitType("error");
                assertEquals("invalid", error.getString("code"), bad.toString());
                assertEquals("sequence", error.getString("field"), bad.toString());
            }
            c.send(Json.createObjectBuilder().add("type", "read").add("sequence", highest).build());
            c.send(Json.createObjectBuilder().add("type", "ping").build());
            JsonObject next = c.await("pong or error", m -> m.getString("type").equals("pong") || m.getString("type").equals("error"));
            assertEquals("pong", next.getString("type"), "a read of a received message is taken: " + next);
        }
    }

    @Test
    void whatTheCustomerWroteWhileQueuedIsDeliveredWhenAnAgentAccepts() throws Exception {
        JsonObject chat = start(Json.createObjectBuilder().add("flowId", fixture.flow()).add("displayName", "Queued"));
        try (JsonSocket c = JsonSocket.customer(port); JsonSocket fay = JsonSocket.agent(port, fixture.agent(), "agent-pass-1")) {
            authenticate(c, chat);
            c.send(message("support", "q-1"));
            c.await("ack", m -> m.getString("type").equals("ack"));
            Awaitility.await("queued").atMost(Waits.seconds(20)).until(() -> admin.get("api/v1/contacts/" + chat.getString("contactId")).status() == 200);
            c.send(message("Is anyone there?", "q-2"));
            int waiting = c.await("ack", m -> m.getString("type").equals("ack") && "q-2".equals(m.getString("clientMessageId", null))).getInt("sequence");

            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            JsonObject offer = fay.awaitType("offer");
            String contactId = offer.getJsonObject("contact").getString("id");
            JsonObject state = fay.await("the state after the offer", m -> m.getString("type").equals("state")
                    && m.getJsonObject("state").getJsonObject("contacts").containsKey(contactId));
            assertEquals("OFFERED", state.getJsonObject("state").getJsonObject("contacts").getString(contactId), "a state frame with the offer");

            fay.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contactId).build());
            fay.awaitType("chat-transcript");
            c.await("delivered while queued", m -> m.getString("type").equals("receipt") && m.getString("kind").equals("delivered")
                    && m.getInt("sequence") == waiting);
            fay.send(Json.createObjectBuilder().add("type", "chat-message").add("contactId", contactId).add("text", "Yes, Fay here.").build());
            List<String> seen = new ArrayList<>();
            c.await("the agent's message", m -> {
                if (m.getString("type").equals("message")) {
                    seen.add(m.getJsonObject("message").getString("text"));
                }
                return m.getString("type").equals("message") && m.getJsonObject("message").getString("participant").equals("AGENT");
            });
            assertTrue(seen.indexOf("Fay joined the chat.") >= 0 && seen.indexOf("Fay joined the chat.") < seen.indexOf("Yes, Fay here."),
                    "joined before the agent's first words: " + seen);

            fay.send(Json.createObjectBuilder().add("type", "chat-read").add("contactId", contactId).add("sequence", 999_999).build());
            assertEquals("sequence", fay.await("chat-read refused", m -> m.getString("type").equals("error")).getString("field"));
        }
    }

    @Test
    void aJapaneseCustomerGetsTheJapaneseFlowLabelsSystemMessagesAndANationalCallbackNumber() throws Exception {
        JsonObject chat = start(Json.createObjectBuilder().add("phoneNumber", "+81312340081").add("displayName", "山田 花子").add("language", "ja"));
        assertEquals("ja", chat.getString("language"));
        try (JsonSocket c = JsonSocket.customer(port)) {
            JsonArray messages = authenticate(c, chat).getJsonArray("messages");
            JsonObject menu = messages.stream().map(JsonValue::asJsonObject).filter(m -> m.containsKey("options") && !m.isNull("options"))
                    .findFirst().orElseGet(() -> c.await("the menu", m -> m.getString("type").equals("message")
                            && m.getJsonObject("message").containsKey("options") && !m.getJsonObject("message").isNull("options")).getJsonObject("message"));
            assertTrue(menu.getString("text").startsWith("本日はどのようなご用件でしょうか"), menu.toString());
            assertEquals(List.of("営業へのご相談", "サポート", "アリスと話す"), strings(menu.getJsonArray("optionLabels")));
            assertEquals(List.of("営業", "サポート", "アリス"), strings(menu.getJsonArray("options")), "a button sends a word its condition matches");

            c.send(message("サポートをお願いします", "j-1")); // Japanese free text, no spaces: Kuromoji finds サポート
            c.await("ack", m -> m.getString("type").equals("ack"));
            String support = admin.idOf("queues", "name", "Support");
            Awaitility.await("queued in Support").atMost(Waits.seconds(20)).until(() -> {
                Answer contact = admin.get("api/v1/contacts/" + chat.getString("contactId"));
                return contact.status() == 200 && support.equals(contact.object().getString("queueId"));
            });

            c.send(Json.createObjectBuilder().add("type", "callback").add("phoneNumber", "090-1234-5678").build());
            c.await("ack of callback", m -> m.getString("type").equals("ack") && m.getString("ref").equals("callback"));
            c.await("confirmation in Japanese", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("text").equals("+819012345678 に折り返しお電話いたします。"));
            c.send(Json.createObjectBuilder().add("type", "callback").add("phoneNumber", "12345").build());
            assertEquals("phoneNumber", c.await("refused", m -> m.getString("type").equals("error")).getString("field"));
            c.send(Json.createObjectBuilder().add("type", "end").build());
            c.await("ack of end", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
        }
        List<String> texts = admin.get("api/v1/chats/" + chat.getString("chatId") + "/transcript").array().stream()
                .map(m -> m.asJsonObject().getString("text")).toList();
        assertTrue(texts.contains("お客様がチャットを退出しました。"), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("山田")), "the center's own messages never embed the customer's name: " + texts);
    }

    @Test
    void aRefusedStartLeavesNoChatBehind() {
        String name = "Refused " + UUID.randomUUID();
        Api anonymous = Api.at(root.toString()).anonymous();
        assertProblem(anonymous.post("api/v1/chats", Json.createObjectBuilder().add("flowId", UUID.randomUUID().toString()).add("displayName", name).build()), 404);
        Answer tooLong = anonymous.post("api/v1/chats", Json.createObjectBuilder().add("flowId", "f".repeat(10_000)).add("displayName", name).build());
        assertProblem(tooLong, 400);
        assertTrue(tooLong.toString().contains("flowId"), tooLong.toString());
        assertProblem(anonymous.post("api/v1/chats", Json.createObjectBuilder().add("flowId", fixture.flow()).add("displayName", name)
                .add("language", "<script>").build()), 400);
        JsonArray newest = admin.get("api/v1/chats?limit=500").array();
        assertFalse(newest.stream().anyMatch(c -> c.asJsonObject().getString("displayName").equals(name)), "no chat row of a refused start");
        assertProblem(Api.at(root.toString()).as("alice", "agent-pass").get("api/v1/chats"), 403);
        assertProblem(admin.get("api/v1/chats?limit=0"), 400);
    }

    @Test
    void aRefusedMessageNamesItsClientMessageId() throws Exception {
        JsonObject chat = start(Json.createObjectBuilder().add("flowId", fixture.flow()).add("displayName", "Long"));
        try (JsonSocket c = JsonSocket.customer(port)) {
            authenticate(c, chat);
            c.send(message("x".repeat(5000), "too-long-1"));
            JsonObject error = c.awaitType("error");
            assertEquals("too-long-1", error.getString("clientMessageId"));
            assertEquals("text", error.getString("field"));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private JsonObject start(jakarta.json.JsonObjectBuilder body) {
        Answer answer = Api.at(root.toString()).anonymous().post("api/v1/chats", body.build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }

    private static JsonObject authenticate(JsonSocket socket, JsonObject chat) {
        socket.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
        return socket.awaitType("transcript");
    }

    private static JsonObject message(String text, String clientId) {
        return Json.createObjectBuilder().add("type", "message").add("text", text).add("clientMessageId", clientId).build();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
