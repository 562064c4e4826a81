package org.contactcenter.routing.flows.boundary;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new contact entering a flow: by flow id, or by the phone number it called (that number's flow). */
public class StartFlowRun {
    @Schema(description = "The flow to run (its published version); or give phoneNumber")
    public String flowId;
    @Schema(description = "The number the customer called (E.164); its flow runs")
    public String phoneNumber;
    @Schema(description = "VOICE or CHAT")
    @NotNull public Channel channel;
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Run the flow's saved draft instead of its published version"
            + " (a designer's test run; 400 with pointers when the draft has problems); flows it transfers to run published")
    public boolean draft;
    @Schema(description = "The customer's number (voice) or chat identity: $.CustomerEndpoint.Address")
    @Size(max = 256) public String customerEndpoint;
    @Schema(description = "Initial contact attributes (at most 50)")
    @Size(max = 50) public Map<String, String> attributes;

    public StartFlowRun() {
    }

    public StartFlowRun(String flowId, String phoneNumber, Channel channel, String customerEndpoint, Map<String, String> attributes) {
        this.flowId = flowId;
        this.phoneNumber = phoneNumber;
        this.channel = channel;
        this.customerEndpoint = customerEndpoint;
        this.attributes = attributes;
    }
}
