package org.contactcenter.routing.metrics.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.metrics.Totals;

/**
 * Today's (and yesterday's) interval metrics, by day of enqueue in the center's time zone, kept exact from every
 * record as it changes: each live contact's contribution is taken back and added again, an ended contact's is final.
 * Thread-safe (its monitor): the journal's commits count while the real-time compute takes copies.
 */
public final class TodayTotals {
    private final Clock clock;
    private final ZoneId zone;
    /** today's and yesterday's totals, by day of enqueue */
    private final TreeMap<LocalDate, DayTotals> days = new TreeMap<>();
    /** the contribution of each contact not yet ended */
    private final Map<String, RecordFacts> live = new HashMap<>();
    /** contacts of each day that have ended (their contribution is final) */
    private final Map<LocalDate, Set<String>> ended = new HashMap<>();

    public TodayTotals(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** A contact's record as it is now: its contribution replaces the one it had. */
    public synchronized void count(RecordFacts f) {
        RecordFacts before = live.remove(f.contactId());
        LocalDate day = day(f);
        if (before == null && ended.getOrDefault(day, Set.of()).contains(f.contactId())) {
            return; // changed after it ended (its recording): its metrics are final
        }
        if (before != null) {
            DayTotals was = days.get(day(before));
            if (was != null) {
                was.add(before, -1);
            }
        }
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        if (!day.isBefore(yesterday)) {
            days.computeIfAbsent(day, d -> new DayTotals()).add(f, 1);
        }
        if (f.ended()) {
            ended.computeIfAbsent(day, d -> new HashSet<>()).add(f.contactId());
        } else {
            live.put(f.contactId(), f);
        }
        days.headMap(yesterday).clear();
        ended.keySet().removeIf(d -> d.isBefore(yesterday));
    }

    /** A copy of today's totals (the compute works on it outside this monitor). */
    public synchronized DayTotals todayCopy() {
        DayTotals d = days.get(LocalDate.now(clock.withZone(zone)));
        return d == null ? new DayTotals() : d.copy();
    }

    /** Today's totals of the whole center. */
    public synchronized Totals center() {
        Totals t = new Totals();
        DayTotals d = days.get(LocalDate.now(clock.withZone(zone)));
        if (d != null) {
            t.add(d.center);
        }
        return t;
    }

    private LocalDate day(RecordFacts f) {
        return Instant.ofEpochMilli(f.enqueuedAt()).atZone(zone).toLocalDate();
    }
}
