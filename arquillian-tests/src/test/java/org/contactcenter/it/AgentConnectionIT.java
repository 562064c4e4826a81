package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.awaitility.Awaitility;
import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent is routable only while its workspace is connected: a closed socket takes back its pending offer without a
 * Missed, a second socket (another tab) is shown the pending offer too, and an agent that does not come back within
 * cc.routing.reconnect-grace-seconds (8 s on the test servers) goes Offline, keeping its contacts.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class AgentConnectionIT {
    final URL root = SharedCenter.url();
    Api admin;
    String queueId;
    String agent;
    String agentId;

    @BeforeEach
    void ownQueueProfileAndAgent() {
        admin = Api.at(root.toString()).awaitReady().admin();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        queueId = created("queues", ConfigurationApiIT.queue("AQ-" + unique, hours)).getString("id");
        String profile = created("routing-profiles", ConfigurationApiIT.profile("AP-" + unique, 2, queueId, 1, 0)).getString("id");
        agent = "ac-" + unique;
        agentId = created("users", ConfigurationApiIT.user(agent, "agent-pass-1", "AGENT").add("routingProfileId", profile)).getString("id");
    }

    @Test
    void aClosedWorkspaceGetsNothingItsOfferWaitsAndAReconnectGetsItAgain() throws Exception {
        String contact;
        try (JsonSocket first = JsonSocket.agent(root.getPort(), agent, "agent-pass-1")) {
            first.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            first.await("ack of status", m -> m.getString("type").equals("ack"));
            contact = created("contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")).getString("id");
            assertEquals(contact, first.awaitType("offer").getJsonObject("contact").getString("id"));
            try (JsonSocket second = JsonSocket.agent(root.getPort(), agent, "agent-pass-1")) {
                JsonObject again = second.await("the pending offer on the new socket", m -> m.getString("type").equals("offer"));
                assertEquals(contact, again.getJsonObject("contact").getString("id"));
            }
        }
        Awaitility.await("the offer goes back to the queue").atMost(Waits.seconds(20))
                .until(() -> contact(contact).getString("state").equals("WAITING"));
        JsonObject state = admin.get("api/v1/agents/" + agentId).object();
        assertNotEquals("MISSED", state.getString("activity"), "no Missed for an offer the agent could not see: " + state);
        assertEquals("Available", state.getString("status"), "the status is kept during the grace period");

        try (JsonSocket back = JsonSocket.agent(root.getPort(), agent, "agent-pass-1")) {
            assertEquals(contact, back.awaitType("offer").getJsonObject("contact").getString("id"), "offered again once the workspace is back");
            back.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contact).build());
            back.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
        }
        Awaitility.await("Offline after the grace period, the contact kept").atMost(Waits.seconds(60))
                .until(() -> admin.get("api/v1/agents/" + agentId).object().getString("status").equals("Offline"));
        assertEquals("CONNECTED", contact(contact).getString("state"));

        // the agent never returns: a supervisor ends its contact, with a reason; an agent may not
        assertEquals(403, Api.at(root.toString()).as("alice", "agent-pass").post("api/v1/contacts/" + contact + "/end",
                Json.createObjectBuilder().add("reason", "x").build()).status());
        ConfigurationApiIT.assertProblem(Api.at(root.toString()).as("supervisor", "supervisor-pass").post("api/v1/contacts/" + contact + "/end",
                Json.createObjectBuilder().add("reason", "").build()), 400);
        Answer ended = Api.at(root.toString()).as("supervisor", "supervisor-pass").post("api/v1/contacts/" + contact + "/end",
                Json.createObjectBuilder().add("reason", "agent left for the day").build());
        assertEquals(200, ended.status(), ended.toString());
        assertEquals("ENDED", contact(contact).getString("state"));
        assertEquals("SUPERVISOR supervisor: agent left for the day", contact(contact).getString("disconnectReason"));
        assertEquals(409, Api.at(root.toString()).as("supervisor", "supervisor-pass").post("api/v1/contacts/" + contact + "/end",
                Json.createObjectBuilder().add("reason", "again").build()).status(), "only once");
        assertEquals(java.util.Map.of(), admin.get("api/v1/agents/" + agentId).object().getJsonObject("contacts"), "the agent's slot is free");
    }

    private JsonObject contact(String id) {
        return admin.get("api/v1/contacts/" + id).object();
    }

    private JsonObject created(String collection, jakarta.json.JsonObjectBuilder body) {
        Answer answer = admin.post("api/v1/" + collection, body.build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }
}
