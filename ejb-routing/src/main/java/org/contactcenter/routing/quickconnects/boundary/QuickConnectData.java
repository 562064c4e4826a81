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
public class QuickConnectData implements org.contactcenter.routing.platform.HasId {
    public String id;
    @NotBlank @Size(max = 127) public String name;
    @Size(max = 250) public String description;
    @NotNull public QuickConnectType type;
    public String queueId;
    public String userId;
    @Pattern(regexp = PhoneNumber.E164, message = "must be an E.164 number such as +81312349999") public String phoneNumber;
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

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public QuickConnectType type() {
        return type;
    }

    public String queueId() {
        return queueId;
    }

    public String userId() {
        return userId;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public String contactFlowId() {
        return contactFlowId;
    }

}
