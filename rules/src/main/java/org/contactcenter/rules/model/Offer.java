package org.contactcenter.rules.model;

/** A routing decision: this contact is offered to this agent. */
public record Offer(String contactId, String agentId, String queueId, Channel channel) {
}
