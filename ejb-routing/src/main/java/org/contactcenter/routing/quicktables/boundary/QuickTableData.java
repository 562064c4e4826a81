package org.contactcenter.routing.quicktables.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.platform.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a quick table. */
public class QuickTableData implements HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name; flows refer to the table by it")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;

    public QuickTableData() {
    }

    public QuickTableData(String id, String name, String description) {
        this.id = id;
        this.name = name;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }
}
