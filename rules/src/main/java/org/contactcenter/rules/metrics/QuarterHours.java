package org.contactcenter.rules.metrics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * Quarter hours of the UTC clock, the grain of the interval-metric rollups (docs/METRICS.md): a record counts in the
 * quarter hour holding its enqueue time. A time zone whose offset is a whole number of quarter hours (+05:30 Kolkata,
 * −03:30 St John's, +05:45 Kathmandu, a DST change of 30 or 60 minutes) has the same quarter hours, so each of its
 * quarter hours, hours and days is a union of whole UTC quarter hours: the rollups answer it exactly.
 */
public final class QuarterHours {
    public static final long MILLIS = 15 * 60 * 1000L;
    private static final int SECONDS = 15 * 60;

    private QuarterHours() {
    }

    /** The start of the quarter hour holding {@code epochMillis}. */
    public static long floor(long epochMillis) {
        return Math.floorDiv(epochMillis, MILLIS) * MILLIS;
    }

    /** The first quarter-hour start at or after {@code epochMillis}. */
    public static long ceil(long epochMillis) {
        long f = floor(epochMillis);
        return f == epochMillis ? f : f + MILLIS;
    }

    /**
     * Whether every offset the zone has in [from, to) is a whole number of quarter hours and every change of offset in
     * it happens on a quarter hour (so no interval of the zone's clock starts inside a quarter hour).
     */
    public static boolean aligned(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        if (rules.getOffset(from).getTotalSeconds() % SECONDS != 0) {
            return false;
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to); t = rules.nextTransition(t.getInstant())) {
            if (t.getOffsetAfter().getTotalSeconds() % SECONDS != 0 || t.getInstant().getEpochSecond() % SECONDS != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How a range [from, to) splits: {@code [from, start)} and {@code [end, to)} are the partial quarter hours at its
     * edges, read record by record; {@code [start, end)} holds whole quarter hours, answered by the rollups and the
     * records not final yet. Empty when the range holds no whole quarter hour or the zone is not aligned.
     */
    public record Split(Instant start, Instant end) {
    }

    public static Optional<Split> split(ZoneId zone, Instant from, Instant to) {
        long start = ceil(from.toEpochMilli());
        long end = floor(to.toEpochMilli());
        // an instant within a millisecond (nanoseconds) of a boundary: the rollups hold whole milliseconds only
        if (from.getNano() % 1_000_000 != 0 && start == floor(from.toEpochMilli())) {
            start += MILLIS;
        }
        if (start >= end || !aligned(zone, from, to)) {
            return Optional.empty();
        }
        return Optional.of(new Split(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end)));
    }
}
