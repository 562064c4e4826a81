package org.contactcenter.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Proficiency;
import org.contactcenter.rules.simulation.Candidate;
import org.contactcenter.rules.simulation.Json;
import org.contactcenter.rules.simulation.RecordInput;
import org.contactcenter.rules.simulation.Records;
import org.contactcenter.rules.simulation.Report;
import org.contactcenter.rules.simulation.Simulation;

/**
 * The what-if simulator on a generated day (docs/PERFORMANCE.md, "What-if simulator"): writes a day's contact records
 * as the file sink would — every update of every contact (WAITING, CONNECTED, ENDED) as a JSON line, in the order
 * they were written — then, in this JVM, times reading them (with de-duplication), loading the rules and the
 * replay with its report, once, cold, as an analyst's run is. Plain main: run it three times for a median.
 *
 * <p>The day: {@code --contacts} (100,000) contacts from 07:00 to 23:00 Tokyo time, Poisson arrivals whose rate
 * follows a daytime curve (a morning and an afternoon peak), 5 queues, 40 % voice (handle ~ exponential, mean 150 s,
 * ACW 10 s) and 60 % chat (mean 300 s, ACW 10 s); 20 % of contacts {@code preferredLanguage=ja} (the shipped rules
 * give them routing criteria); patience exponential (voice mean 120 s, chat 300 s). {@code --agents} (200) agents in
 * 4 routing profiles of 2–3 queues each, voice 1 and chat 3, on all day. "What really happened" is made by a simple
 * earliest-free-slot model (no criteria), so the replay on the real router differs from it, as reality would. The
 * candidate gives a fifth of the agents Japanese at level 5 ({@code --japanese-every 5}; 0: nobody, as recorded). {@code
 * --repeat N} replays N − 1 more times in the same JVM (warm).
 *
 * <pre>--generate y --contacts 100000 --agents 200 --seed 12 --file target/simulator-day.jsonl   (writes the day, then stops)
 * --file target/simulator-day.jsonl --agents 200                                           (times one replay of it)</pre>
 */
public final class SimulatorBenchmark {
    static final String[] QUEUES = {"Sales", "Support", "Billing", "Tech", "Claims"};
    /** per profile: the queues it serves */
    static final int[][] PROFILES = {{0, 1}, {1, 2, 3}, {3, 4}, {0, 2, 4}};
    static final Instant DAY = Instant.parse("2026-12-01T22:00:00Z"); // 07:00 in Tokyo

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new LinkedHashMap<>(Map.of("--contacts", "100000", "--agents", "200", "--seed", "12",
                "--file", "target/simulator-day.jsonl"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        int contacts = Integer.parseInt(o.get("--contacts"));
        int agents = Integer.parseInt(o.get("--agents"));
        Path file = Path.of(o.get("--file"));
        if (o.containsKey("--generate") || !Files.exists(file)) { // a separate JVM for the generation keeps it out of the timings
            long g0 = System.nanoTime();
            int lines = generate(file, contacts, agents, new Random(Long.parseLong(o.get("--seed"))));
            System.out.printf("generated %,d contacts, %,d lines, %,d MB in %s: %d ms%n", contacts, lines, Files.size(file) >> 20, file,
                    (System.nanoTime() - g0) / 1_000_000);
            return;
        }
        System.out.printf("replaying %s (%,d MB)%n", file, Files.size(file) >> 20);

        long t0 = System.nanoTime();
        List<RecordInput> records = Records.read(file);
        long t1 = System.nanoTime();
        RuleBases rules = RuleBases.loadBuiltIn(Clock.systemUTC());
        List<Candidate.StaffSpec> staff = new ArrayList<>();
        int every = Integer.parseInt(o.getOrDefault("--japanese-every", "5")); // 0: nobody speaks Japanese (as recorded)
        for (int a = 0; every > 0 && a < agents; a += every) {
            staff.add(new Candidate.StaffSpec("agent" + a, null, null, null, List.of(new Proficiency("Language", "Japanese", 5)), false));
        }
        Candidate candidate = new Candidate(List.of(), true, staff, rules);
        long t2 = System.nanoTime();
        Report report = Simulation.run(records, candidate);
        long t3 = System.nanoTime();
        String json = report.toJson();
        long t4 = System.nanoTime();
        System.out.printf("read+dedupe %d ms (%,d records), rules %d ms, replay %s ms, report %s ms, JSON %d ms; total %d ms%n",
                (t1 - t0) / 1_000_000, records.size(), (t2 - t1) / 1_000_000, report.summary().get("replayMillis"),
                report.summary().get("reportMillis"), (t4 - t3) / 1_000_000, (t4 - t0) / 1_000_000);
        System.out.printf("events %s, JSON %,d bytes; heap used %d MB%n", report.summary().get("events"), json.length(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        for (int again = 1; again < Integer.parseInt(o.getOrDefault("--repeat", "1")); again++) { // warm runs, for where the time goes
            long w0 = System.nanoTime();
            Report warm = Simulation.run(records, candidate);
            System.out.printf("warm run %d: replay %s ms, report %s ms (%d ms)%n", again, warm.summary().get("replayMillis"),
                    warm.summary().get("reportMillis"), (System.nanoTime() - w0) / 1_000_000);
        }
        System.out.print(report.toText());
    }

    /** Writes the day; returns the number of lines. */
    static int generate(Path file, int contacts, int agents, Random random) throws IOException {
        double seconds = 16 * 3600.0;
        // arrival instants: a non-homogeneous Poisson process by thinning, normalised to the wanted count
        double[] weight = new double[16 * 60];
        double sum = 0;
        for (int m = 0; m < weight.length; m++) {
            double h = m / 60.0; // hours since 07:00
            weight[m] = 0.3 + Math.exp(-Math.pow((h - 3.5) / 1.8, 2)) + 0.8 * Math.exp(-Math.pow((h - 8) / 2.2, 2));
            sum += weight[m];
        }
        double max = Arrays.stream(weight).max().orElseThrow();
        double peakRate = contacts / sum * max / 60.0; // per second at the peak
        List<Double> arrivals = new ArrayList<>(contacts + 1000);
        for (double t = 0; arrivals.size() < contacts; ) {
            t += -Math.log(1 - random.nextDouble()) / peakRate;
            if (t >= seconds) {
                t = 0; // another pass fills up to the count (the count, not the pass, is what is asked)
            }
            if (random.nextDouble() < weight[(int) (t / 60)] / max) {
                arrivals.add(t);
            }
        }
        arrivals.sort(null);

        int slotsPerAgent = 4; // slot 0 voice, 1–3 chat
        double[][] free = new double[agents][slotsPerAgent];
        int[] profileOf = new int[agents];
        for (int a = 0; a < agents; a++) {
            profileOf[a] = a % PROFILES.length;
        }
        List<String[]> out = new ArrayList<>(contacts * 3); // {sortKey, line}
        for (int i = 0; i < contacts; i++) {
            double at = arrivals.get(i);
            int queue = random.nextInt(QUEUES.length);
            boolean voice = random.nextDouble() < 0.4;
            boolean ja = random.nextDouble() < 0.2;
            double handle = Math.max(5, -Math.log(1 - random.nextDouble()) * (voice ? 150 : 300));
            double acw = 10;
            double patience = -Math.log(1 - random.nextDouble()) * (voice ? 120 : 300);
            int bestAgent = -1;
            int bestSlot = -1;
            double bestAt = Double.MAX_VALUE;
            for (int a = 0; a < agents; a++) {
                if (!serves(profileOf[a], queue)) {
                    continue;
                }
                for (int s = voice ? 0 : 1; s < (voice ? 1 : slotsPerAgent); s++) {
                    double t = Math.max(at, free[a][s]);
                    // the earliest free slot; among slots free now, the one free the longest (the agent idle longest)
                    if (t < bestAt || (t == bestAt && bestAgent >= 0 && free[a][s] < free[bestAgent][bestSlot])) {
                        bestAt = t;
                        bestAgent = a;
                        bestSlot = s;
                    }
                }
            }
            String id = String.format("sim-%06d", i);
            Map<String, Object> r = record(id, queue, voice, ja, at);
            r.put("State", "WAITING");
            r.put("LastUpdateTimestamp", time(at + 0.001));
            out.add(new String[] {key(at + 0.001), Json.write(r)});
            if (bestAt - at > patience) {
                r.put("State", "ENDED");
                r.put("DisconnectTimestamp", time(at + patience));
                r.put("LastUpdateTimestamp", time(at + patience + 0.001));
                queue(r).put("DequeueTimestamp", time(at + patience));
                queue(r).put("Duration", (long) patience);
                out.add(new String[] {key(at + patience + 0.001), Json.write(r)});
                continue;
            }
            free[bestAgent][bestSlot] = bestAt + handle + acw;
            Map<String, Object> agent = new LinkedHashMap<>();
            agent.put("Id", "agent" + bestAgent);
            agent.put("Username", "agent" + bestAgent);
            agent.put("RoutingProfile", new LinkedHashMap<>(Map.of("Id", "rp" + profileOf[bestAgent], "Name", "Profile " + profileOf[bestAgent])));
            agent.put("ConnectedToAgentTimestamp", time(bestAt));
            agent.put("NumberOfHolds", 0L);
            r.put("Agent", agent);
            r.put("AgentConnectionAttempts", 1L);
            r.put("State", "CONNECTED");
            r.put("LastUpdateTimestamp", time(bestAt + 0.001));
            queue(r).put("DequeueTimestamp", time(bestAt));
            queue(r).put("Duration", (long) (bestAt - at));
            out.add(new String[] {key(bestAt + 0.001), Json.write(r)});
            r.put("State", "ENDED");
            r.put("DisconnectTimestamp", time(bestAt + handle));
            agent.put("AgentInteractionDuration", (long) handle);
            agent.put("CustomerHoldDuration", 0L);
            agent.put("LongestHoldDuration", 0L);
            agent.put("AfterContactWorkStartTimestamp", time(bestAt + handle));
            agent.put("AfterContactWorkEndTimestamp", time(bestAt + handle + acw));
            agent.put("AfterContactWorkDuration", (long) acw);
            r.put("LastUpdateTimestamp", time(bestAt + handle + acw + 0.001));
            out.add(new String[] {key(bestAt + handle + acw + 0.001), Json.write(r)});
        }
        out.sort((a, b) -> a[0].compareTo(b[0])); // as the sink writes them: in the order of the updates
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String[] line : out) {
                w.write(line[1]);
                w.write('\n');
            }
        }
        return out.size();
    }

    private static boolean serves(int profile, int queue) {
        for (int q : PROFILES[profile]) {
            if (q == queue) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> record(String id, int queue, boolean voice, boolean ja, double at) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ContactId", id);
        r.put("Channel", voice ? "VOICE" : "CHAT");
        r.put("InitiationMethod", "INBOUND");
        r.put("InitiationTimestamp", time(at));
        r.put("ConnectedToSystemTimestamp", time(at));
        r.put("CustomerEndpoint", new LinkedHashMap<>(Map.of("Address", voice ? "+8190" + id.substring(4) : "chat:" + id, "Type",
                voice ? "TELEPHONE_NUMBER" : "CHAT")));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("choice", QUEUES[queue].toLowerCase());
        if (ja) {
            attributes.put("preferredLanguage", "ja");
            attributes.put("customerName", "山田");
        }
        r.put("Attributes", attributes);
        r.put("AgentConnectionAttempts", 0L);
        r.put("MissedConnectionAttempts", 0L);
        r.put("RejectedConnectionAttempts", 0L);
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("Id", "q" + queue);
        q.put("Name", QUEUES[queue]);
        q.put("EnqueueTimestamp", time(at));
        r.put("Queue", q);
        if (!voice) {
            r.put("Transcript", new LinkedHashMap<>(Map.of("Location", "/api/v1/contact-records/" + id + "/transcript")));
        }
        r.put("ContactFlow", new LinkedHashMap<>(Map.of("Id", "flow-inbound", "Version", 3L)));
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> queue(Map<String, Object> r) {
        return (Map<String, Object>) r.get("Queue");
    }

    private static String time(double seconds) {
        return DAY.plusNanos(Math.round(seconds * 1e6) * 1000).toString();
    }

    private static String key(double seconds) {
        return String.format("%015.6f", seconds);
    }
}
