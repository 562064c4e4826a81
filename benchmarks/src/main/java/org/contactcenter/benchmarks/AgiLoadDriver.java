package org.contactcenter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many concurrent calls through the center's FastAGI front door, as Asterisk makes them (docs/PERFORMANCE.md, "Calls
 * over FastAGI"): each call's {@code inbound} session (ANSWER, the flow's spoken prompt, the queue), then the
 * dialplan's music between {@code continue} sessions every {@code CC_HOLD_SECONDS}, until the end, when every caller
 * hangs up ({@code hangup}). Without agents every call waits in one queue. With {@code --agents N --ami-port P} (the
 * center started with {@code cc.ami.host=127.0.0.1}, {@code cc.ami.port=P}) N agents with desk phones serve the queue
 * ({@link VoiceAgents}): the center rings them over the driver's AMI, the driver answers each ring with the agent's
 * {@code agent} AGI session and holds the bridge {@code --hold-ms}. Reports the sessions' latencies, each AGI
 * command's turnaround on the center (reply sent → next command received), offer → Originate, the calls waiting
 * at the peak, and the center's threads before, at the peak and after (MicroProfile Metrics).
 * {@code java -cp … AgiLoadDriver --base http://127.0.0.1:8080 --agi-port 4573 --calls 1000 --ramp 100 --seconds 60}
 */
public final class AgiLoadDriver {
    private static final Pattern SET = Pattern.compile("SET VARIABLE \"?([^\" ]+)\"? \"(.*)\"");
    private static final Pattern GET = Pattern.compile("GET VARIABLE \"?([^\" ]+)\"?");
    private static final Pattern THREADS = Pattern.compile("(?m)^(?:base_)?thread_count(?:\\{[^}]*})? ([0-9.Ee+]+)");

    private final String base;
    private final int agiPort;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String adminAuth = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-pass".getBytes(StandardCharsets.UTF_8));
    private final Histogram inbound = new Histogram();
    private final Histogram continues = new Histogram();
    private final Histogram agentLegs = new Histogram();
    private final Histogram turnaround = new Histogram();
    /** the turnaround by the script and the command the center sent next (its verb and first argument) */
    private final Map<String, Histogram> byCommand = new ConcurrentHashMap<>();
    private final Histogram firstCommand = new Histogram();
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private long holdMillis = 2000;
    private final AtomicInteger failures = new AtomicInteger();
    private final Map<String, String> firstFailure = new ConcurrentHashMap<>();

    private AgiLoadDriver(String base, int agiPort) {
        this.base = CenterHttp.loopbackBase(base);
        this.agiPort = agiPort;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("--base", "http://127.0.0.1:8080", "--agi-port", "4573", "--calls", "1000", "--ramp", "100",
                "--seconds", "60", "--agents", "0", "--ami-port", "15038", "--hold-ms", "2000", "--offer-timeout-seconds", "20"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        AgiLoadDriver driver = new AgiLoadDriver(o.get("--base"), Integer.parseInt(o.get("--agi-port")));
        driver.holdMillis = Long.parseLong(o.get("--hold-ms"));
        int agents = Integer.parseInt(o.get("--agents"));
        VoiceAgents phones = agents <= 0 ? null
                : new VoiceAgents(Integer.parseInt(o.get("--ami-port")), Long.parseLong(o.get("--offer-timeout-seconds")) * 1000L, driver::agentLeg);
        driver.run(Integer.parseInt(o.get("--calls")), Integer.parseInt(o.get("--ramp")), Integer.parseInt(o.get("--seconds")), phones, agents);
        System.exit(0);
    }

    /** The agent's phone answered: [cc-agent] runs {@code agent} with the Originate's variables. */
    private void agentLeg(Map<String, String> variables) {
        Call leg = new Call("s", "+81000000000", "PJSIP/" + variables.getOrDefault("CC_AGENT_ID", "agent") + "-" + Long.toHexString(System.nanoTime()));
        leg.variables.putAll(variables);
        try {
            long start = System.nanoTime();
            leg.session("agent", new Histogram());
            while ("BRIDGE".equals(leg.variables.get("CC_ACTION"))) { // [cc-agent]'s Bridge(): agent and caller talk in Asterisk
                Call caller = calls.get(variables.get("CC_CALLER_CHANNEL"));
                if (caller != null) {
                    caller.bridged = true;
                }
                Thread.sleep(holdMillis);
                leg.variables.put("CC_ACTION", "BRIDGED");
                leg.session("agent", new Histogram());
            }
            agentLegs.add(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            failures.incrementAndGet();
            firstFailure.putIfAbsent("first", leg.channel + " (agent leg): " + e);
        }
    }

    private void run(int calls, int ramp, int seconds, VoiceAgents phones, int agents) throws Exception {
        CenterHttp center = new CenterHttp(base, http, adminAuth);
        String unique = Long.toString(System.currentTimeMillis(), 36);
        String hours = center.idOf("hours-of-operation", "24x7");
        String queue = center.post("/api/v1/queues", "{\"name\":\"Calls-" + unique + "\",\"hoursOfOperationId\":\"" + hours + "\"}", adminAuth).getString("id");
        String flow = center.post("/api/v1/contact-flows", "{\"name\":\"Calls-" + unique + "\",\"type\":\"CONTACT_FLOW\",\"content\":{\"StartAction\":\"p\",\"Actions\":["
                + "{\"Identifier\":\"p\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":\"Thank you for calling. Please hold.\"},"
                + "\"Transitions\":{\"NextAction\":\"q\",\"Errors\":[{\"ErrorType\":\"NoMatchingError\",\"NextAction\":\"q\"}]}},"
                + "{\"Identifier\":\"q\",\"Type\":\"UpdateContactTargetQueue\",\"Parameters\":{\"QueueId\":\"" + queue + "\"},"
                + "\"Transitions\":{\"NextAction\":\"t\",\"Errors\":[{\"ErrorType\":\"NoMatchingError\",\"NextAction\":\"e\"}]}},"
                + "{\"Identifier\":\"t\",\"Type\":\"TransferContactToQueue\",\"Parameters\":{},\"Transitions\":{\"Errors\":["
                + "{\"ErrorType\":\"QueueAtCapacity\",\"NextAction\":\"e\"},{\"ErrorType\":\"NoMatchingError\",\"NextAction\":\"e\"}]}},"
                + "{\"Identifier\":\"e\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},\"Transitions\":{}}]}}", adminAuth).getString("id");
        center.post("/api/v1/contact-flows/" + flow + "/publish", "{}", adminAuth);
        String number = "+8159" + String.format("%08d", System.currentTimeMillis() % 100_000_000L);
        center.post("/api/v1/phone-numbers", "{\"phoneNumber\":\"" + number + "\",\"contactFlowId\":\"" + flow + "\"}", adminAuth);

        if (phones != null) {
            await(() -> health().contains("connected to"), 90, "the center's AMI connection to the driver (cc.ami.host/port)");
            phones.signIn(center, adminAuth, base, unique, queue, agents, 1);
            System.out.printf("%d agents with desk phones Available%n", agents);
        }
        int before = threads();
        long end = System.currentTimeMillis() + seconds * 1000L;
        CountDownLatch done = new CountDownLatch(calls);
        List<Thread> callers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            Call call = new Call(number.substring(1), "+8190" + String.format("%08d", i), "PJSIP/trunk-" + String.format("%08x", i));
            this.calls.put(call.channel, call);
            Thread t = new Thread(() -> {
                try {
                    call.live(end);
                } finally {
                    done.countDown();
                }
            }, "caller-" + i);
            t.setDaemon(true);
            callers.add(t);
            long due = t0 + i * 1_000_000_000L / ramp;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            t.start();
        }
        Thread.sleep(Math.max(0, end - System.currentTimeMillis() - 5_000));
        int peakThreads = threads();
        int waiting = waiting(queue);
        done.await();
        Thread.sleep(2_000);
        System.out.printf("calls %d (ramp %d/s, %d s): waiting at the peak %d, failures %d%s%n", calls, ramp, seconds, waiting, failures.get(),
                firstFailure.isEmpty() ? "" : " (first: " + firstFailure.values().iterator().next() + ")");
        System.out.println("inbound sessions:  " + inbound.summary());
        System.out.println("continue sessions: " + continues.summary());
        System.out.println("AGI session start (environment sent -> first command; includes waiting for a worker): " + firstCommand.summary());
        System.out.println("AGI command turnaround on the center (reply sent -> next command): " + turnaround.summary());
        byCommand.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().pct(0.99), a.getValue().pct(0.99))).limit(6)
                .forEach(e -> System.out.println("  before " + e.getKey() + ": " + e.getValue().summary()));
        if (phones != null) {
            System.out.printf("agents: %d Originates, %d calls answered by an agent%n", phones.originates.get(), answered.get());
            System.out.println("offer -> Originate: " + phones.offerToOriginate.summary());
            System.out.println("agent legs (agent sessions, with the bridge held " + holdMillis + " ms): " + agentLegs.summary());
            phones.close();
        }
        System.out.printf("center threads: before %d, at the peak %d, after %d%n", before, peakThreads, threads());
    }

    private String health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition, int seconds, String what) throws Exception {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.call()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("not within " + seconds + " s: " + what);
            }
            Thread.sleep(500);
        }
    }

    private int threads() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("Authorization", adminAuth).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = THREADS.matcher(r.body());
        return m.find() ? (int) Double.parseDouble(m.group(1)) : -1;
    }

    private int waiting(String queue) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/queues/" + queue + "/contacts")).header("Authorization", adminAuth)
                .build(), HttpResponse.BodyHandlers.ofString());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray().size();
    }

    /** One caller's channel: its variables across the dialplan's AGI steps, answered as Asterisk 20 answers. */
    private final class Call {
        final String dnid;
        final String callerId;
        final String channel;
        final Map<String, String> variables = new HashMap<>();
        /** an agent's phone took this caller into its Bridge() */
        volatile boolean bridged;

        Call(String dnid, String callerId, String channel) {
            this.dnid = dnid;
            this.callerId = callerId;
            this.channel = channel;
        }

        void live(long end) {
            try {
                session("inbound", inbound);
                boolean connected = false;
                while (System.currentTimeMillis() < end && parked()) {
                    connected |= "CONNECTED".equals(variables.get("CC_ACTION")) || bridged;
                    Thread.sleep(Long.parseLong(variables.getOrDefault("CC_HOLD_SECONDS", "10")) * 1000L); // the dialplan's MusicOnHold
                    session("continue", continues);
                }
                if ((connected || bridged) && !parked()) {
                    answered.incrementAndGet(); // an agent took it; the call is over
                    return;
                }
                if (!parked()) {
                    throw new IllegalStateException("not holding in queue: CC_ACTION=" + variables.get("CC_ACTION"));
                }
                variables.put("CC_ACTION", "");
                session("hangup", new Histogram()); // the h extension: the caller hangs up during the music
            } catch (Exception e) {
                failures.incrementAndGet();
                firstFailure.putIfAbsent("first", channel + ": " + e);
            }
        }

        /** In the dialplan's music: waiting in queue, or for the agent's phone to bridge it. */
        boolean parked() {
            return "HOLD".equals(variables.get("CC_ACTION")) || "CONNECTED".equals(variables.get("CC_ACTION"));
        }

        void session(String script, Histogram latency) throws IOException {
            long start = System.nanoTime();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", agiPort), 10_000);
                s.setSoTimeout(60_000);
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                out.write("agi_network: yes\nagi_network_script: " + script + "\nagi_request: agi://127.0.0.1:" + agiPort + "/" + script
                        + "\nagi_channel: " + channel + "\nagi_language: en\nagi_type: PJSIP\nagi_uniqueid: " + channel.hashCode()
                        + "\nagi_version: 20.5.0\nagi_callerid: " + callerId + "\nagi_calleridname: Load\nagi_dnid: " + dnid
                        + "\nagi_context: from-trunk\nagi_extension: " + dnid + "\nagi_priority: 2\n\n");
                out.flush();
                long sent = System.nanoTime();
                boolean first = true;
                for (String command; (command = in.readLine()) != null;) {
                    long took = System.nanoTime() - sent;
                    if (first) {
                        firstCommand.add(took);
                    } else {
                        turnaround.add(took);
                        String[] words = command.split(" ", 4);
                        String kind = script + ": " + words[0] + (words.length > 2 ? " " + words[1] + " " + words[2].replace("\"", "") : "");
                        byCommand.computeIfAbsent(kind.startsWith(script + ": STREAM") ? script + ": STREAM FILE" : kind, k -> new Histogram()).add(took);
                    }
                    first = false;
                    String reply = answer(command);
                    out.write(reply + "\n");
                    out.flush();
                    sent = System.nanoTime();
                }
            }
            latency.add(System.nanoTime() - start);
        }

        private String answer(String command) {
            Matcher set = SET.matcher(command);
            if (set.matches()) {
                variables.put(set.group(1), set.group(2));
                return "200 result=1";
            }
            Matcher get = GET.matcher(command);
            if (get.matches()) {
                String v = variables.get(get.group(1));
                return v == null ? "200 result=0" : "200 result=1 (" + v + ")";
            }
            if (command.startsWith("STREAM FILE") || command.startsWith("CONTROL STREAM FILE")) {
                return "200 result=0 endpos=8000";
            }
            if (command.startsWith("GET DATA")) {
                return "200 result= (timeout)";
            }
            return command.startsWith("HANGUP") ? "200 result=1" : "200 result=0";
        }
    }
}
