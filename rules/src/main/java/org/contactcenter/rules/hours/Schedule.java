package org.contactcenter.rules.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A weekly schedule in a time zone with dated overrides. Local times are turned into instants with the zone's
 * rules, so opening hours follow daylight-saving changes (a time that does not exist that day moves forward).
 */
public final class Schedule {
    /** How far ahead {@link #nextChange} looks: a schedule that never changes within a year has no next change. */
    static final int HORIZON_DAYS = 400;

    private final ZoneId zone;
    private final List<WeeklyRange> weekly;
    private final List<DatedOverride> overrides;

    public Schedule(ZoneId zone, List<WeeklyRange> weekly, List<DatedOverride> overrides) {
        this.zone = zone;
        this.weekly = List.copyOf(weekly);
        this.overrides = List.copyOf(overrides);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Is the schedule open at this instant? */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        for (int[] interval : intervals(date)) {
            Instant start = instant(date, interval[0]);
            Instant end = instant(date, interval[1]);
            if (!at.isBefore(start) && at.isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    /** The first instant after {@code after} at which open/closed flips, if any within about a year. */
    public Optional<Instant> nextChange(Instant after) {
        boolean open = isOpen(after);
        LocalDate first = after.atZone(zone).toLocalDate().minusDays(1);
        for (int d = 0; d < HORIZON_DAYS; d++) {
            LocalDate date = first.plusDays(d);
            TreeSet<Instant> boundaries = new TreeSet<>();
            for (int[] interval : intervals(date)) {
                boundaries.add(instant(date, interval[0]));
                boundaries.add(instant(date, interval[1]));
            }
            boundaries.add(instant(date, 0));
            for (Instant candidate : boundaries) {
                if (candidate.isAfter(after) && isOpen(candidate) != open) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The open intervals of a local date, in minutes [start, end), after overrides. */
    List<int[]> intervals(LocalDate date) {
        List<int[]> weeklyIntervals = new ArrayList<>();
        for (WeeklyRange r : weekly) {
            if (r.day() == date.getDayOfWeek()) {
                weeklyIntervals.add(new int[] {r.startMinute(), r.endMinute()});
            }
        }
        for (DatedOverride o : overrides) {
            if (!o.covers(date)) {
                continue;
            }
            if (o.open()) {
                return List.<int[]>of(new int[] {o.startMinute(), o.endMinute()});
            }
            if (o.startMinute() == null) {
                return List.of();
            }
            return minus(weeklyIntervals, o.startMinute(), o.endMinute());
        }
        return weeklyIntervals;
    }

    private static List<int[]> minus(List<int[]> intervals, int closedFrom, int closedTo) {
        List<int[]> result = new ArrayList<>();
        for (int[] i : intervals) {
            if (i[1] <= closedFrom || i[0] >= closedTo) {
                result.add(i);
                continue;
            }
            if (i[0] < closedFrom) {
                result.add(new int[] {i[0], closedFrom});
            }
            if (i[1] > closedTo) {
                result.add(new int[] {closedTo, i[1]});
            }
        }
        return result;
    }

    private Instant instant(LocalDate date, int minute) {
        if (minute >= 1440) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }
}
