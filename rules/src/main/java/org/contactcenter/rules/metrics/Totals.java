package org.contactcenter.rules.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interval metrics of a set of contact records (docs/METRICS.md), as sums and counts, so that they add up over
 * queues, agents and intervals. {@link #add} with sign -1 takes a record's earlier contribution back (a live contact
 * whose record changed); maxima are taken only from final values (an answer or an abandon), so they never need
 * taking back. {@link #merge} adds other totals (a coarser interval, all queues, a stored quarter-hour rollup and the
 * records still live): every figure is a sum or a maximum, so merging the totals of disjoint sets of records gives
 * exactly the totals of their union, in any order. {@link #values()} and {@link #of(long[])} are what a rollup stores,
 * in the order of {@link #FIELDS}. Not thread-safe.
 */
public final class Totals {
    /** The service-level thresholds in seconds (Amazon Connect's). */
    public static final int[] SERVICE_LEVELS = {15, 20, 25, 30, 45, 60, 90, 120, 180, 240, 300, 600};

    /** The stored figures in the order of {@link #values()} (snake case: the rollup table's column names). */
    public static final List<String> FIELDS = fields();

    /** The records added (whatever they count for): a historical row exists when at least one record is in it. */
    long records;
    long queued;
    long answered;
    long abandoned;
    long handled;
    long completed;
    long agentNonResponse;
    long transferredIn;
    long transferredOut;
    long held;
    long answerMillis;
    long abandonMillis;
    long handleMillis;
    long acwMillis;
    long holdMillis;
    long interactionMillis;
    long maxQueuedMillis;
    final long[] answeredWithin = new long[SERVICE_LEVELS.length];

    /** Adds (sign 1) or takes back (sign -1) what one record contributes. */
    public void add(RecordFacts f, int sign) {
        records += sign;
        if (!f.agentQueue()) {
            queued += sign;
            Long answer = f.answerMillis();
            if (answer != null) {
                answered += sign;
                answerMillis += sign * answer;
                for (int i = 0; i < SERVICE_LEVELS.length; i++) {
                    if (answer <= SERVICE_LEVELS[i] * 1000L) {
                        answeredWithin[i] += sign;
                    }
                }
                maxQueuedMillis = Math.max(maxQueuedMillis, answer);
            }
            if (f.abandoned()) {
                abandoned += sign;
                long waited = Math.max(0, f.disconnectedAt() - f.enqueuedAt());
                abandonMillis += sign * waited;
                maxQueuedMillis = Math.max(maxQueuedMillis, waited);
            }
        }
        if (f.handled()) {
            handled += sign;
            long interaction = Math.max(0, f.acwStartedAt() - f.connectedToAgentAt() - f.holdMillis());
            interactionMillis += sign * interaction;
            if (f.holdCount() > 0) {
                held += sign;
                holdMillis += sign * f.holdMillis();
            }
            if (f.completed()) {
                completed += sign;
                long acw = Math.max(0, f.acwEndedAt() - f.acwStartedAt());
                acwMillis += sign * acw;
                handleMillis += sign * (interaction + f.holdMillis() + acw);
            }
        }
        agentNonResponse += (long) sign * f.missed();
        if (f.transferredIn()) {
            transferredIn += sign;
        }
        if (f.transferredOut()) {
            transferredOut += sign;
        }
    }

    /** Adds other totals (a coarser interval, all queues); the same as {@link #merge}. */
    public void add(Totals o) {
        merge(o);
    }

    /** Adds other totals, of records not in these: sums add up, maxima take the larger. Returns these totals. */
    public Totals merge(Totals o) {
        records += o.records;
        queued += o.queued;
        answered += o.answered;
        abandoned += o.abandoned;
        handled += o.handled;
        completed += o.completed;
        agentNonResponse += o.agentNonResponse;
        transferredIn += o.transferredIn;
        transferredOut += o.transferredOut;
        held += o.held;
        answerMillis += o.answerMillis;
        abandonMillis += o.abandonMillis;
        handleMillis += o.handleMillis;
        acwMillis += o.acwMillis;
        holdMillis += o.holdMillis;
        interactionMillis += o.interactionMillis;
        maxQueuedMillis = Math.max(maxQueuedMillis, o.maxQueuedMillis);
        for (int i = 0; i < answeredWithin.length; i++) {
            answeredWithin[i] += o.answeredWithin[i];
        }
        return this;
    }

    /** How many records were added (taken back: subtracted). */
    public long records() {
        return records;
    }

    /** Every figure, in the order of {@link #FIELDS}: what a rollup stores. */
    public long[] values() {
        long[] v = new long[FIELDS.size()];
        int i = 0;
        v[i++] = records;
        v[i++] = queued;
        v[i++] = answered;
        v[i++] = abandoned;
        v[i++] = handled;
        v[i++] = completed;
        v[i++] = agentNonResponse;
        v[i++] = transferredIn;
        v[i++] = transferredOut;
        v[i++] = held;
        v[i++] = answerMillis;
        v[i++] = abandonMillis;
        v[i++] = handleMillis;
        v[i++] = acwMillis;
        v[i++] = holdMillis;
        v[i++] = interactionMillis;
        v[i++] = maxQueuedMillis;
        for (long within : answeredWithin) {
            v[i++] = within;
        }
        return v;
    }

    /** Totals from {@link #values()}. */
    public static Totals of(long[] v) {
        if (v.length != FIELDS.size()) {
            throw new IllegalArgumentException("expected " + FIELDS.size() + " values, got " + v.length);
        }
        Totals t = new Totals();
        int i = 0;
        t.records = v[i++];
        t.queued = v[i++];
        t.answered = v[i++];
        t.abandoned = v[i++];
        t.handled = v[i++];
        t.completed = v[i++];
        t.agentNonResponse = v[i++];
        t.transferredIn = v[i++];
        t.transferredOut = v[i++];
        t.held = v[i++];
        t.answerMillis = v[i++];
        t.abandonMillis = v[i++];
        t.handleMillis = v[i++];
        t.acwMillis = v[i++];
        t.holdMillis = v[i++];
        t.interactionMillis = v[i++];
        t.maxQueuedMillis = v[i++];
        for (int k = 0; k < t.answeredWithin.length; k++) {
            t.answeredWithin[k] = v[i++];
        }
        return t;
    }

    /** The index in {@link #FIELDS} of the one figure that merges as a maximum (all others add up). */
    public static final int MAX_QUEUED_INDEX = 16;

    private static List<String> fields() {
        List<String> f = new ArrayList<>(List.of("records", "queued", "answered", "abandoned", "handled", "completed", "agent_non_response",
                "transferred_in", "transferred_out", "held", "answer_millis", "abandon_millis", "handle_millis", "acw_millis", "hold_millis",
                "interaction_millis", "max_queued_millis"));
        for (int s : SERVICE_LEVELS) {
            f.add("answered_within_" + s);
        }
        return List.copyOf(f);
    }

    public boolean isEmpty() {
        return queued == 0 && handled == 0 && agentNonResponse == 0 && transferredIn == 0 && transferredOut == 0;
    }

    /**
     * The metrics by name (docs/METRICS.md): counts, averages in seconds (null when nothing to average), service
     * levels in percent of the contacts queued (null when none was).
     */
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("contactsQueued", queued);
        m.put("contactsAnswered", answered);
        m.put("contactsHandled", handled);
        m.put("contactsAbandoned", abandoned);
        m.put("agentNonResponse", agentNonResponse);
        m.put("contactsTransferredIn", transferredIn);
        m.put("contactsTransferredOut", transferredOut);
        m.put("averageHandleTime", average(handleMillis, completed));
        m.put("averageQueueAnswerTime", average(answerMillis, answered));
        m.put("averageQueueAbandonTime", average(abandonMillis, abandoned));
        m.put("averageAfterContactWorkTime", average(acwMillis, completed));
        m.put("averageCustomerHoldTime", average(holdMillis, held));
        m.put("averageInteractionTime", average(interactionMillis, handled));
        m.put("maxQueuedTime", maxQueuedMillis / 1000.0);
        m.put("abandonRate", queued == 0 ? null : percent(abandoned, queued));
        for (int i = 0; i < SERVICE_LEVELS.length; i++) {
            m.put("serviceLevel" + SERVICE_LEVELS[i], queued == 0 ? null : percent(answeredWithin[i], queued));
        }
        return m;
    }

    private static Double average(long millis, long count) {
        return count == 0 ? null : Math.round(millis / (double) count) / 1000.0;
    }

    private static double percent(long part, long whole) {
        return Math.round(part * 10000.0 / whole) / 100.0;
    }
}
