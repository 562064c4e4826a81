package org.contactcenter.routing.engine.boundary;

import org.contactcenter.rules.model.AgentActivity;

/**
 * An offer ended without being accepted (fired once durable): the agent rejected it ({@code REJECTED}) or let it
 * expire ({@code MISSED}); the contact is back in its place. The telephony side stops ringing the agent's phone.
 */
public record OfferWithdrawn(String contactId, String agentId, AgentActivity why) {
}
