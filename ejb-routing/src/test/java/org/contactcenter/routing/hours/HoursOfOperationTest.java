package org.contactcenter.routing.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.hours.entity.HoursOverride;
import org.contactcenter.routing.hours.entity.HoursRange;
import org.contactcenter.routing.hours.entity.OverrideType;
import org.contactcenter.routing.hours.entity.TimeOfDay;
import org.contactcenter.routing.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class HoursOfOperationTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void timesParseAsMinutesOfTheDayWith2400AsMidnight() {
        assertEquals(9 * 60, TimeOfDay.parse("09:00"));
        assertEquals(1440, TimeOfDay.parse("24:00"));
        assertEquals(-1, TimeOfDay.parse("24:01"));
        assertEquals(-1, TimeOfDay.parse("9:00"));
        assertEquals(-1, TimeOfDay.parse("09:60"));
        assertEquals(-1, TimeOfDay.parse(null));
        assertEquals("18:30", TimeOfDay.format(18 * 60 + 30));
    }

    @Test
    void aRangeNeedsStartBeforeEnd() {
        assertThrows(IllegalArgumentException.class, () -> new HoursRange(DayOfWeek.MONDAY, 600, 600));
        assertThrows(IllegalArgumentException.class, () -> new HoursRange(DayOfWeek.MONDAY, 700, 600));
        assertThrows(IllegalArgumentException.class, () -> new HoursRange(DayOfWeek.MONDAY, 0, 1441));
    }

    @Test
    void overlappingRangesOfOneDayAreRejectedNamingTheLaterOne() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new HoursOfOperation("x", null, TOKYO,
                List.of(new HoursRange(DayOfWeek.MONDAY, 540, 720), new HoursRange(DayOfWeek.TUESDAY, 540, 720),
                        new HoursRange(DayOfWeek.MONDAY, 700, 800)), List.of()));
        assertEquals("config[2]", e.violations().get(0).field());
    }

    @Test
    void touchingRangesAndSameTimesOnOtherDaysAreFine() {
        HoursOfOperation hours = new HoursOfOperation("x", null, TOKYO,
                List.of(new HoursRange(DayOfWeek.MONDAY, 540, 720), new HoursRange(DayOfWeek.MONDAY, 720, 1080),
                        new HoursRange(DayOfWeek.TUESDAY, 540, 720)), List.of());
        assertEquals(3, hours.config().size());
    }

    @Test
    void overridesNeedOrderedDatesTimesForOpenAndNoOverlap() {
        LocalDate jan1 = LocalDate.of(2030, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new HoursOverride("x", jan1, jan1.minusDays(1), OverrideType.CLOSED, null, null));
        assertThrows(IllegalArgumentException.class, () -> new HoursOverride("x", jan1, jan1, OverrideType.OPEN, null, null));
        assertThrows(IllegalArgumentException.class, () -> new HoursOverride("x", jan1, jan1, OverrideType.CLOSED, 600, null));
        InvalidInput e = assertThrows(InvalidInput.class, () -> new HoursOfOperation("x", null, TOKYO, List.of(), List.of(
                new HoursOverride("New Year", jan1, jan1.plusDays(2), OverrideType.CLOSED, null, null),
                new HoursOverride("Sale", jan1.plusDays(2), jan1.plusDays(2), OverrideType.OPEN, 600, 900))));
        assertEquals("overrides[1]", e.violations().get(0).field());
    }
}
