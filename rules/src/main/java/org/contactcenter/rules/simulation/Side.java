package org.contactcenter.rules.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.metrics.Totals;

/**
 * The figures of one side of the report — what really happened, or the replay — from contact records as the metrics
 * read them ({@link RecordFacts}), summed by the metrics' own {@link Totals} per standard queue, plus the 90th
 * percentile of the answer times and the occupancy of each routing profile's agents over their shifts.
 */
final class Side {
    /** The queue metrics the report shows, in this order (names as in docs/METRICS.md). */
    static final List<String> QUEUE_METRICS;

    static {
        List<String> names = new ArrayList<>(List.of("contactsQueued", "contactsAnswered", "contactsAbandoned", "contactsNotAnswered"));
        for (int x : Totals.SERVICE_LEVELS) {
            names.add("serviceLevel" + x);
        }
        names.addAll(List.of("averageQueueAnswerTime", "p90QueueAnswerTime", "averageQueueAbandonTime", "maxQueuedTime", "abandonRate",
                "averageHandleTime"));
        QUEUE_METRICS = List.copyOf(names);
    }

    static final List<String> PROFILE_METRICS = List.of("agents", "staffedHours", "busyHours", "occupancy", "contactsConnected");

    final Map<String, Totals> queues = new TreeMap<>();
    final Totals total = new Totals();
    private final Map<String, LongList> answers = new HashMap<>();
    private final LongList allAnswers = new LongList();
    /** profile → {agents, staffed ms, busy ms, answered} */
    final Map<String, long[]> profiles = new TreeMap<>();

    Side(Iterable<RecordFacts> facts, List<Setup.Shift> shifts) {
        Map<String, Setup.Shift> shiftOf = new HashMap<>();
        for (Setup.Shift s : shifts) {
            shiftOf.put(s.agentId(), s);
            long[] p = profiles.computeIfAbsent(s.profileId(), k -> new long[4]);
            p[0]++;
            p[1] += s.to() - s.from();
        }
        Map<String, List<long[]>> busy = new HashMap<>();
        for (RecordFacts f : facts) {
            if (!f.agentQueue()) {
                queues.computeIfAbsent(f.queueId(), k -> new Totals()).add(f, 1);
                total.add(f, 1);
                Long answer = f.answerMillis();
                if (answer != null) {
                    answers.computeIfAbsent(f.queueId(), k -> new LongList()).add(answer);
                    allAnswers.add(answer);
                }
            }
            if (f.connectedToAgentAt() != null && f.agentId() != null) {
                busy.computeIfAbsent(f.agentId(), k -> new ArrayList<>()).add(new long[] {f.connectedToAgentAt(),
                        Setup.busyUntil(f.connectedToAgentAt(), f.acwStartedAt(), f.acwEndedAt(), f.disconnectedAt())});
            }
        }
        busy.forEach((agent, intervals) -> {
            Setup.Shift s = shiftOf.get(agent);
            if (s != null) {
                long[] p = profiles.get(s.profileId());
                p[2] += union(intervals, s.from(), s.to());
                p[3] += intervals.size();
            }
        });
    }

    /** The time covered by the intervals, clipped to [from, to): an agent is busy while it holds at least one contact. */
    static long union(List<long[]> intervals, long from, long to) {
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        long covered = 0;
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        for (long[] i : intervals) {
            long a = Math.max(i[0], from);
            long b = Math.min(i[1], to);
            if (b <= a) {
                continue;
            }
            if (a > end) {
                covered += Math.max(0, end - start);
                start = a;
                end = b;
            } else {
                end = Math.max(end, b);
            }
        }
        return covered + Math.max(0, end - start);
    }

    Map<String, Number> queue(String queueId) {
        Totals t = queues.get(queueId);
        return metrics(t == null ? new Totals() : t, answers.get(queueId));
    }

    Map<String, Number> total() {
        return metrics(total, allAnswers);
    }

    private static Map<String, Number> metrics(Totals t, LongList answers) {
        Map<String, Number> all = t.metrics();
        Map<String, Number> m = new LinkedHashMap<>();
        long notAnswered = all.get("contactsQueued").longValue() - all.get("contactsAnswered").longValue() - all.get("contactsAbandoned").longValue();
        all.put("contactsNotAnswered", notAnswered);
        all.put("p90QueueAnswerTime", answers == null || answers.size == 0 ? null : answers.percentile(90) / 1000.0);
        for (String name : QUEUE_METRICS) {
            m.put(name, all.get(name));
        }
        return m;
    }

    /** {@code profileId} null: all profiles together. */
    Map<String, Number> profile(String profileId) {
        long[] p = new long[4];
        for (Map.Entry<String, long[]> e : profiles.entrySet()) {
            if (profileId == null || profileId.equals(e.getKey())) {
                for (int k = 0; k < 4; k++) {
                    p[k] += e.getValue()[k];
                }
            }
        }
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("agents", p[0]);
        m.put("staffedHours", Math.round(p[1] / 36_000.0) / 100.0);
        m.put("busyHours", Math.round(p[2] / 36_000.0) / 100.0);
        m.put("occupancy", p[1] == 0 ? null : Math.round(p[2] * 10000.0 / p[1]) / 100.0);
        m.put("contactsConnected", p[3]);
        return m;
    }

    /** A growable list of longs (answer times) with a nearest-rank percentile. */
    static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        /** The nearest-rank percentile: the ⌈p/100 · n⌉-th smallest value. */
        long percentile(int p) {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * size);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
