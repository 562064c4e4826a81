package org.contactcenter.rules.hours;

import java.time.LocalDate;

/**
 * An exception from {@code from} to {@code to} (inclusive): {@code open} = only open between the times;
 * not {@code open} = closed all day (no times) or closed between the times.
 */
public record DatedOverride(LocalDate from, LocalDate to, boolean open, Integer startMinute, Integer endMinute) {
    boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
