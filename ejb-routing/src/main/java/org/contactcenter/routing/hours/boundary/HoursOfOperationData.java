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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON of an hours of operation. Times are "HH:mm" in {@code timeZone} (an IANA zone such as Asia/Tokyo);
 * "24:00" ends a range at midnight. {@code id} is assigned by the server.
 */
public class HoursOfOperationData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "IANA time zone of the ranges, e.g. Asia/Tokyo")
    @NotBlank public String timeZone;
    @Schema(description = "Weekly opening ranges; ranges of one day must not overlap")
    @NotNull @Size(max = 100) @Valid public List<Range> config;
    @Schema(description = "Dated exceptions (holidays, special hours); must not overlap")
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

    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d|24:00";

    /** A weekly opening: day, start and end ("HH:mm", start before end). */
    public static class Range {
        @Schema(description = "Day of the week")
        @NotNull public DayOfWeek day;
        @Schema(description = "Start, HH:mm")
        @NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") public String start;
        @Schema(description = "End, HH:mm (24:00 = midnight)")
        @NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") public String end;

        public Range() {
        }

        public Range(DayOfWeek day, String start, String end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }
    }

    /** A dated override, startDate..endDate inclusive; CLOSED without times closes whole days. */
    public static class DateOverride {
        @Schema(description = "Unique name")
        @NotBlank @Size(max = 127) public String name;
        @Schema(description = "First day, yyyy-MM-dd")
        @NotNull public LocalDate startDate;
        @Schema(description = "Last day (inclusive), yyyy-MM-dd; defaults to startDate")
        public LocalDate endDate;
        @Schema(description = "OPEN (only these hours) or CLOSED")
        @NotNull public OverrideType type;
        @Schema(description = "Start, HH:mm")
        @Pattern(regexp = TIME, message = "must be a time HH:mm") public String start;
        @Schema(description = "End, HH:mm (24:00 = midnight)")
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
    }
}
