package org.contactcenter.routing.flows.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.flows.entity.ContactFlowType;

/** JSON of a contact flow; {@code content} is the flow document, a JSON object. The type is fixed at creation. */
public record ContactFlowData(
        String id,
        @NotBlank @Size(max = 127) String name,
        @Size(max = 250) String description,
        @NotNull ContactFlowType type,
        @NotNull JsonObject content) implements org.contactcenter.routing.platform.HasId {
}
