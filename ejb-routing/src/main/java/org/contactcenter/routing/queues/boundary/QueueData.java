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
public record QueueData(
        String id,
        @NotBlank @Size(max = 127) String name,
        @Size(max = 250) String description,
        QueueType type,
        String hoursOfOperationId,
        @Min(1) @Max(100_000) Integer maxContacts,
        String agentUserId) implements org.contactcenter.routing.platform.HasId {
}
