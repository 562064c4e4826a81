package org.contactcenter.benchmarks;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Load driver for routing against a running center (127.0.0.1 only): creates its own queue and routing profile
 * (VOICE, concurrency 1; or {@code --channel CHAT --concurrency N}) and {@code --agents} agents over the API, each
 * with a /ws/agent socket, Available. Every agent accepts each offer at once, holds it {@code --hold-ms}, ends it and
 * finishes after-contact work at once. Then contacts are queued with {@code POST /api/v1/contacts} at a fixed rate on
 * a paced schedule (at most {@code --in-flight} requests at once; a late send is counted, the schedule is kept) for a
 * fixed time. Measures POST latency, queued → offer latency (the POST sent to the agent's offer frame for that contact
 * id), the status codes, the frames acknowledged, and samples the server's heap from /metrics; at the end it waits
 * (at most {@code --drain-seconds}) until every created contact is through after-contact work. Bounded in count and
 * time; stops by itself. Usage (docs/PERFORMANCE.md):
 *
 * <pre>--base http://127.0.0.1:18080 --agents 1000 --rate 500 --seconds 30</pre>
 *
 * Further options: {@code --hold-ms 1000 --channel VOICE --concurrency 1 --in-flight 128 --drain-seconds 30
 * --prefix rb-<time>}.
 */
public final class RoutingLoadDriver {

    private final String base;
    /** For set-up and the agents' sockets. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
    /** For the measured POSTs only (its own selector thread and connections). */
    private final HttpClient load = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
    private final String adminAuth = "Basic " + Base64.getEncoder().encodeToString("admin:admin-pass".getBytes(StandardCharsets.UTF_8));
    private final CenterHttp center;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
    private final List<Agent> agents = new ArrayList<>();
    private final long holdMillis;

    private final Histogram postLatency = new Histogram();
    private final Histogram postFromSchedule = new Histogram();
    private final Histogram lateness = new Histogram();
    /** nanoTime the POST of a created contact was sent, and of the first offer frame of each contact. */
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> offeredAt = new ConcurrentHashMap<>();
    private final Set<String> acwDoneIds = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errorFrames = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong requestErrors = new AtomicLong();
    private final AtomicLong socketErrors = new AtomicLong();
    private final AtomicLong offerFrames = new AtomicLong();
    private final AtomicLong accepts = new AtomicLong();
    private final AtomicLong ends = new AtomicLong();
    private final AtomicLong acwDone = new AtomicLong();
    private final AtomicLong lastCompletion = new AtomicLong();

    private RoutingLoadDriver(String base, long holdMillis) {
        this.base = CenterHttp.loopbackBase(base);
        this.center = new CenterHttp(this.base, http, adminAuth);
        this.holdMillis = holdMillis;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("--base", "http://127.0.0.1:8080", "--agents", "1000", "--rate", "500", "--seconds", "30",
                "--hold-ms", "1000", "--channel", "VOICE", "--concurrency", "1", "--in-flight", "128", "--drain-seconds", "30",
                "--prefix", "rb-" + Long.toString(System.currentTimeMillis(), 36)));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        RoutingLoadDriver driver = new RoutingLoadDriver(o.get("--base"), Long.parseLong(o.get("--hold-ms")));
        driver.run(o.get("--prefix"), Integer.parseInt(o.get("--agents")), o.get("--channel"), Integer.parseInt(o.get("--concurrency")),
                Integer.parseInt(o.get("--rate")), Integer.parseInt(o.get("--seconds")), Integer.parseInt(o.get("--in-flight")),
                Integer.parseInt(o.get("--drain-seconds")));
        System.exit(0);
    }

    private void run(String prefix, int agentCount, String channel, int concurrency, int rate, int seconds, int maxInFlight, int drainSeconds)
            throws Exception {
        System.out.printf("run %s: %d agents, %s concurrency %d, hold %d ms, %d contacts/s for %d s, at most %d POSTs in flight%n", prefix, agentCount,
                channel, concurrency, holdMillis, rate, seconds, maxInFlight);
        String hours = idOf("hours-of-operation", "24x7");
        String queue = post("/api/v1/queues", "{\"name\":\"" + prefix + "\",\"hoursOfOperationId\":\"" + hours + "\"}").getString("id");
        String profile = post("/api/v1/routing-profiles", "{\"name\":\"" + prefix + "\",\"mediaConcurrencies\":[{\"channel\":\"" + channel
                + "\",\"concurrency\":" + concurrency + "}],\"queueConfigs\":[{\"queueId\":\"" + queue + "\",\"channel\":\"" + channel
                + "\",\"priority\":1,\"delay\":0}],\"defaultOutboundQueueId\":\"" + queue + "\"}").getString("id");

        ExecutorService pool = Executors.newFixedThreadPool(16);
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> work = new ArrayList<>();
        AtomicInteger setupErrors = new AtomicInteger();
        for (int i = 0; i < agentCount; i++) {
            String name = prefix + "-" + i;
            work.add(CompletableFuture.runAsync(() -> {
                try {
                    post("/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"load-pass-1\",\"roles\":[\"AGENT\"],\"routingProfileId\":\""
                            + profile + "\",\"phoneType\":\"SOFT_PHONE\",\"afterContactWorkTimeouts\":{\"voice\":0,\"chat\":0}}");
                    Agent agent = agentSocket(name);
                    agent.send("{\"type\":\"status\",\"status\":\"Available\"}");
                    agent.available.get(60, TimeUnit.SECONDS);
                    synchronized (agents) {
                        agents.add(agent);
                    }
                } catch (Exception e) {
                    if (setupErrors.incrementAndGet() == 1) {
                        System.out.println("first error setting up an agent: " + e);
                    }
                }
            }, pool));
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(15, TimeUnit.MINUTES);
        pool.shutdownNow();
        System.out.printf("%d agents Available in %.1f s, %d set-up errors%n", agents.size(), (System.nanoTime() - t0) / 1e9, setupErrors.get());
        if (agents.isEmpty()) {
            throw new IllegalStateException("no agent could be set up: nothing to measure");
        }

        long heapBefore = heap();
        AtomicLong maxHeap = new AtomicLong(heapBefore);
        var heapSampler = timers.scheduleWithFixedDelay(() -> maxHeap.accumulateAndGet(heap(), Math::max), 2, 2, TimeUnit.SECONDS);

        // ------------------------------------------------------------------ the paced load
        Semaphore inFlight = new Semaphore(maxInFlight);
        long total = (long) rate * seconds;
        String body = "{\"queueId\":\"" + queue + "\",\"channel\":\"" + channel + "\",\"attributes\":{\"driver\":\"" + prefix + "\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/contacts")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", adminAuth).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        long stopSending = start + TimeUnit.SECONDS.toNanos(seconds + 30L); // never more than 30 s behind the schedule
        long sent = 0;
        long lateOver10ms = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * TimeUnit.SECONDS.toNanos(1) / rate;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire(stopSending - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                break;
            }
            long sentNanos = System.nanoTime();
            long late = sentNanos - due;
            lateness.add(late);
            if (late > TimeUnit.MILLISECONDS.toNanos(10)) {
                lateOver10ms++;
            }
            sent++;
            load.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                lastCompletion.accumulateAndGet(now, Math::max);
                try {
                    postLatency.add(now - sentNanos);
                    postFromSchedule.add(now - due);
                    if (failure != null) {
                        if (requestErrors.incrementAndGet() == 1) {
                            System.out.println("first request error: " + failure);
                        }
                    } else {
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() == 201) {
                            String id = Json.createReader(new StringReader(response.body())).readObject().getString("id");
                            sentAt.put(id, sentNanos);
                            created.incrementAndGet();
                        }
                    }
                } catch (RuntimeException e) {
                    requestErrors.incrementAndGet();
                } finally {
                    inFlight.release();
                }
            });
        }
        double scheduleSeconds = (System.nanoTime() - start) / 1e9;
        boolean allAnswered = inFlight.tryAcquire(maxInFlight, 60, TimeUnit.SECONDS);
        double answeredSeconds = (lastCompletion.get() - start) / 1e9;

        // ------------------------------------------------------------------ the end: every created contact through ACW
        long drainStart = System.nanoTime();
        long drainUntil = drainStart + TimeUnit.SECONDS.toNanos(drainSeconds);
        while (System.nanoTime() < drainUntil && !acwDoneIds.containsAll(sentAt.keySet())) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        double drained = (System.nanoTime() - drainStart) / 1e9;
        heapSampler.cancel(false);
        maxHeap.accumulateAndGet(heap(), Math::max);

        Histogram toOffer = new Histogram();
        int notOffered = 0;
        int notDone = 0;
        for (Map.Entry<String, Long> e : sentAt.entrySet()) {
            Long offer = offeredAt.get(e.getKey());
            if (offer == null) {
                notOffered++;
            } else {
                toOffer.add(offer - e.getValue());
            }
            if (!acwDoneIds.contains(e.getKey())) {
                notDone++;
            }
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((s, n) -> byStatus.put(s, n.get()));
        long non2xx = byStatus.entrySet().stream().filter(e -> e.getKey() / 100 != 2).mapToLong(Map.Entry::getValue).sum();

        System.out.printf("offered %d contacts/s: %d scheduled, %d sent in %.1f s (%d sent > 10 ms late, lateness %s)%n", rate, total, sent,
                scheduleSeconds, lateOver10ms, lateness.summary());
        System.out.printf("achieved %.1f contacts/s (201s %d over %.1f s to the last answer)%s%n", created.get() / answeredSeconds, created.get(),
                answeredSeconds, allAnswered ? "" : "; some POSTs still unanswered after 60 s");
        System.out.printf("POST status counts %s, non-2xx %d (429: %d, 503: %d), request errors %d%n", byStatus, non2xx,
                byStatus.getOrDefault(429, 0), byStatus.getOrDefault(503, 0), requestErrors.get());
        System.out.printf("POST latency (from send): %s%n", postLatency.summary());
        System.out.printf("POST latency (from schedule): %s%n", postFromSchedule.summary());
        System.out.printf("queued -> offer frame: %s%n", toOffer.summary());
        System.out.printf("agent frames: offers %d (%d contacts), accepts acknowledged %d, ends %d, ACW done %d; error frames %s, socket errors %d%n",
                offerFrames.get(), offeredAt.size(), accepts.get(), ends.get(), acwDone.get(), errorFrames, socketErrors.get());
        System.out.printf("not completed after %.1f s more: %d of %d created (%d never offered)%n", drained, notDone, sentAt.size(), notOffered);
        System.out.printf("server heap used: %d MiB before the load, max %d MiB during it%n", heapBefore >> 20, maxHeap.get() >> 20);
        System.out.printf("SUMMARY offered=%d achieved=%.1f post_p50=%.1f post_p99=%.1f offer_p50=%.1f offer_p99=%.1f non2xx=%d errors=%d unsent=%d not_completed=%d%n",
                rate, created.get() / answeredSeconds, postLatency.pct(0.50), postLatency.pct(0.99), toOffer.pct(0.50), toOffer.pct(0.99), non2xx,
                requestErrors.get(), total - sent, notDone);
        for (Agent a : agents) {
            a.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        timers.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------ agents

    private final class Agent implements WebSocket.Listener {
        WebSocket ws;
        final CompletableFuture<Void> available = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        synchronized void send(String text) {
            sending = sending.thenCompose(x -> ws.sendText(text, true)).exceptionally(e -> {
                socketErrors.incrementAndGet();
                return null;
            });
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                String text = partial.toString();
                partial.setLength(0);
                try {
                    onFrame(text, now);
                } catch (RuntimeException e) {
                    socketErrors.incrementAndGet();
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            socketErrors.incrementAndGet();
        }

        private void onFrame(String text, long now) {
            if (text.contains("\"type\":\"state\"")) {
                return; // the most frequent frame; nothing to do
            }
            JsonObject frame = Json.createReader(new StringReader(text)).readObject();
            switch (frame.getString("type", "")) {
                case "offer" -> {
                    String id = frame.getJsonObject("contact").getString("id");
                    offerFrames.incrementAndGet();
                    offeredAt.putIfAbsent(id, now);
                    send("{\"type\":\"accept\",\"contactId\":\"" + id + "\"}");
                }
                case "ack" -> {
                    String id = frame.getString("contactId", null);
                    switch (frame.getString("ref", "")) {
                        case "status" -> available.complete(null);
                        case "accept" -> {
                            accepts.incrementAndGet();
                            timers.schedule(() -> send("{\"type\":\"end\",\"contactId\":\"" + id + "\"}"), holdMillis, TimeUnit.MILLISECONDS);
                        }
                        case "end" -> {
                            ends.incrementAndGet();
                            send("{\"type\":\"acw-done\",\"contactId\":\"" + id + "\"}");
                        }
                        case "acw-done" -> {
                            acwDone.incrementAndGet();
                            acwDoneIds.add(id);
                        }
                        default -> {
                        }
                    }
                }
                case "error" -> {
                    String key = frame.getString("ref", "?") + ":" + frame.getString("code", "?");
                    if (errorFrames.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
                        System.out.println("first error frame " + key + ": " + text);
                    }
                    if (frame.getString("ref", "").equals("status")) {
                        available.completeExceptionally(new IllegalStateException(text));
                    }
                }
                default -> {
                }
            }
        }
    }

    private Agent agentSocket(String user) throws Exception {
        Agent a = new Agent();
        a.ws = http.newWebSocketBuilder().header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":load-pass-1").getBytes(StandardCharsets.UTF_8)))
                .buildAsync(URI.create(base.replace("http", "ws") + "/ws/agent"), a).get(30, TimeUnit.SECONDS);
        return a;
    }

    // ------------------------------------------------------------------------------------------ HTTP

    private JsonObject post(String path, String body) throws Exception {
        return center.post(path, body, adminAuth);
    }

    private String idOf(String collection, String name) throws Exception {
        return center.idOf(collection, name);
    }

    private long heap() {
        return center.heap();
    }
}
