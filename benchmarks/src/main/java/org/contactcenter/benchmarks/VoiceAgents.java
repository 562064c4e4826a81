package org.contactcenter.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Agents with desk phones for {@link AgiLoadDriver}: each on a {@code /ws/agent} socket, Available, its phone a
 * {@code PJSIP/…} endpoint that the center rings over AMI ({@link LoopbackAmi}). Measures each offer → Originate:
 * the offer's time on the center ({@code expiresAt} minus the offer timeout) to the Originate's arrival. Every
 * Originate is handed to {@code answer} (the driver plays the agent's leg: the {@code agent} AGI session).
 */
final class VoiceAgents implements AutoCloseable {
    final Histogram offerToOriginate = new Histogram();
    final AtomicInteger originates = new AtomicInteger();
    private final Map<String, Long> offeredAt = new ConcurrentHashMap<>();
    private final Map<String, Long> originatedAt = new ConcurrentHashMap<>();
    private final List<WebSocket> sockets = new ArrayList<>();
    private final LoopbackAmi ami;
    private final long offerTimeoutMillis;

    VoiceAgents(int amiPort, long offerTimeoutMillis, Consumer<Map<String, String>> answer) throws java.io.IOException {
        this.offerTimeoutMillis = offerTimeoutMillis;
        this.ami = new LoopbackAmi(amiPort, (action, variables) -> {
            long now = System.currentTimeMillis();
            String contact = variables.get("CC_CONTACT_ID");
            originates.incrementAndGet();
            if (contact != null) {
                originatedAt.put(contact, now);
                measure(contact);
                Thread t = new Thread(() -> answer.accept(variables), "agent-leg");
                t.setDaemon(true);
                t.start();
            }
        });
    }

    /** Creates {@code count} agents serving {@code queue} (voice, ACW {@code acwSeconds}) and makes them Available. */
    void signIn(CenterHttp center, String adminAuth, String base, String unique, String queue, int count, int acwSeconds) throws Exception {
        String profile = center.post("/api/v1/routing-profiles", "{\"name\":\"Phones-" + unique + "\",\"mediaConcurrencies\":[{\"channel\":\"VOICE\","
                + "\"concurrency\":1}],\"queueConfigs\":[{\"queueId\":\"" + queue + "\",\"channel\":\"VOICE\",\"priority\":1,\"delay\":0}],"
                + "\"defaultOutboundQueueId\":\"" + queue + "\"}", adminAuth).getString("id");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < count; i++) {
            String name = "phone-" + unique + "-" + i;
            center.post("/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"load-pass-1\",\"roles\":[\"AGENT\"],\"routingProfileId\":\""
                    + profile + "\",\"phoneType\":\"DESK_PHONE\",\"phoneEndpoint\":\"PJSIP/" + name + "\",\"afterContactWorkTimeouts\":{\"voice\":"
                    + acwSeconds + ",\"chat\":0}}", adminAuth);
            CompletableFuture<Void> available = new CompletableFuture<>();
            WebSocket ws = http.newWebSocketBuilder()
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((name + ":load-pass-1").getBytes(StandardCharsets.UTF_8)))
                    .buildAsync(URI.create(base.replace("http", "ws") + "/ws/agent"), new Listener(available)).get(30, TimeUnit.SECONDS);
            ws.sendText("{\"type\":\"status\",\"status\":\"Available\"}", true).get(10, TimeUnit.SECONDS);
            available.get(30, TimeUnit.SECONDS);
            sockets.add(ws);
        }
    }

    private void measure(String contact) {
        Long offered = offeredAt.get(contact);
        Long originated = originatedAt.get(contact);
        if (offered != null && originated != null && offeredAt.remove(contact) != null) {
            originatedAt.remove(contact);
            offerToOriginate.add(Math.max(0, originated - offered) * 1_000_000L);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final CompletableFuture<Void> available;

        Listener(CompletableFuture<Void> available) {
            this.available = available;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.contains("\"type\":\"offer\"")) {
                    jakarta.json.JsonObject offer = jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
                    String contact = offer.getJsonObject("contact").getString("id");
                    offeredAt.put(contact, Instant.parse(offer.getString("expiresAt")).toEpochMilli() - offerTimeoutMillis);
                    measure(contact);
                } else if (text.contains("\"ref\":\"status\"")) {
                    available.complete(null);
                }
            }
            socket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws java.io.IOException {
        for (WebSocket ws : sockets) {
            ws.abort();
        }
        ami.close();
    }
}
