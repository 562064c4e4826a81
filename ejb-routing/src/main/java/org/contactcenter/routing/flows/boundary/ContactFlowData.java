package org.contactcenter.routing.flows.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.flows.entity.ContactFlowType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a contact flow; {@code content} is the flow document, a JSON object. The type is fixed at creation. */
public class ContactFlowData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "Flow type; fixed at creation")
    @NotNull public ContactFlowType type;
    @Schema(description = "The draft flow document (JSON object in the flow language, docs/FLOWS.md); contacts run the published version")
    @NotNull public JsonObject content;
    @Schema(description = "The published version new contacts start on; null until published (POST /contact-flows/{id}/publish)", readOnly = true)
    public Integer publishedVersion;

    public ContactFlowData() {
    }

    public ContactFlowData(String id, String name, String description, ContactFlowType type, JsonObject content) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.content = content;
    }

    public ContactFlowData(String id, String name, String description, ContactFlowType type, JsonObject content, Integer publishedVersion) {
        this(id, name, description, type, content);
        this.publishedVersion = publishedVersion;
    }

    @Override
    public String id() {
        return id;
    }

}
