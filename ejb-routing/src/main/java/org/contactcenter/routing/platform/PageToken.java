package org.contactcenter.routing.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Where a page of a list ordered by (time, id) ended, as the API hands it out ({@code nextToken}): opaque to clients,
 * a 400 naming {@code nextToken} when it is not one the API gave.
 */
public record PageToken(OffsetDateTime at, String id) {
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at.toInstant() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static PageToken decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("no id");
            }
            return new PageToken(OffsetDateTime.ofInstant(Instant.parse(parts[0]), ZoneOffset.UTC), parts[1]);
        } catch (RuntimeException e) {
            throw InvalidInput.of("nextToken", "not a token this API gave");
        }
    }
}
