package org.contactcenter.routing.statuses.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.statuses.entity.AgentStatusState;
import org.contactcenter.routing.statuses.entity.AgentStatusType;

/** JSON of an agent status. {@code type} is read-only: statuses created through the API are CUSTOM. */
public class AgentStatusData implements org.contactcenter.routing.platform.HasId {
    public String id;
    @NotBlank @Size(max = 127) public String name;
    @Size(max = 250) public String description;
    public AgentStatusType type;
    public AgentStatusState state;
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

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public AgentStatusType type() {
        return type;
    }

    public AgentStatusState state() {
        return state;
    }

    public Integer displayOrder() {
        return displayOrder;
    }

}
