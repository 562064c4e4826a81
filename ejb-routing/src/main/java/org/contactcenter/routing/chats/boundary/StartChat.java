package org.contactcenter.routing.chats.boundary;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer starting a chat. */
public class StartChat {
    @Schema(description = "The inbound flow to run; default: the flow named by cc.chat.flow-name", maxLength = 36)
    @Size(max = 36) public String flowId;
    @Schema(description = "Or the phone number whose flow to run (the entry point)", maxLength = 16)
    @Size(max = 16) public String phoneNumber;
    @Schema(description = "How the agent and the transcript name the customer")
    @NotBlank @Size(max = 128) public String displayName;
    @Schema(description = "Contact attributes (at most 50; names 1-128, values up to 1024 characters)")
    @Size(max = 50) public Map<String, String> attributes;
    @Schema(description = "The customer's language (a BCP 47 tag such as ja or en-US): the center's own messages "
            + "(joined, left, callback) are written in Japanese for ja, else in English; default cc.chat.default-language")
    @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") @Size(max = 35) public String language;
}
