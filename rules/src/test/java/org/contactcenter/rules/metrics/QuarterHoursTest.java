package org.contactcenter.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class QuarterHoursTest {
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void zonesWithWholeQuarterHourOffsetsAreAligned() {
        for (String zone : new String[] {"UTC", "Asia/Kolkata", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "Europe/Berlin",
                "America/New_York", "Asia/Tokyo", "Australia/Eucla", "Pacific/Chatham"}) {
            assertTrue(QuarterHours.aligned(ZoneId.of(zone), FROM, TO), zone);
        }
    }

    @Test
    void otherOffsetsAreNot() {
        assertFalse(QuarterHours.aligned(ZoneOffset.ofHoursMinutes(5, 20), FROM, TO));
        // Monrovia kept −00:44:30 until 1972; Kolkata had +05:53:20 before 1942
        assertFalse(QuarterHours.aligned(ZoneId.of("Africa/Monrovia"), Instant.parse("1960-01-01T00:00:00Z"), Instant.parse("1961-01-01T00:00:00Z")));
        assertFalse(QuarterHours.aligned(ZoneId.of("Asia/Kolkata"), Instant.parse("1850-01-01T00:00:00Z"), TO));
        // Kathmandu moved from +05:30 to +05:45 in 1986: both whole quarter hours
        assertTrue(QuarterHours.aligned(ZoneId.of("Asia/Kathmandu"), Instant.parse("1985-01-01T00:00:00Z"), TO));
    }

    @Test
    void aRangeSplitsIntoPartialEdgesAndWholeQuarterHours() {
        ZoneId utc = ZoneId.of("UTC");
        QuarterHours.Split s = QuarterHours.split(utc, Instant.parse("2026-12-01T10:07:00Z"), Instant.parse("2026-12-01T12:50:00Z")).orElseThrow();
        assertEquals(Instant.parse("2026-12-01T10:15:00Z"), s.start());
        assertEquals(Instant.parse("2026-12-01T12:45:00Z"), s.end());
        QuarterHours.Split whole = QuarterHours.split(utc, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z")).orElseThrow();
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), whole.start());
        assertEquals(Instant.parse("2026-12-01T11:00:00Z"), whole.end());
        QuarterHours.Split nanos = QuarterHours.split(utc, Instant.parse("2026-12-01T10:00:00.000000500Z"), Instant.parse("2026-12-01T11:00:00Z")).orElseThrow();
        assertEquals(Instant.parse("2026-12-01T10:15:00Z"), nanos.start(), "a record at 10:00:00.0000001 is before from: the first quarter hour is an edge");
        assertTrue(QuarterHours.split(utc, Instant.parse("2026-12-01T10:01:00Z"), Instant.parse("2026-12-01T10:20:00Z")).isEmpty());
        assertTrue(QuarterHours.split(ZoneOffset.ofHoursMinutes(5, 20), FROM, TO).isEmpty());
        assertEquals(-QuarterHours.MILLIS, QuarterHours.floor(-1));
        assertEquals(0, QuarterHours.ceil(-1));
    }
}
