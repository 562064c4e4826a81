package org.contactcenter.routing.statuses.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.statuses.entity.AgentStatusState;
import org.contactcenter.routing.statuses.entity.AgentStatusType;

/** JSON of an agent status. {@code type} is read-only: statuses created through the API are CUSTOM. */
public record AgentStatusData(
        String id,
        @NotBlank @Size(max = 127) String name,
        @Size(max = 250) String description,
        AgentStatusType type,
        AgentStatusState state,
        @Min(1) @Max(50) Integer displayOrder) implements org.contactcenter.routing.platform.HasId {
}
