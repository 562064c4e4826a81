package org.contactcenter.rules.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.contactcenter.rules.metrics.RecordFacts;

/**
 * The what-if simulator's entry point (docs/SIMULATOR.md): replays a period's contact records against a candidate
 * configuration on the server's own {@link org.contactcenter.rules.router.Router} under a simulated clock, and
 * reports, per queue and routing profile, the replay beside what the records say really happened. Plain Java, no
 * server; each call is independent (thread-safe as long as callers do not share a {@link Candidate} built by hand
 * with a mutable rule base — {@link org.contactcenter.rules.kbase.RuleBases} is thread-safe).
 *
 * <pre>{@code
 * List<RecordInput> records = Records.read(Path.of("contact-records-2026-12-02T09.jsonl"));
 * Report report = Simulation.run(records, Candidate.read(Path.of("candidate.json")));
 * String json = report.toJson();
 * }</pre>
 */
public final class Simulation {
    private Simulation() {
    }

    /** Replays every record given (de-duplicated by ContactId, the latest LastUpdateTimestamp kept). */
    public static Report run(Iterable<RecordInput> records, Candidate candidate) {
        return run(records, candidate, null, null);
    }

    /**
     * Replays the contacts queued in [from, to) (null: unbounded) — the interval the metrics count a contact in. Throws
     * {@link InputException} when the candidate names a queue, profile or agent the records do not have.
     */
    public static Report run(Iterable<RecordInput> records, Candidate candidate, Instant from, Instant to) {
        long t0 = System.nanoTime();
        List<RecordInput> all = new ArrayList<>();
        records.forEach(all::add);
        List<RecordInput> period = Records.queuedIn(Records.merge(List.of(all)), from, to);
        Setup setup = new Setup(period, candidate);
        Replay replay = new Replay(setup, period, candidate.rules());
        replay.run();
        long t1 = System.nanoTime();

        List<RecordFacts> actualFacts = new ArrayList<>(period.size());
        List<RecordFacts> replayFacts = new ArrayList<>(period.size());
        for (Replay.Fate f : replay.fates) {
            actualFacts.add(f.record.facts());
            if (f.replayed) {
                replayFacts.add(f.facts());
            }
        }
        Side actual = new Side(actualFacts, setup.recordedShifts);
        Side simulated = new Side(replayFacts, setup.shifts);

        Set<String> queueIds = new TreeSet<>(actual.queues.keySet());
        queueIds.addAll(simulated.queues.keySet());
        List<Report.Row> queues = new ArrayList<>();
        for (String id : queueIds) {
            queues.add(Report.Row.of(id, setup.queueNames.getOrDefault(id, id), actual.queue(id), simulated.queue(id)));
        }
        queues.sort(java.util.Comparator.comparing(Report.Row::name));
        Set<String> profileIds = new TreeSet<>(actual.profiles.keySet());
        profileIds.addAll(simulated.profiles.keySet());
        List<Report.Row> profiles = new ArrayList<>();
        for (String id : profileIds) {
            profiles.add(Report.Row.of(id, setup.profileNames.getOrDefault(id, id), actual.profile(id), simulated.profile(id)));
        }
        profiles.sort(java.util.Comparator.comparing(Report.Row::name));
        long t2 = System.nanoTime();

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("from", from == null ? null : from.toString());
        summary.put("to", to == null ? null : to.toString());
        summary.put("firstEnqueued", period.isEmpty() ? null : Instant.ofEpochMilli(period.get(0).enqueuedAt()).toString());
        summary.put("lastEnqueued", period.isEmpty() ? null : Instant.ofEpochMilli(period.get(period.size() - 1).enqueuedAt()).toString());
        summary.put("contacts", period.size());
        summary.put("agentsRecorded", setup.recordedShifts.size());
        summary.put("agentsReplayed", setup.shifts.size());
        summary.put("outboundNotReplayed", replay.outboundNotReplayed);
        summary.put("stillWaitingAtEnd", replay.stillWaiting());
        summary.put("events", replay.eventsRun);
        summary.put("replayMillis", (t1 - t0) / 1_000_000);
        summary.put("reportMillis", (t2 - t1) / 1_000_000);
        return new Report(summary, queues, Report.Row.of(null, "total", actual.total(), simulated.total()), profiles,
                Report.Row.of(null, "all routing profiles", actual.profile(null), simulated.profile(null)));
    }
}
