package org.contactcenter.routing.flows.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.flows.entity.ContactFlowType;

/** JSON of a contact flow; {@code content} is the flow document, a JSON object. The type is fixed at creation. */
public class ContactFlowData implements org.contactcenter.routing.platform.HasId {
    public String id;
    @NotBlank @Size(max = 127) public String name;
    @Size(max = 250) public String description;
    @NotNull public ContactFlowType type;
    @NotNull public JsonObject content;

    public ContactFlowData() {
    }

    public ContactFlowData(String id, String name, String description, ContactFlowType type, JsonObject content) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.content = content;
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

    public ContactFlowType type() {
        return type;
    }

    public JsonObject content() {
        return content;
    }

}
