package org.contactcenter.rules.router;

import java.time.Instant;
import java.util.Map;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.Presence;

/** An agent as routing sees it: chosen status, derived activity, contacts by state, and since when idle. */
public record AgentView(String agentId, String profileId, Presence presence, AgentActivity activity,
                        Map<Channel, Integer> occupied, Map<String, ContactState> contacts, Instant idleSince) {
}
