package org.contactcenter.rules.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static List<WeeklyRange> weekdays(int start, int end) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.getValue() <= 5).map(d -> new WeeklyRange(d, start, end)).toList();
    }

    static Instant tokyo(String local) {
        return java.time.LocalDateTime.parse(local).atZone(TOKYO).toInstant();
    }

    @Test
    void businessHoursInTokyo() {
        Schedule s = new Schedule(TOKYO, weekdays(9 * 60, 18 * 60), List.of());
        assertTrue(s.isOpen(tokyo("2030-01-07T09:00")), "Monday 09:00 opens");
        assertTrue(s.isOpen(tokyo("2030-01-07T17:59")));
        assertFalse(s.isOpen(tokyo("2030-01-07T18:00")), "18:00 is closed");
        assertFalse(s.isOpen(tokyo("2030-01-05T12:00")), "Saturday");
        assertEquals(Optional.of(tokyo("2030-01-07T18:00")), s.nextChange(tokyo("2030-01-07T10:00")));
        assertEquals(Optional.of(tokyo("2030-01-14T09:00")), s.nextChange(tokyo("2030-01-11T18:00")), "Friday evening → Monday 09:00");
    }

    @Test
    void aHolidayOverrideClosesWholeDaysAndIsSkippedByNextChange() {
        Schedule s = new Schedule(TOKYO, weekdays(9 * 60, 18 * 60),
                List.of(new DatedOverride(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 3), false, null, null)));
        assertFalse(s.isOpen(tokyo("2030-01-02T10:00")));
        assertEquals(Optional.of(tokyo("2030-01-04T09:00")), s.nextChange(tokyo("2029-12-31T18:00")));
    }

    @Test
    void openAndClosedWindows() {
        Schedule s = new Schedule(TOKYO, weekdays(9 * 60, 18 * 60), List.of(
                new DatedOverride(LocalDate.of(2030, 1, 5), LocalDate.of(2030, 1, 5), true, 10 * 60, 14 * 60),
                new DatedOverride(LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 7), false, 12 * 60, 13 * 60)));
        assertTrue(s.isOpen(tokyo("2030-01-05T11:00")), "a special Saturday opening");
        assertFalse(s.isOpen(tokyo("2030-01-05T15:00")));
        assertTrue(s.isOpen(tokyo("2030-01-07T11:59")));
        assertFalse(s.isOpen(tokyo("2030-01-07T12:30")), "closed for lunch that Monday");
        assertEquals(Optional.of(tokyo("2030-01-07T13:00")), s.nextChange(tokyo("2030-01-07T12:00")));
    }

    @Test
    void twentyFourSevenNeverChangesAndMidnightRangesJoin() {
        Schedule always = new Schedule(TOKYO, Arrays.stream(DayOfWeek.values()).map(d -> new WeeklyRange(d, 0, 1440)).toList(), List.of());
        assertTrue(always.isOpen(tokyo("2030-03-03T23:59")));
        assertEquals(Optional.empty(), always.nextChange(tokyo("2030-03-03T23:59")));
        Schedule overnight = new Schedule(TOKYO, List.of(new WeeklyRange(DayOfWeek.MONDAY, 22 * 60, 1440),
                new WeeklyRange(DayOfWeek.TUESDAY, 0, 6 * 60)), List.of());
        assertEquals(Optional.of(tokyo("2030-01-08T06:00")), overnight.nextChange(tokyo("2030-01-07T23:00")), "open across midnight");
    }

    @Test
    void daylightSavingTimeMovesTheInstantsNotTheLocalHours() {
        Schedule s = new Schedule(NEW_YORK, weekdays(9 * 60, 17 * 60), List.of());
        // 2030-03-10 is the US spring-forward Sunday: Monday 09:00 is 13:00 UTC after it, 14:00 UTC before it
        assertEquals(Optional.of(Instant.parse("2030-03-11T13:00:00Z")), s.nextChange(Instant.parse("2030-03-08T23:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2030-03-08T14:00:00Z")), s.nextChange(Instant.parse("2030-03-08T05:00:00Z")));
        Schedule gap = new Schedule(NEW_YORK, List.of(new WeeklyRange(DayOfWeek.SUNDAY, 2 * 60 + 30, 4 * 60)), List.of());
        assertEquals(Optional.of(Instant.parse("2030-03-10T07:30:00Z")), gap.nextChange(Instant.parse("2030-03-10T05:00:00Z")),
                "02:30 does not exist that night: the opening moves forward by the gap, to 03:30 EDT (java.time's rule)");
    }
}
