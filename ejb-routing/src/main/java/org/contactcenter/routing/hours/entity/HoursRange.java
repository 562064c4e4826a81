package org.contactcenter.routing.hours.entity;

import java.time.DayOfWeek;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One weekly opening: a day and [start, end) in minutes of that day (end 1440 = midnight). */
@Embeddable
public class HoursRange {
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek day;
    @Column(name = "start_minute", nullable = false)
    private int startMinute;
    @Column(name = "end_minute", nullable = false)
    private int endMinute;

    protected HoursRange() {
    }

    public HoursRange(DayOfWeek day, int startMinute, int endMinute) {
        if (day == null || startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
            throw new IllegalArgumentException("a range needs a day and start < end within the day");
        }
        this.day = day;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
    }

    public DayOfWeek day() {
        return day;
    }

    public int startMinute() {
        return startMinute;
    }

    public int endMinute() {
        return endMinute;
    }

    public boolean overlaps(HoursRange other) {
        return day == other.day && startMinute < other.endMinute && other.startMinute < endMinute;
    }
}
