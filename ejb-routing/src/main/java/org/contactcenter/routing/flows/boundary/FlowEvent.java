package org.contactcenter.routing.flows.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the customer did (or the adapter's timer): resumes a waiting flow. */
public class FlowEvent {
    /** The kinds of event. */
    public enum Type {
        /** DTMF digits or a chat message ({@code input}); for Transfer to phone number, "CallCompleted" or anything else (failed) */
        INPUT,
        /** the time the flow waited for is up (no input, Wait elapsed, next loop prompt) */
        TIMEOUT,
        /** chat: the customer came back */
        CUSTOMER_RETURNED,
        /** the customer hung up or closed the chat */
        DISCONNECT
    }

    @NotNull public Type type;
    @Schema(description = "The digits or message (INPUT); at most 1024 characters")
    @Size(max = 1024) public String input;

    public FlowEvent() {
    }

    public FlowEvent(Type type, String input) {
        this.type = type;
        this.input = input;
    }
}
