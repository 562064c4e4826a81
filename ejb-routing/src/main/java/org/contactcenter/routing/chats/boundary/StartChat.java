package org.contactcenter.routing.chats.boundary;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer starting a chat. */
public class StartChat {
    @Schema(description = "The inbound flow to run; default: the flow named by cc.chat.flow-name")
    public String flowId;
    @Schema(description = "Or the phone number whose flow to run (the entry point)")
    public String phoneNumber;
    @Schema(description = "How the agent and the transcript name the customer")
    @NotBlank @Size(max = 128) public String displayName;
    @Schema(description = "Contact attributes (at most 50; names 1-128, values up to 1024 characters)")
    @Size(max = 50) public Map<String, String> attributes;
}
