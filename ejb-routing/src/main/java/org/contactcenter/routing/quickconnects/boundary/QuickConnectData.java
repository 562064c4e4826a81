package org.contactcenter.routing.quickconnects.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;
import org.contactcenter.routing.quickconnects.entity.QuickConnectType;

/**
 * JSON of a quick connect: QUEUE needs {@code queueId} (and may name a transfer flow {@code contactFlowId}),
 * USER needs {@code userId}, PHONE_NUMBER needs {@code phoneNumber} (E.164); the other targets must be absent.
 */
public record QuickConnectData(
        String id,
        @NotBlank @Size(max = 127) String name,
        @Size(max = 250) String description,
        @NotNull QuickConnectType type,
        String queueId,
        String userId,
        @Pattern(regexp = PhoneNumber.E164, message = "must be an E.164 number such as +81312349999") String phoneNumber,
        String contactFlowId) implements org.contactcenter.routing.platform.HasId {
}
