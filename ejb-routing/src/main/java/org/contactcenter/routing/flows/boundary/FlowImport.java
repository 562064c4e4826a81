package org.contactcenter.routing.flows.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.flows.entity.ContactFlowType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An Amazon Connect flow export to import. */
public class FlowImport {
    @Schema(description = "Name of the new flow; default: the export's Metadata.name")
    @Size(max = 127) public String name;
    @Size(max = 250) public String description;
    @Schema(description = "Flow type; default: the export's Metadata.type (contactFlow → CONTACT_FLOW, customerQueue → CUSTOMER_QUEUE, …)")
    public ContactFlowType type;
    @Schema(description = "The exported flow (flow language, Version 2019-10-30)")
    @NotNull public JsonObject content;
    @Schema(description = "Import even when actions are unsupported or resources unresolved: placeholders and ARNs stay in the draft")
    public boolean placeholders;
    @Schema(description = "Publish at once when the imported draft is valid (the answer's published / publishRefused say whether it was)")
    public boolean publish;
    @Schema(description = "Explicit Amazon Connect ARN → local id (queue, hours, prompt, flow, agent, external function); wins over display names")
    @Size(max = 500) public java.util.Map<@NotNull @Size(min = 1, max = 2048) String, @NotNull @Size(min = 1, max = 255) String> resources;
}
