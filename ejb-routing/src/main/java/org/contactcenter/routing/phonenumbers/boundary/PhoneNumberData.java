package org.contactcenter.routing.phonenumbers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a phone number: E.164 (e.g. +81312340000) and the id of an inbound (CONTACT_FLOW) flow. */
public class PhoneNumberData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "E.164 number")
    @NotNull @Pattern(regexp = PhoneNumber.E164, message = "must be an E.164 number such as +81312340000") public String phoneNumber;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "Contact flow id")
    @NotBlank public String contactFlowId;

    public PhoneNumberData() {
    }

    public PhoneNumberData(String id, String phoneNumber, String description, String contactFlowId) {
        this.id = id;
        this.phoneNumber = phoneNumber;
        this.description = description;
        this.contactFlowId = contactFlowId;
    }

    @Override
    public String id() {
        return id;
    }

}
