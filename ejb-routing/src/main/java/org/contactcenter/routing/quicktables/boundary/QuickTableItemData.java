package org.contactcenter.routing.quicktables.boundary;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a quick table item: its key, its attributes and when it was last written. */
public class QuickTableItemData {
    @Schema(description = "The item's key (1-256 characters), e.g. a caller's number")
    public String key;
    @Schema(description = "The item's attributes (string values); at most 50, values up to 1024 characters")
    public Map<String, String> value;
    @Schema(description = "When the item was last written", readOnly = true)
    public OffsetDateTime updatedAt;

    public QuickTableItemData() {
    }

    public QuickTableItemData(String key, Map<String, String> value, OffsetDateTime updatedAt) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
    }
}
