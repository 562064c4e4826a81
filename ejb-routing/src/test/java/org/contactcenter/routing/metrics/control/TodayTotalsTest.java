package org.contactcenter.routing.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

class TodayTotalsTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 2026-12-08 10:00 in Tokyo */
    static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

    static RecordFacts waiting(String id, long enqueuedAt) {
        return new RecordFacts(id, Channel.VOICE, "q1", false, null, null, enqueuedAt, null, null, null, null, null, 0, 0, 0, false, false, false);
    }

    static RecordFacts handled(String id, long enqueuedAt, boolean ended) {
        return new RecordFacts(id, Channel.VOICE, "q1", false, "a1", "p1", enqueuedAt, enqueuedAt + 5_000, enqueuedAt + 5_000, enqueuedAt + 65_000,
                ended ? enqueuedAt + 75_000 : null, enqueuedAt + 65_000, 0, 0, 0, false, false, ended);
    }

    static long figure(TodayTotals t, String metric) {
        return t.center().metrics().get(metric).longValue();
    }

    @Test
    void eachRecordReplacesItsContactsContributionAndAnEndedContactsIsFinal() {
        TodayTotals t = new TodayTotals(Clock.fixed(NOW, ZoneOffset.UTC), TOKYO);
        long enqueued = NOW.minusSeconds(600).toEpochMilli();
        t.count(waiting("c1", enqueued));
        assertEquals(1, figure(t, "contactsQueued"));
        assertEquals(0, figure(t, "contactsHandled"));

        t.count(handled("c1", enqueued, false)); // the same contact, answered: counted once, not twice
        assertEquals(1, figure(t, "contactsQueued"));
        assertEquals(1, figure(t, "contactsHandled"));

        t.count(handled("c1", enqueued, true));
        t.count(waiting("c1", enqueued)); // a change after the end (its recording arrives): the figures stay
        assertEquals(1, figure(t, "contactsQueued"));
        assertEquals(1, figure(t, "contactsHandled"));
    }

    @Test
    void onlyContactsEnqueuedTodayInTheCentersTimeZoneCountAndACopyStaysAsItWas() {
        TodayTotals t = new TodayTotals(Clock.fixed(NOW, ZoneOffset.UTC), TOKYO);
        // 2026-12-07 23:30 in Tokyo (14:30 UTC): yesterday there, although the same UTC day as NOW
        t.count(waiting("yesterday", Instant.parse("2026-12-07T14:30:00Z").toEpochMilli()));
        // 2026-12-08 00:30 in Tokyo (2026-12-07 15:30 UTC): today there
        t.count(waiting("today", Instant.parse("2026-12-07T15:30:00Z").toEpochMilli()));
        assertEquals(1, figure(t, "contactsQueued"));

        DayTotals copy = t.todayCopy();
        t.count(waiting("later", NOW.toEpochMilli()));
        assertEquals(2, figure(t, "contactsQueued"));
        assertEquals(1, copy.center.metrics().get("contactsQueued").longValue(), "the compute's copy does not change under it");
    }
}
