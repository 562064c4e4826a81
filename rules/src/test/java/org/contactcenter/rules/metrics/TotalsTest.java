package org.contactcenter.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

/**
 * The interval metrics of scripted contact timelines, against figures worked out by hand (seconds after t0). The
 * clock is the timeline itself: every instant is given.
 */
class TotalsTest {
    static final long T0 = 1_800_000_000_000L;

    /** A timeline: enqueued at {@code q}, answered at {@code answer} (or never: -1), agent leg over at {@code end}, ACW over at {@code acwEnd}, gone at {@code gone}. */
    static RecordFacts contact(String id, double q, double answer, double end, double acwEnd, double gone, double holdSeconds, int holds,
                               int missed, boolean in, boolean out) {
        return new RecordFacts(id, Channel.VOICE, "q1", false, answer < 0 ? null : "a1", answer < 0 ? null : "p1", at(q),
                answer >= 0 ? at(answer) : gone >= 0 ? at(gone) : null, answer < 0 ? null : at(answer), end < 0 ? null : at(end),
                acwEnd < 0 ? null : at(acwEnd), gone < 0 ? null : at(gone), (long) (holdSeconds * 1000), holds, missed, in, out,
                gone >= 0 && (acwEnd >= 0 || answer < 0));
    }

    static Long at(double seconds) {
        return T0 + (long) (seconds * 1000);
    }

    @Test
    void aDayOfFiveContactsAddsUpAsConnectDefinesIt() {
        Totals t = new Totals();
        // answered after 10 s, talked 60 s with 20 s on hold in two holds, 30 s ACW: handle 10..100 = 60 + 30 = 90 s
        t.add(contact("c1", 0, 10, 70, 100, 100, 20, 2, 0, false, false), 1);
        // answered after 40 s (missed once before), 100 s talk, 20 s ACW: handle 120
        t.add(contact("c2", 0, 40, 140, 160, 160, 0, 0, 1, false, false), 1);
        // abandoned after 25 s
        t.add(contact("c3", 5, -1, -1, -1, 30, 0, 0, 0, false, false), 1);
        // transferred in, answered after 15 s, transferred on at 75 (ACW still running)
        t.add(contact("c4", 10, 25, 75, -1, 75, 0, 0, 0, true, true), 1);
        // still waiting
        t.add(contact("c5", 50, -1, -1, -1, -1, 0, 0, 0, false, false), 1);
        Map<String, Number> m = t.metrics();
        assertEquals(5L, m.get("contactsQueued"));
        assertEquals(3L, m.get("contactsAnswered"));
        assertEquals(3L, m.get("contactsHandled"), "c1, c2 and c4's agent legs are over");
        assertEquals(1L, m.get("contactsAbandoned"));
        assertEquals(1L, m.get("agentNonResponse"));
        assertEquals(1L, m.get("contactsTransferredIn"));
        assertEquals(1L, m.get("contactsTransferredOut"));
        assertEquals(105.0, m.get("averageHandleTime"), "(90 + 120) / 2 completed contacts");
        assertEquals(21.667, m.get("averageQueueAnswerTime"), "(10 + 40 + 15) / 3");
        assertEquals(25.0, m.get("averageQueueAbandonTime"));
        assertEquals(25.0, m.get("averageAfterContactWorkTime"), "(30 + 20) / 2");
        assertEquals(20.0, m.get("averageCustomerHoldTime"), "one held contact, 20 s");
        assertEquals(63.333, m.get("averageInteractionTime"), "(40 + 100 + 50) / 3: holds excluded");
        assertEquals(40.0, m.get("maxQueuedTime"));
        assertEquals(20.0, m.get("abandonRate"), "1 of 5 queued");
        assertEquals(40.0, m.get("serviceLevel15"), "c1 (10 s) and c4 (15 s: within counts) of 5 queued");
        assertEquals(40.0, m.get("serviceLevel30"));
        assertEquals(60.0, m.get("serviceLevel45"), "c2 answered after 40 s joins");
        assertEquals(60.0, m.get("serviceLevel600"), "the abandoned and the waiting count against it (Connect's definition)");
    }

    @Test
    void aLiveContactsContributionIsTakenBackAndReplacedAsItsRecordChanges() {
        Totals t = new Totals();
        RecordFacts waiting = contact("c", 0, -1, -1, -1, -1, 0, 0, 0, false, false);
        RecordFacts answered = contact("c", 0, 12, -1, -1, -1, 0, 0, 0, false, false);
        RecordFacts ended = contact("c", 0, 12, 50, 60, 60, 0, 0, 0, false, false);
        t.add(waiting, 1);
        assertEquals(0.0, t.metrics().get("serviceLevel20"));
        t.add(waiting, -1);
        t.add(answered, 1);
        assertEquals(100.0, t.metrics().get("serviceLevel20"));
        assertNull(t.metrics().get("averageHandleTime"), "not completed yet");
        t.add(answered, -1);
        t.add(ended, 1);
        Map<String, Number> m = t.metrics();
        assertEquals(1L, m.get("contactsQueued"), "counted once however often it changed");
        assertEquals(48.0, m.get("averageHandleTime"));
        assertEquals(12.0, m.get("maxQueuedTime"));
    }

    @Test
    void agentQueuesStayOutOfQueueMetricsButTheAgentsWorkCounts() {
        Totals t = new Totals();
        RecordFacts toAgent = new RecordFacts("c", Channel.CHAT, "agent-q", true, "a1", "p1", T0, at(3), at(3), at(63), at(70), at(63),
                0, 0, 0, true, false, true);
        t.add(toAgent, 1);
        Map<String, Number> m = t.metrics();
        assertEquals(0L, m.get("contactsQueued"));
        assertNull(m.get("serviceLevel20"), "no queued contact: no service level");
        assertEquals(1L, m.get("contactsHandled"));
        assertEquals(67.0, m.get("averageHandleTime"));
        assertTrue(new Totals().isEmpty());
    }

    @Test
    void totalsAddUpOverGroups() {
        Totals a = new Totals();
        a.add(contact("c1", 0, 10, 70, 100, 100, 0, 0, 0, false, false), 1);
        Totals b = new Totals();
        b.add(contact("c2", 0, 40, 140, 160, 160, 0, 0, 0, false, false), 1);
        Totals all = new Totals();
        all.add(a);
        all.add(b);
        assertEquals(2L, all.metrics().get("contactsHandled"));
        assertEquals(105.0, all.metrics().get("averageHandleTime"), "(90 + 120) / 2");
        assertEquals(40.0, all.metrics().get("maxQueuedTime"));
    }
}
