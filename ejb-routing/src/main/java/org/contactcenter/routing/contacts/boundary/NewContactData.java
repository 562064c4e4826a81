package org.contactcenter.routing.contacts.boundary;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact to queue through the API (initiation method API): queue, channel, attributes, optional priority. */
public class NewContactData {
    @Schema(description = "Queue to wait in (a standard queue, or an agent queue for a transfer to that agent)")
    @NotBlank public String queueId;
    @Schema(description = "VOICE or CHAT")
    @NotNull public Channel channel;
    @Schema(description = "Contact attributes (at most 50; names up to 128, values up to 1024 characters); the routing rules read them")
    @Size(max = 50) public Map<String, String> attributes;
    @Schema(description = "Routing priority 1-99 (lower first); left out, the routing rules decide (default 5)")
    @Min(1) @Max(99) public Integer priority;
    @Schema(description = "Routing criteria (Amazon Connect's RoutingCriteria: Steps of proficiency requirements); left out, the routing rules may give some")
    public org.contactcenter.routing.engine.boundary.RoutingCriteriaData routingCriteria;

    public NewContactData() {
    }

    public NewContactData(String queueId, Channel channel, Map<String, String> attributes, Integer priority) {
        this.queueId = queueId;
        this.channel = channel;
        this.attributes = attributes;
        this.priority = priority;
    }
}
