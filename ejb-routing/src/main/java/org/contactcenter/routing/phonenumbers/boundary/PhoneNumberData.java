package org.contactcenter.routing.phonenumbers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;

/** JSON of a phone number: E.164 (e.g. +81312340000) and the id of an inbound (CONTACT_FLOW) flow. */
public record PhoneNumberData(
        String id,
        @NotNull @Pattern(regexp = PhoneNumber.E164, message = "must be an E.164 number such as +81312340000") String phoneNumber,
        @Size(max = 250) String description,
        @NotBlank String contactFlowId) implements org.contactcenter.routing.platform.HasId {
}
