package org.contactcenter.routing.engine.boundary;

import java.util.Map;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;

/** JSON of an agent at work: chosen status, derived activity, slots in use per channel, contacts by state. */
public class AgentStateData {
    public String agentId;
    public String username;
    public String status;
    public AgentActivity activity;
    public Map<Channel, Integer> occupied;
    public Map<String, ContactState> contacts;

    public AgentStateData() {
    }

    public AgentStateData(String agentId, String username, String status, AgentActivity activity, Map<Channel, Integer> occupied,
                          Map<String, ContactState> contacts) {
        this.agentId = agentId;
        this.username = username;
        this.status = status;
        this.activity = activity;
        this.occupied = occupied;
        this.contacts = contacts;
    }
}
