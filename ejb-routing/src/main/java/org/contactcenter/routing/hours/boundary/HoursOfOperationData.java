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
public record HoursOfOperationData(
        String id,
        @NotBlank @Size(max = 127) String name,
        @Size(max = 250) String description,
        @NotBlank String timeZone,
        @NotNull @Size(max = 100) List<@NotNull @Valid Range> config,
        @Size(max = 100) List<@NotNull @Valid Override> overrides) implements org.contactcenter.routing.platform.HasId {

    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d|24:00";

    /** A weekly opening: day, start and end ("HH:mm", start before end). */
    public record Range(@NotNull DayOfWeek day,
                        @NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") String start,
                        @NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") String end) {
    }

    /** A dated override, startDate..endDate inclusive; CLOSED without times closes whole days. */
    public record Override(@NotBlank @Size(max = 127) String name,
                           @NotNull LocalDate startDate,
                           LocalDate endDate,
                           @NotNull OverrideType type,
                           @Pattern(regexp = TIME, message = "must be a time HH:mm") String start,
                           @Pattern(regexp = TIME, message = "must be a time HH:mm") String end) {
    }
}
