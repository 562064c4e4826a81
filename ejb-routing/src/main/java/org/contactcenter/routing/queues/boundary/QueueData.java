package org.contactcenter.routing.queues.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.queues.entity.QueueType;

/**
 * JSON of a queue. Only STANDARD queues are created through the API ({@code type} may be omitted); AGENT queues
 * come and go with their agent and show {@code agentUserId}. {@code maxContacts} null means no cap.
 */
public class QueueData implements org.contactcenter.routing.platform.HasId {
    public String id;
    @NotBlank @Size(max = 127) public String name;
    @Size(max = 250) public String description;
    public QueueType type;
    public String hoursOfOperationId;
    @Min(1) @Max(100_000) public Integer maxContacts;
    public String agentUserId;

    public QueueData() {
    }

    public QueueData(String id, String name, String description, QueueType type, String hoursOfOperationId, Integer maxContacts, String agentUserId) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.hoursOfOperationId = hoursOfOperationId;
        this.maxContacts = maxContacts;
        this.agentUserId = agentUserId;
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

    public QueueType type() {
        return type;
    }

    public String hoursOfOperationId() {
        return hoursOfOperationId;
    }

    public Integer maxContacts() {
        return maxContacts;
    }

    public String agentUserId() {
        return agentUserId;
    }

}
