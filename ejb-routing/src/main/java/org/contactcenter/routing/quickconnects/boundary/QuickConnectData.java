package org.contactcenter.routing.quickconnects.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;
import org.contactcenter.routing.quickconnects.entity.QuickConnectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON of a quick connect: QUEUE needs {@code queueId} (and may name a transfer flow {@code contactFlowId}),
 * USER needs {@code userId}, PHONE_NUMBER needs {@code phoneNumber} (E.164); the other targets must be absent.
 */
public class QuickConnectData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "QUEUE, USER or PHONE_NUMBER")
    @NotNull public QuickConnectType type;
    @Schema(description = "Queue id")
    public String queueId;
    @Schema(description = "Agent user id")
    public String userId;
    @Schema(description = "E.164 number")
    @Pattern(regexp = PhoneNumber.E164, message = "must be an E.164 number such as +81312349999") public String phoneNumber;
    @Schema(description = "Contact flow id")
    public String contactFlowId;

    public QuickConnectData() {
    }

    public QuickConnectData(String id, String name, String description, QuickConnectType type, String queueId, String userId, String phoneNumber, String contactFlowId) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.queueId = queueId;
        this.userId = userId;
        this.phoneNumber = phoneNumber;
        this.contactFlowId = contactFlowId;
    }

    @Override
    public String id() {
        return id;
    }

}
