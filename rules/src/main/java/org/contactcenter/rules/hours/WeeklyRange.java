package org.contactcenter.rules.hours;

import java.time.DayOfWeek;

/** Open on {@code day} from {@code startMinute} to {@code endMinute} (minutes of the local day; 1440 = midnight). */
public record WeeklyRange(DayOfWeek day, int startMinute, int endMinute) {
}
