package org.contactcenter.routing.flows.boundary;

import java.time.OffsetDateTime;

import jakarta.json.JsonObject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published version of a flow. */
public class FlowVersionData {
    @Schema(description = "Version number, 1, 2, … per flow")
    public int version;
    public OffsetDateTime publishedAt;
    @Schema(description = "User who published it")
    public String publishedBy;
    @Schema(description = "True for the version new contacts start on")
    public boolean current;
    @Schema(description = "The published document (only when one version is read)")
    public JsonObject content;

    public FlowVersionData() {
    }

    public FlowVersionData(int version, OffsetDateTime publishedAt, String publishedBy, boolean current, JsonObject content) {
        this.version = version;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.current = current;
        this.content = content;
    }
}
