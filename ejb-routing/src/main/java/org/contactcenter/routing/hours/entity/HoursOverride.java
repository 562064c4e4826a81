package org.contactcenter.routing.hours.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A dated exception to the weekly schedule, from {@code startDate} to {@code endDate} inclusive: a holiday
 * (CLOSED, all day when no times are given) or special hours (OPEN between start and end, replacing the week's ranges).
 */
@Embeddable
public class HoursOverride {
    @Column(name = "name", nullable = false, length = 127)
    private String name;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "override_type", nullable = false, length = 10)
    private OverrideType type;
    @Column(name = "start_minute")
    private Integer startMinute;
    @Column(name = "end_minute")
    private Integer endMinute;

    protected HoursOverride() {
    }

    public HoursOverride(String name, LocalDate startDate, LocalDate endDate, OverrideType type, Integer startMinute, Integer endMinute) {
        if (name == null || startDate == null || endDate == null || type == null || endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("an override needs a name, a type and startDate <= endDate");
        }
        if ((startMinute == null) != (endMinute == null) || (startMinute != null && startMinute >= endMinute)
                || (type == OverrideType.OPEN && startMinute == null)) {
            throw new IllegalArgumentException("override times need start < end, and OPEN needs times");
        }
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.type = type;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
    }

    public String name() {
        return name;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public OverrideType type() {
        return type;
    }

    public Integer startMinute() {
        return startMinute;
    }

    public Integer endMinute() {
        return endMinute;
    }

    public boolean overlaps(HoursOverride other) {
        return !startDate.isAfter(other.endDate) && !other.startDate.isAfter(endDate);
    }
}
