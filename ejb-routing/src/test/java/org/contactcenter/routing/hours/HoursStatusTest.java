package org.contactcenter.routing.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.contactcenter.routing.hours.boundary.HoursStatus;
import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.hours.entity.HoursOverride;
import org.contactcenter.routing.hours.entity.HoursRange;
import org.contactcenter.routing.hours.entity.OverrideType;
import org.junit.jupiter.api.Test;

/** The status the admin console shows beside an hours of operation: open now, and the next change. */
class HoursStatusTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // weekdays 09:00-17:00 in Tokyo; closed on 2030-01-07 (a Monday) for a holiday
    final HoursOfOperation hours = new HoursOfOperation("Office", null, TOKYO,
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
                    .map(d -> new HoursRange(d, 9 * 60, 17 * 60)).toList(),
            List.of(new HoursOverride("Holiday", LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 7), OverrideType.CLOSED, null, null)));

    static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TOKYO).toInstant();
    }

    @Test
    void openOnAWeekdayMorningUntilFiveInItsTimeZone() {
        Instant now = tokyo(2030, 1, 2, 10, 30); // a Wednesday
        HoursStatus s = HoursStatus.of("h1", hours.schedule(), now);
        assertTrue(s.open);
        assertEquals(tokyo(2030, 1, 2, 17, 0), s.nextChange);
        assertEquals("h1", s.hoursOfOperationId);
        assertEquals(now, s.at);
    }

    @Test
    void closedOverTheWeekendAndTheHolidayOverrideUntilTuesdayMorning() {
        HoursStatus s = HoursStatus.of("h1", hours.schedule(), tokyo(2030, 1, 5, 12, 0)); // Saturday; Monday is the holiday
        assertFalse(s.open);
        assertEquals(tokyo(2030, 1, 8, 9, 0), s.nextChange);
    }

    @Test
    void hoursThatNeverOpenHaveNoNextChange() {
        HoursOfOperation never = new HoursOfOperation("Never", null, TOKYO, List.of(), List.of());
        HoursStatus s = HoursStatus.of("h2", never.schedule(), tokyo(2030, 1, 2, 10, 0));
        assertFalse(s.open);
        assertNull(s.nextChange);
    }
}
