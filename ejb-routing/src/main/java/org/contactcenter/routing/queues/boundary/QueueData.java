package org.contactcenter.routing.queues.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.queues.entity.QueueType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON of a queue. Only STANDARD queues are created through the API ({@code type} may be omitted); AGENT queues
 * come and go with their agent and show {@code agentUserId}. {@code maxContacts} null means no cap.
 */
public class QueueData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "STANDARD (created here) or AGENT (read-only, one per agent)")
    public QueueType type;
    @Schema(description = "Hours of operation of a standard queue")
    public String hoursOfOperationId;
    @Schema(description = "Most contacts that may wait in the queue; null = no cap")
    @Min(1) @Max(100_000) public Integer maxContacts;
    @Schema(description = "The agent owning an AGENT queue", readOnly = true)
    public String agentUserId;
    @Schema(description = "Caller id name that outbound calls of this queue present; null = the trunk's")
    @Size(max = 255) public String outboundCallerIdName;
    @Schema(description = "Caller id number (E.164) that outbound calls of this queue present; null = the trunk's")
    @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "an E.164 number, such as +81355550123") public String outboundCallerIdNumber;
    @Schema(description = "An OUTBOUND_WHISPER contact flow that outbound calls of this queue play to the customer once answered, before the agent talks; null = none")
    public String outboundWhisperFlowId;

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

}
