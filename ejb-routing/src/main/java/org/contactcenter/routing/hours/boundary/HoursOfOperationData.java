package org.contactcenter.routing.hours.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.hours.entity.OverrideType;

/**
 * JSON of an hours of operation. Times are "HH:mm" in {@code timeZone} (an IANA zone such as Asia/Tokyo);
 * "24:00" ends a range at midnight. {@code id} is assigned by the server.
 */
public class HoursOfOperationData implements org.contactcenter.routing.platform.HasId {
    public String id;
    @NotBlank @Size(max = 127) public String name;
    @Size(max = 250) public String description;
    @NotBlank public String timeZone;
    @NotNull @Size(max = 100) @Valid public List<Range> config;
    @Size(max = 100) @Valid public List<DateOverride> overrides;

    public HoursOfOperationData() {
    }

    public HoursOfOperationData(String id, String name, String description, String timeZone, List<Range> config, List<DateOverride> overrides) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.timeZone = timeZone;
        this.config = config;
        this.overrides = overrides;
    }

    @Override
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String timeZone() {
        return timeZone;
    }

    public List<Range> config() {
        return config;
    }

    public List<DateOverride> overrides() {
        return overrides;
    }


    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d|24:00";

    /** A weekly opening: day, start and end ("HH:mm", start before end). */
    public static class Range {
        @NotNull public DayOfWeek day;
        @NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") public String start;
        @NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") public String end;

        public Range() {
        }

        public Range(DayOfWeek day, String start, String end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        public DayOfWeek day() {
            return day;
        }

        public String start() {
            return start;
        }

        public String end() {
            return end;
        }

    }

    /** A dated override, startDate..endDate inclusive; CLOSED without times closes whole days. */
    public static class DateOverride {
        @NotBlank @Size(max = 127) public String name;
        @NotNull public LocalDate startDate;
        public LocalDate endDate;
        @NotNull public OverrideType type;
        @Pattern(regexp = TIME, message = "must be a time HH:mm") public String start;
        @Pattern(regexp = TIME, message = "must be a time HH:mm") public String end;

        public DateOverride() {
        }

        public DateOverride(String name, LocalDate startDate, LocalDate endDate, OverrideType type, String start, String end) {
            this.name = name;
            this.startDate = startDate;
            this.endDate = endDate;
            this.type = type;
            this.start = start;
            this.end = end;
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

        public String start() {
            return start;
        }

        public String end() {
            return end;
        }

    }
}
