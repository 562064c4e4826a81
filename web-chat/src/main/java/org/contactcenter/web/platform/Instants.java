package org.contactcenter.web.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.contactcenter.routing.platform.InvalidInput;

/** Instants as the API takes them: ISO-8601 with an offset ({@code 2026-12-01T09:00:00+09:00}); else 400 naming the field. */
public final class Instants {
    private static final String FORMAT = "an ISO-8601 instant with its offset, e.g. 2026-12-01T09:00:00+09:00";

    private Instants() {
    }

    /** The instant, or null when none is given. */
    public static Instant optional(String field, String value) {
        return value == null ? null : required(field, value);
    }

    /** The instant; none given is a 400 too. */
    public static Instant required(String field, String value) {
        if (value == null) {
            throw InvalidInput.of(field, "required: " + FORMAT);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, FORMAT);
        }
    }
}
