package org.contactcenter.benchmarks;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Load driver for web chat against a running center (127.0.0.1 only): creates its own queue, routing profile
 * (10 chats per agent), agents and flow over the API; connects the agents on /ws/agent (they accept every offer
 * and answer every 10th message); starts the customers' chats (POST /api/v1/chats) and opens their /ws/chat
 * sockets; then sends customer messages at a fixed total rate for a fixed time. Measures delivery latency
 * customer → agent (send to the agent's chat-message frame) and agent → customer, and samples the server's heap
 * from /metrics. Bounded in count and time; stops by itself. Usage (docs/PERFORMANCE.md):
 *
 * <pre>--base http://127.0.0.1:18080 --customers 10000 --agents 1000 --rate 2000 --seconds 30</pre>
 */
public final class ChatLoadDriver {
    private static final Pattern STAMP = Pattern.compile("t=(\\d+)");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
    private final String adminAuth = "Basic " + Base64.getEncoder().encodeToString("admin:admin-pass".getBytes(StandardCharsets.UTF_8));
    private final CenterHttp center;
    private final List<Socket> customers = new ArrayList<>();
    private final List<Socket> agents = new ArrayList<>();
    private final Histogram toAgent = new Histogram();
    private final Histogram toCustomer = new Histogram();
    private final AtomicInteger accepted = new AtomicInteger();
    private CountDownLatch allAccepted;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();

    private ChatLoadDriver(String base) {
        this.base = CenterHttp.loopbackBase(base);
        this.center = new CenterHttp(this.base, http, adminAuth);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("--base", "http://127.0.0.1:8080", "--customers", "10000", "--agents", "1000",
                "--rate", "2000", "--seconds", "30"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        ChatLoadDriver driver = new ChatLoadDriver(o.get("--base"));
        driver.run(Integer.parseInt(o.get("--customers")), Integer.parseInt(o.get("--agents")), Integer.parseInt(o.get("--rate")),
                Integer.parseInt(o.get("--seconds")));
        System.exit(0);
    }

    private void run(int customerCount, int agentCount, int rate, int seconds) throws Exception {
        String unique = Long.toString(System.currentTimeMillis(), 36);
        String hours = idOf("hours-of-operation", "24x7");
        String queue = post("/api/v1/queues", "{\"name\":\"Load-" + unique + "\",\"hoursOfOperationId\":\"" + hours + "\"}", adminAuth).getString("id");
        String profile = post("/api/v1/routing-profiles", "{\"name\":\"Load-" + unique + "\",\"mediaConcurrencies\":[{\"channel\":\"CHAT\",\"concurrency\":10}],"
                + "\"queueConfigs\":[{\"queueId\":\"" + queue + "\",\"channel\":\"CHAT\",\"priority\":1,\"delay\":0}],\"defaultOutboundQueueId\":\"" + queue + "\"}",
                adminAuth).getString("id");
        String flow = post("/api/v1/contact-flows", "{\"name\":\"Load-" + unique + "\",\"type\":\"CONTACT_FLOW\",\"content\":{\"StartAction\":\"q\",\"Actions\":["
                + "{\"Identifier\":\"q\",\"Type\":\"UpdateContactTargetQueue\",\"Parameters\":{\"QueueId\":\"" + queue + "\"},"
                + "\"Transitions\":{\"NextAction\":\"t\",\"Errors\":[{\"ErrorType\":\"NoMatchingError\",\"NextAction\":\"e\"}]}},"
                + "{\"Identifier\":\"t\",\"Type\":\"TransferContactToQueue\",\"Parameters\":{},\"Transitions\":{\"Errors\":["
                + "{\"ErrorType\":\"QueueAtCapacity\",\"NextAction\":\"e\"},{\"ErrorType\":\"NoMatchingError\",\"NextAction\":\"e\"}]}},"
                + "{\"Identifier\":\"e\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},\"Transitions\":{}}]}}", adminAuth).getString("id");
        post("/api/v1/contact-flows/" + flow + "/publish", "{}", adminAuth);

        allAccepted = new CountDownLatch(Math.min(customerCount, agentCount * 10));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            String name = "load-" + unique + "-" + i;
            work.add(CompletableFuture.runAsync(() -> {
                try {
                    post("/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"load-pass-1\",\"roles\":[\"AGENT\"],\"routingProfileId\":\"" + profile
                            + "\",\"phoneType\":\"SOFT_PHONE\"}", adminAuth);
                    Socket agent = agentSocket(name);
                    agent.send("{\"type\":\"status\",\"status\":\"Available\"}");
                    synchronized (agents) {
                        agents.add(agent);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }, pool));
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(15, TimeUnit.MINUTES);
        System.out.printf("%d agents available in %.1f s%n", agents.size(), (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        work.clear();
        for (int i = 0; i < customerCount; i++) {
            int n = i;
            work.add(CompletableFuture.runAsync(() -> {
                try {
                    JsonObject chat = post("/api/v1/chats", "{\"flowId\":\"" + flow + "\",\"displayName\":\"Customer " + n + "\"}", null);
                    Socket customer = customerSocket();
                    customer.send("{\"type\":\"authenticate\",\"token\":\"" + chat.getString("participantToken") + "\"}");
                    synchronized (customers) {
                        customers.add(customer);
                    }
                } catch (Exception e) {
                    if (errors.incrementAndGet() == 1) {
                        System.out.println("first error starting a chat: " + e.getMessage());
                    }
                }
            }, pool));
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        allAccepted.await(5, TimeUnit.MINUTES); // the center routes every chat to an agent (or we go on after 5 min)
        System.out.printf("%d customer sockets open, %d chats accepted by agents in %.1f s, %d errors%n", customers.size(), accepted.get(),
                (System.nanoTime() - t0) / 1e9, errors.get());
        if (customers.isEmpty()) {
            throw new IllegalStateException("no chat could be started: nothing to measure (start the center on a fresh ./data for each run)");
        }
        long heapBefore = heap();

        long periodNanos = TimeUnit.SECONDS.toNanos(1) / 100;
        int perTick = Math.max(1, rate / 100);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long maxHeap = heapBefore;
        long nextHeap = start;
        int tick = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < perTick; i++) {
                Socket c = customers.get(ThreadLocalRandom.current().nextInt(customers.size()));
                c.send("{\"type\":\"message\",\"text\":\"t=" + System.nanoTime() + "\"}");
                sent.incrementAndGet();
            }
            if (System.nanoTime() > nextHeap) {
                maxHeap = Math.max(maxHeap, heap());
                nextHeap = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            }
            long wake = start + (++tick) * periodNanos;
            long sleep = wake - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        toAgent.awaitCount(sent.get(), TimeUnit.SECONDS.toMillis(10)); // the last deliveries (at most 10 s more)
        System.out.printf("sent %d customer messages in %.1f s = %.0f/s; delivered to agents %d, agents' answers delivered %d, errors %d%n",
                sent.get(), elapsed, sent.get() / elapsed, toAgent.count(), toCustomer.count(), errors.get());
        System.out.printf("customer -> agent latency: %s%n", toAgent.summary());
        System.out.printf("agent -> customer latency: %s%n", toCustomer.summary());
        System.out.printf("server heap used: %d MiB before the load, max %d MiB during it%n", heapBefore >> 20, maxHeap >> 20);
        for (Socket s : customers) {
            s.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        for (Socket s : agents) {
            s.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        pool.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------ sockets

    private final class Socket implements WebSocket.Listener {
        WebSocket ws;
        final boolean agent;
        private final StringBuilder partial = new StringBuilder();
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
        private int received;

        Socket(boolean agent) {
            this.agent = agent;
        }

        synchronized void send(String text) {
            sending = sending.thenCompose(x -> ws.sendText(text, true)).exceptionally(e -> {
                errors.incrementAndGet();
                return null;
            });
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                long now = System.nanoTime();
                if (agent) {
                    onAgentFrame(text, now);
                } else if (text.contains("\"type\":\"message\"") && text.contains("\"participant\":\"AGENT\"")) {
                    Matcher m = STAMP.matcher(text);
                    if (m.find()) {
                        toCustomer.add(now - Long.parseLong(m.group(1)));
                    }
                } else if (text.contains("\"type\":\"error\"")) {
                    errors.incrementAndGet();
                }
            }
            socket.request(1);
            return null;
        }

        private void onAgentFrame(String text, long now) {
            if (text.contains("\"type\":\"offer\"")) {
                JsonObject offer = Json.createReader(new StringReader(text)).readObject();
                send("{\"type\":\"accept\",\"contactId\":\"" + offer.getJsonObject("contact").getString("id") + "\"}");
            } else if (text.contains("\"type\":\"chat-transcript\"")) {
                accepted.incrementAndGet();
                allAccepted.countDown();
            } else if (text.contains("\"type\":\"chat-message\"") && text.contains("\"participant\":\"CUSTOMER\"")) {
                Matcher m = STAMP.matcher(text);
                if (m.find()) {
                    toAgent.add(now - Long.parseLong(m.group(1)));
                    if (++received % 10 == 0) {
                        JsonObject frame = Json.createReader(new StringReader(text)).readObject();
                        send("{\"type\":\"chat-message\",\"contactId\":\"" + frame.getString("contactId") + "\",\"text\":\"t=" + System.nanoTime() + "\"}");
                    }
                }
            } else if (text.contains("\"type\":\"error\"")) {
                errors.incrementAndGet();
            }
        }
    }

    private Socket agentSocket(String user) throws Exception {
        Socket s = new Socket(true);
        s.ws = http.newWebSocketBuilder().header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":load-pass-1").getBytes(StandardCharsets.UTF_8)))
                .buildAsync(URI.create(base.replace("http", "ws") + "/ws/agent"), s).get(30, TimeUnit.SECONDS);
        return s;
    }

    private Socket customerSocket() throws Exception {
        Socket s = new Socket(false);
        s.ws = http.newWebSocketBuilder().buildAsync(URI.create(base.replace("http", "ws") + "/ws/chat"), s).get(30, TimeUnit.SECONDS);
        return s;
    }

    // ------------------------------------------------------------------------------------------ HTTP

    private JsonObject post(String path, String body, String auth) throws Exception {
        return center.post(path, body, auth);
    }

    private String idOf(String collection, String name) throws Exception {
        return center.idOf(collection, name);
    }

    private long heap() {
        return center.heap();
    }
}
