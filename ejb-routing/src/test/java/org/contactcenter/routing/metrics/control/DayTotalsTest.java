package org.contactcenter.routing.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

class DayTotalsTest {
    static RecordFacts answered(String id, String queue, String agent, long waitedMillis) {
        long t = 1_000_000;
        return new RecordFacts(id, Channel.VOICE, queue, false, agent, "p1", t, t + waitedMillis, t + waitedMillis, t + waitedMillis + 60_000,
                t + waitedMillis + 70_000, t + waitedMillis + 60_000, 0, 0, 1, false, false, true);
    }

    static RecordFacts waiting(String id, String queue) {
        return new RecordFacts(id, Channel.CHAT, queue, false, null, null, 2_000_000, null, null, null, null, null, 0, 0, 0, false, false, false);
    }

    static Map<String, Object> figures(DayTotals d) {
        return Map.of("center", d.center.metrics(), "queues", d.queues.keySet(), "q1", d.queues.get("q1").metrics(),
                "a1", d.agents.get("a1").metrics(), "p1", d.profiles.get("p1").metrics(), "channels", d.channels.keySet());
    }

    @Test
    void aCopyHasTheSameFiguresAndStaysAsItWasWhileTheOriginalChanges() {
        DayTotals d = new DayTotals();
        d.add(answered("c1", "q1", "a1", 12_000), 1);
        d.add(answered("c2", "q1", "a1", 25_000), 1);
        d.add(waiting("c3", "q2"), 1);
        Map<String, Object> before = figures(d);

        DayTotals copy = d.copy();
        assertEquals(before, figures(copy));

        d.add(waiting("c3", "q2"), -1);
        d.add(answered("c3", "q2", "a2", 5_000), 1);
        d.add(answered("c4", "q1", "a1", 90_000), 1);
        assertNotEquals(before, figures(d));
        assertEquals(before, figures(copy), "the copy is independent of the original");
        assertEquals(2L, copy.center.metrics().get("contactsHandled"));
        assertEquals(4L, d.center.metrics().get("contactsHandled"));
    }
}
