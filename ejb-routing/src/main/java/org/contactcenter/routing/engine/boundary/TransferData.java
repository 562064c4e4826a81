package org.contactcenter.routing.engine.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an agent transfers a contact: exactly one of a queue, an agent (its agent queue) or a quick connect. */
@Schema(description = "Exactly one of queueId, agentId (a user id: the agent's own queue) or quickConnectId")
public class TransferData {
    public String queueId;
    public String agentId;
    public String quickConnectId;

    public TransferData() {
    }

    public TransferData(String queueId, String agentId, String quickConnectId) {
        this.queueId = queueId;
        this.agentId = agentId;
        this.quickConnectId = quickConnectId;
    }
}
