package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live delivery under load: many chats at once, every customer writing a burst (one group commit takes messages of
 * many senders), agents accepting as offers arrive, some customers reconnecting in the middle. Every socket must
 * receive each chat's messages exactly once and in sequence order, the transcript before any live message, with no
 * gap and no duplicate between the transcript and what follows it.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class ChatDeliveryIT {
    static final int AGENTS = 10;
    static final int CHATS = 100;
    static final int BURST = 10;
    final URL root = SharedCenter.url();

    /** Every frame one socket received, in arrival order. */
    record Socket(JsonSocket socket, List<JsonObject> frames) {
        static Socket open(JsonSocket socket) {
            List<JsonObject> frames = new CopyOnWriteArrayList<>();
            socket.onMessage(frames::add);
            return new Socket(socket, frames);
        }
    }

    @Test
    void everySocketGetsEachChatsMessagesOnceInOrderWithTheTranscriptFirst() throws Exception {
        Api admin = Api.at(root.toString()).awaitReady().admin();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ChatFixture fixture = ChatFixture.create(admin, unique);
        String profile = admin.post("api/v1/routing-profiles", ConfigurationApiIT.profile("Burst-" + unique, 10, fixture.queue(), 1, 0).build())
                .object().getString("id");
        int port = root.getPort();
        List<Socket> agents = new ArrayList<>();
        List<Socket> customers = new ArrayList<>();
        try {
            for (int a = 0; a < AGENTS; a++) {
                String name = "burst-" + a + "-" + unique;
                assertEquals(201, admin.post("api/v1/users", ConfigurationApiIT.user(name, "agent-pass-1", "AGENT")
                        .add("firstName", "Agent" + a).add("routingProfileId", profile).build()).status());
                JsonSocket socket = JsonSocket.agent(port, name, "agent-pass-1");
                List<JsonObject> frames = new CopyOnWriteArrayList<>();
                socket.onMessage(frame -> {
                    frames.add(frame);
                    if (frame.getString("type").equals("offer")) {
                        socket.sendAsync(Json.createObjectBuilder().add("type", "accept")
                                .add("contactId", frame.getJsonObject("contact").getString("id")).build());
                    }
                });
                socket.sendAsync(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
                agents.add(new Socket(socket, frames));
            }
            Api site = Api.at(root.toString()).anonymous();
            Map<String, String> tokens = new ConcurrentHashMap<>();
            for (int c = 0; c < CHATS; c++) {
                Answer chat = site.send(site.request("api/v1/chats").header("Content-Type", "application/json").header("X-Test-Client", "burst-" + unique)
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("flowId", fixture.flow())
                                .add("displayName", "Customer " + c).build().toString())));
                assertEquals(201, chat.status(), chat.toString());
                tokens.put(chat.object().getString("chatId"), chat.object().getString("participantToken"));
                Socket customer = Socket.open(JsonSocket.customer(port));
                customer.socket().sendAsync(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.object().getString("participantToken")).build());
                customer.socket().sendAsync(Json.createObjectBuilder().add("type", "message").add("text", "support").build());
                customers.add(customer);
            }
            for (int i = 0; i < BURST; i++) {
                for (Socket customer : customers) {
                    customer.socket().sendAsync(Json.createObjectBuilder().add("type", "message").add("text", "burst " + i).build());
                }
                if (i == BURST / 2) { // a few customers open a second device in the middle of the burst
                    for (int c = 0; c < CHATS; c += 10) {
                        String chatId = chatOf(customers.get(c));
                        Socket again = Socket.open(JsonSocket.customer(port));
                        again.socket().sendAsync(Json.createObjectBuilder().add("type", "authenticate").add("token", tokens.get(chatId)).build());
                        customers.add(again);
                    }
                }
            }
            org.awaitility.Awaitility.await("every customer message acknowledged").atMost(Waits.seconds(120)).until(() ->
                    customers.subList(0, CHATS).stream().allMatch(s -> s.frames().stream().filter(f -> f.getString("type").equals("ack")).count() == BURST + 1));
            org.awaitility.Awaitility.await("every chat accepted").atMost(Waits.seconds(120)).until(() ->
                    agents.stream().mapToLong(s -> s.frames().stream().filter(f -> f.getString("type").equals("chat-transcript")).count()).sum() >= CHATS);
            org.awaitility.Awaitility.await("every socket has every message").atMost(Waits.seconds(60)).pollInterval(java.time.Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        Map<String, TreeSet<Integer>> stored = new ConcurrentHashMap<>();
                        for (String chatId : tokens.keySet()) {
                            TreeSet<Integer> sequences = new TreeSet<>();
                            admin.get("api/v1/chats/" + chatId + "/transcript").array().forEach(m -> sequences.add(m.asJsonObject().getInt("sequence")));
                            stored.put(chatId, sequences);
                        }
                        for (Socket customer : customers) {
                            assertStream(customer.frames(), "transcript", "message", stored);
                        }
                        for (Socket agent : agents) {
                            assertStream(agent.frames(), "chat-transcript", "chat-message", stored);
                        }
                    });
        } finally {
            agents.forEach(s -> s.socket().close());
            customers.forEach(s -> s.socket().close());
        }
    }

    private static String chatOf(Socket customer) {
        org.awaitility.Awaitility.await("transcript").atMost(Waits.seconds(30)).until(() ->
                customer.frames().stream().anyMatch(f -> f.getString("type").equals("transcript")));
        return customer.frames().stream().filter(f -> f.getString("type").equals("transcript")).findFirst().orElseThrow()
                .getJsonObject("chat").getString("chatId");
    }

    /**
     * Per chat on one socket: the transcript frame comes first; the live frames after it carry strictly increasing
     * sequence numbers above the transcript's last; together they are exactly the chat's stored messages.
     */
    private static void assertStream(List<JsonObject> frames, String transcriptType, String liveType, Map<String, TreeSet<Integer>> stored) {
        Map<String, List<Integer>> transcripts = new ConcurrentHashMap<>();
        Map<String, List<Integer>> live = new ConcurrentHashMap<>();
        for (JsonObject frame : frames) {
            String type = frame.getString("type");
            if (type.equals(transcriptType)) {
                String chatId = frame.getJsonObject("chat").getString("chatId");
                assertTrue(!live.containsKey(chatId), "no live message of chat " + chatId + " before its transcript");
                List<Integer> sequences = new ArrayList<>();
                frame.getJsonArray("messages").forEach(m -> {
                    if (m.asJsonObject().getString("chatId").equals(chatId)) {
                        sequences.add(m.asJsonObject().getInt("sequence"));
                    }
                });
                transcripts.put(chatId, sequences);
            } else if (type.equals(liveType)) {
                JsonObject message = frame.getJsonObject("message");
                String chatId = message.getString("chatId");
                assertTrue(transcripts.containsKey(chatId), "the transcript of chat " + chatId + " came first");
                live.computeIfAbsent(chatId, id -> new ArrayList<>()).add(message.getInt("sequence"));
            }
        }
        for (Map.Entry<String, List<Integer>> chat : transcripts.entrySet()) {
            List<Integer> all = new ArrayList<>(chat.getValue());
            List<Integer> after = live.getOrDefault(chat.getKey(), List.of());
            for (int i = 0; i < after.size(); i++) {
                int previous = i == 0 ? all.stream().mapToInt(Integer::intValue).max().orElse(0) : after.get(i - 1);
                assertTrue(after.get(i) > previous, "chat " + chat.getKey() + ": in order, once: transcript " + chat.getValue() + " then " + after);
            }
            all.addAll(after);
            TreeSet<Integer> expected = stored.get(chat.getKey());
            if (expected != null) {
                assertEquals(expected, new TreeSet<>(all), "chat " + chat.getKey() + ": nothing missing");
                assertEquals(expected.size(), all.size(), "chat " + chat.getKey() + ": nothing twice");
            }
        }
    }
}
