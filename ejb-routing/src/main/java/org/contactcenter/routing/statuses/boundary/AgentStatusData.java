package org.contactcenter.routing.statuses.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.statuses.entity.AgentStatusState;
import org.contactcenter.routing.statuses.entity.AgentStatusType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of an agent status. {@code type} is read-only: statuses created through the API are CUSTOM. */
public class AgentStatusData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "ROUTABLE, OFFLINE or CUSTOM; read-only")
    public AgentStatusType type;
    @Schema(description = "ENABLED or DISABLED")
    public AgentStatusState state;
    @Schema(description = "Position in the agents' status list (1-50)")
    @Min(1) @Max(50) public Integer displayOrder;

    public AgentStatusData() {
    }

    public AgentStatusData(String id, String name, String description, AgentStatusType type, AgentStatusState state, Integer displayOrder) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.state = state;
        this.displayOrder = displayOrder;
    }

    @Override
    public String id() {
        return id;
    }

}
