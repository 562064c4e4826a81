package org.contactcenter.rules.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interval metrics of a set of contact records (docs/METRICS.md), as sums and counts, so that they add up over
 * queues, agents and intervals. {@link #add} with sign -1 takes a record's earlier contribution back (a live contact
 * whose record changed); maxima are taken only from final values (an answer or an abandon), so they never need
 * taking back. Not thread-safe.
 */
public final class Totals {
    /** The service-level thresholds in seconds (Amazon Connect's). */
    public static final int[] SERVICE_LEVELS = {15, 20, 25, 30, 45, 60, 90, 120, 180, 240, 300, 600};

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

    /** Adds other totals (a coarser interval, all queues). */
    public void add(Totals o) {
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
