package org.contactcenter.it;


import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A real WebSocket client of the center's JSON sockets: {@code /ws/agent} (HTTP Basic on the handshake) or
 * {@code /ws/chat} (no credentials: the first frame authenticates); keeps every message it receives.
 */
final class JsonSocket implements AutoCloseable {
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;
    private String user;
    private volatile java.util.function.Consumer<JsonObject> handler;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    /** An agent's workspace, its first state frame read, its status Available (acknowledged). */
    static JsonSocket available(int port, String username, String password) throws Exception {
        JsonSocket socket = agent(port, username, password);
        socket.awaitType("state");
        socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
        socket.await("ack of status", m -> m.getString("type").equals("ack") && m.getString("ref").equals("status"));
        return socket;
    }

    static JsonSocket agent(int port, String user, String password) throws Exception {
        return open(port, "/ws/agent", user, password);
    }

    /** A supervisor's live-metrics socket. */
    static JsonSocket supervisor(int port, String user, String password) throws Exception {
        return open(port, "/ws/supervisor", user, password);
    }

    /** A customer's chat socket, not yet authenticated. */
    static JsonSocket customer(int port) throws Exception {
        return open(port, "/ws/chat", null, null);
    }

    private static JsonSocket open(int port, String path, String user, String password) throws Exception {
        JsonSocket client = new JsonSocket();
        client.user = user;
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Waits.seconds(10));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + path), client.listener()).get(10, TimeUnit.SECONDS);
        return client;
    }

    private WebSocket.Listener listener() {
        StringBuilder partial = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                        JsonObject message = reader.readObject();
                        java.util.function.Consumer<JsonObject> react = handler;
                        if (react != null) {
                            react.accept(message);
                        } else {
                            received.add(message);
                        }
                    }
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                closed.complete(status);
                return null;
            }
        };
    }

    /** The close code the server sent, waiting for it at most 20 s. */
    int awaitClose() {
        org.awaitility.Awaitility.await("socket closed by the server").atMost(Waits.seconds(20)).until(closed::isDone);
        return closed.join();
    }

    void send(JsonObject message) {
        socket.sendText(message.toString(), true).join();
    }

    String user() {
        return user;
    }

    /** From now on every message goes to {@code react} (on the socket's thread) instead of being kept. */
    void onMessage(java.util.function.Consumer<JsonObject> react) {
        handler = react;
    }

    /** Sends without waiting, after the previous send completed (a WebSocket allows one outstanding send). */
    synchronized void sendAsync(JsonObject message) {
        sending = sending.thenCompose(done -> socket.sendText(message.toString(), true));
    }

    void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** Waits (Awaitility, at most 20 s) for a message that matches, and takes it out of the received ones. */
    JsonObject await(String what, Predicate<JsonObject> match) {
        return await(what, match, Waits.seconds(20));
    }

    JsonObject await(String what, Predicate<JsonObject> match, Duration atMost) {
        JsonObject[] found = new JsonObject[1];
        org.awaitility.Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            for (JsonObject m : received) {
                if (match.test(m)) {
                    found[0] = m;
                    return true;
                }
            }
            return false;
        });
        received.remove(found[0]);
        return found[0];
    }

    JsonObject awaitType(String type) {
        return await("a " + type + " message", m -> type.equals(m.getString("type", "")));
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
