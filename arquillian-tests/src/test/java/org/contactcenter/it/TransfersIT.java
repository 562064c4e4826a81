package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transfers, holds and outbound contacts through the deployed center: a chat customer on its socket, agents on theirs,
 * the agents' REST calls with their own credentials. Every test has its own queues, profiles and agents: Fay works the
 * first queue (the chat fixture's), Gus the second.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class TransfersIT {
    final URL root = SharedCenter.url();
    Api admin;
    int port;
    String unique;
    ChatFixture fixture;
    String second;
    String gus;
    String hours;

    @BeforeEach
    void twoQueuesTwoAgents() {
        admin = Api.at(root.toString()).awaitReady().admin();
        port = root.getPort();
        unique = UUID.randomUUID().toString().substring(0, 8);
        fixture = ChatFixture.create(admin, unique);
        hours = admin.idOf("hours-of-operation", "name", "24x7");
        second = admin.created("queues", ConfigurationApiIT.queue("TQ-" + unique, hours).add("maxContacts", 1)).getString("id");
        String profile = admin.created("routing-profiles", ConfigurationApiIT.profile("TP-" + unique, 2, second, 1, 0)).getString("id");
        gus = "gus-" + unique;
        admin.created("users", ConfigurationApiIT.user(gus, "agent-pass-1", "AGENT").add("firstName", "Gus").add("routingProfileId", profile));
    }

    @Test
    void aChatTransferredToAQueueKeepsTheCustomerAndTheNextAgentSeesTheWholeConversation() throws Exception {
        try (JsonSocket customer = JsonSocket.customer(port); JsonSocket fay = JsonSocket.available(port, fixture.agent(), "agent-pass-1");
                JsonSocket g = JsonSocket.available(port, gus, "agent-pass-1")) {
            String first = connectedChat(customer, fay);
            fay.send(chatMessage(first, "Let me transfer you to billing."));
            customer.await("Fay's words", m -> m.getString("type").equals("message") && m.getJsonObject("message").getString("text").startsWith("Let me"));

            fay.send(Json.createObjectBuilder().add("type", "transfer").add("contactId", first).add("queueId", second).build());
            JsonObject ack = fay.await("ack of transfer", m -> m.getString("type").equals("ack") && m.getString("ref").equals("transfer"));
            String next = ack.getString("nextContactId");
            assertEquals(next, fay.awaitType("chat-transferred").getString("nextContactId"));
            customer.await("the customer is told", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("text").equals("Transferring you to TQ-" + unique + ". Please wait a moment."));

            JsonObject firstContact = contact(first);
            assertEquals("AFTER_CONTACT_WORK", firstContact.getString("state"), "the first agent's slot goes to after-contact work");
            assertEquals(next, firstContact.getString("nextContactId"));
            assertEquals("TRANSFERRED", firstContact.getString("disconnectReason"));

            assertEquals(next, g.awaitType("offer").getJsonObject("contact").getString("id"));
            JsonObject nextContact = contact(next);
            assertEquals("QUEUE_TRANSFER", nextContact.getString("initiationMethod"));
            assertEquals(first, nextContact.getString("previousContactId"));
            assertEquals(first, nextContact.getString("initialContactId"));
            assertEquals("support", nextContact.getJsonObject("attributes").getString("choice", "support"), "attributes carried");
            g.send(answer("accept", next));
            JsonObject transcript = g.awaitType("chat-transcript");
            List<String> texts = texts(transcript.getJsonArray("messages"));
            assertTrue(texts.containsAll(List.of("I need support", "Let me transfer you to billing.")), texts.toString());

            customer.send(Json.createObjectBuilder().add("type", "message").add("text", "Hello again").build());
            assertEquals("Hello again", g.await("the customer's message reaches Gus", m -> m.getString("type").equals("chat-message")
                    && m.getJsonObject("message").getString("participant").equals("CUSTOMER")).getJsonObject("message").getString("text"));
            g.send(chatMessage(next, "Gus here."));
            customer.await("Gus's words", m -> m.getString("type").equals("message") && m.getJsonObject("message").getString("text").equals("Gus here."));
            fay.send(chatMessage(first, "still there?"));
            assertEquals("conflict", fay.awaitType("error").getString("code"), "the first agent has no chat any more");
        }
    }

    @Test
    void refusedTransfersLeaveTheContactConnectedWithItsAgent() throws Exception {
        // a closed queue, a queue at capacity (one waiting, maxContacts 1), an agent who does not exist, another agent's contact
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var allDay = Json.createArrayBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            allDay.add(Json.createObjectBuilder().add("day", day.name()).add("start", "00:00").add("end", "24:00"));
        }
        String closedHours = admin.created("hours-of-operation", Json.createObjectBuilder().add("name", "Closed " + unique).add("timeZone", "UTC")
                .add("config", allDay).add("overrides", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Holiday").add("startDate", today.toString()).add("type", "CLOSED")))).getString("id");
        String closed = admin.created("queues", ConfigurationApiIT.queue("Closed-" + unique, closedHours)).getString("id");
        assertEquals(201, admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", second).add("channel", "CHAT").build()).status());

        try (JsonSocket customer = JsonSocket.customer(port);
                JsonSocket fay = JsonSocket.available(port, fixture.agent(), "agent-pass-1")) {
            String first = connectedChat(customer, fay);
            Api agent = Api.at(root.toString()).as(fixture.agent(), "agent-pass-1");
            Answer toClosed = agent.post("api/v1/contacts/" + first + "/transfer", Json.createObjectBuilder().add("queueId", closed).build());
            assertEquals(409, toClosed.status(), toClosed.toString());
            assertTrue(toClosed.object().getString("detail").contains("closed"), toClosed.toString());
            Answer full = agent.post("api/v1/contacts/" + first + "/transfer", Json.createObjectBuilder().add("queueId", second).build());
            assertEquals(409, full.status(), full.toString());
            assertTrue(full.object().getString("detail").contains("at capacity"), full.toString());
            SkillsRoutingIT.assertProblem(agent.post("api/v1/contacts/" + first + "/transfer", Json.createObjectBuilder().add("agentId", "nobody").build()),
                    400, "agentId");
            SkillsRoutingIT.assertProblem(agent.post("api/v1/contacts/" + first + "/transfer", Json.createObjectBuilder().add("queueId", second)
                    .add("agentId", "x").build()), 400, "queueId");
            Answer notHers = Api.at(root.toString()).as(gus, "agent-pass-1").post("api/v1/contacts/" + first + "/transfer",
                    Json.createObjectBuilder().add("queueId", fixture.queue()).build());
            assertEquals(409, notHers.status(), "another agent's contact: " + notHers);
            JsonObject still = contact(first);
            assertEquals("CONNECTED", still.getString("state"));
            assertTrue(!still.containsKey("nextContactId"), still.toString());
            fay.send(chatMessage(first, "Still with you."));
            customer.await("the conversation goes on", m -> m.getString("type").equals("message")
                    && m.getJsonObject("message").getString("text").equals("Still with you."));
        }
    }

    @Test
    void aTransferToAnAgentAndThroughAQuickConnectsFlow() throws Exception {
        String gusId = admin.idOf("users", "username", gus);
        String quick = quickConnectWithFlow();

        try (JsonSocket customer = JsonSocket.customer(port); JsonSocket fay = JsonSocket.available(port, fixture.agent(), "agent-pass-1");
                JsonSocket g = JsonSocket.available(port, gus, "agent-pass-1")) {
            String first = connectedChat(customer, fay);
            fay.send(Json.createObjectBuilder().add("type", "transfer").add("contactId", first).add("agentId", gusId).build());
            String next = fay.await("ack of transfer", m -> m.getString("type").equals("ack") && m.getString("ref").equals("transfer"))
                    .getString("nextContactId");
            JsonObject offer = g.awaitType("offer").getJsonObject("contact");
            assertEquals(next, offer.getString("id"));
            assertEquals("TRANSFER", offer.getString("initiationMethod"));
            assertEquals(admin.get("api/v1/users/" + gusId).object().getString("agentQueueId"), offer.getString("queueId"), "Gus's own queue");
            g.send(answer("accept", next));
            g.awaitType("chat-transcript");

            // Gus sends it on through the quick connect: its QUEUE_TRANSFER flow speaks, then queues it (Fay's queue is not in it)
            g.send(Json.createObjectBuilder().add("type", "transfer").add("contactId", next).add("quickConnectId", quick).build());
            String third = g.await("ack of the second transfer", m -> m.getString("type").equals("ack") && m.getString("ref").equals("transfer"))
                    .getString("nextContactId");
            try {
                customer.await("the transfer flow speaks", m -> m.getString("type").equals("message")
                        && m.getJsonObject("message").getString("text").equals("The billing team will be with you."));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("flow run: " + admin.get("api/v1/flow-runs/" + third).body() + " / " + admin.get("api/v1/flow-runs/" + next).body()
                        + " chat: " + admin.get("api/v1/contacts/" + next).body(), e);
            }
            org.awaitility.Awaitility.await("the flow queued the third contact").atMost(Waits.seconds(20)).until(() ->
                    admin.get("api/v1/contacts/" + third).status() == 200);
            JsonObject queued = contact(third);
            assertEquals("QUEUE_TRANSFER", queued.getString("initiationMethod"));
            assertEquals(next, queued.getString("previousContactId"));
            assertEquals(first, queued.getString("initialContactId"), "the chain keeps its first contact");
            assertEquals(second, queued.getString("queueId"));
        }
    }

    @Test
    void aContactInNoFlowTransferredThroughAQuickConnectWithAFlowIsQueuedDirectly() throws Exception {
        String quick = quickConnectWithFlow();
        String profile = admin.created("routing-profiles", ConfigurationApiIT.profile("AP-" + unique, 2, fixture.queue(), 1, 0)).getString("id");
        String amy = "amy-" + unique;
        admin.created("users", ConfigurationApiIT.user(amy, "agent-pass-1", "AGENT").add("routingProfileId", profile));
        try (JsonSocket a = JsonSocket.available(port, amy, "agent-pass-1")) {
            String api = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", fixture.queue()).add("channel", "CHAT").build())
                    .object().getString("id");
            assertEquals(api, a.awaitType("offer").getJsonObject("contact").getString("id"));
            a.send(answer("accept", api));
            a.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
            a.send(Json.createObjectBuilder().add("type", "transfer").add("contactId", api).add("quickConnectId", quick).build());
            String next = a.await("ack of transfer", m -> m.getString("type").equals("ack") && m.getString("ref").equals("transfer"))
                    .getString("nextContactId");
            org.awaitility.Awaitility.await("the next contact is queued").atMost(Waits.seconds(20)).until(() ->
                    admin.get("api/v1/contacts/" + next).status() == 200);
            assertEquals(second, contact(next).getString("queueId"));
            assertEquals(api, contact(next).getString("previousContactId"));
        }
    }

    @Test
    void aCallIsHeldAndResumedAndAnAgentDialsOut() throws Exception {
        String voiceProfile = admin.created("routing-profiles", ConfigurationApiIT.profile("VP-" + unique, 1, second, 1, 0)
                .add("queueConfigs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("queueId", second).add("channel", "VOICE")
                        .add("priority", 1).add("delay", 0)))).getString("id");
        String vic = "vic-" + unique;
        admin.created("users", ConfigurationApiIT.user(vic, "agent-pass-1", "AGENT").add("routingProfileId", voiceProfile));
        Api agent = Api.at(root.toString()).as(vic, "agent-pass-1");
        Answer noWorkspace = agent.post("api/v1/contacts/outbound", Json.createObjectBuilder().add("phoneNumber", "+81355550199").build());
        assertEquals(409, noWorkspace.status(), "no workspace open: " + noWorkspace);
        try (JsonSocket v = JsonSocket.available(port, vic, "agent-pass-1")) {
            String call = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", second).add("channel", "VOICE").build()).object().getString("id");
            assertEquals(call, v.awaitType("offer").getJsonObject("contact").getString("id"));
            v.send(answer("accept", call));
            v.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));

            Answer held = agent.post("api/v1/contacts/" + call + "/hold", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, held.status(), held.toString());
            assertEquals("CONNECTED_ONHOLD", contact(call).getString("state"));
            assertEquals(409, agent.post("api/v1/contacts/" + call + "/hold", JsonValue.EMPTY_JSON_OBJECT).status(), "on hold already");
            assertTrue(contact(call).containsKey("onHoldSince"));
            v.send(answer("resume", call));
            v.await("ack of resume", m -> m.getString("type").equals("ack") && m.getString("ref").equals("resume"));
            JsonObject resumed = contact(call);
            assertEquals("CONNECTED", resumed.getString("state"));
            assertEquals(1, resumed.getInt("holdCount"));
            assertTrue(!resumed.containsKey("onHoldSince") && resumed.getJsonNumber("holdDurationMillis").longValue() >= 0, resumed.toString());
            assertEquals(resumed.getJsonNumber("holdDurationMillis").longValue(), resumed.getJsonNumber("longestHoldDurationMillis").longValue());

            Answer busy = agent.post("api/v1/contacts/outbound", Json.createObjectBuilder().add("phoneNumber", "+81355550199").build());
            assertEquals(409, busy.status(), "on a call already: " + busy);
            v.send(answer("end", call));
            v.await("ack of end", m -> m.getString("type").equals("ack") && m.getString("ref").equals("end"));
            v.send(answer("acw-done", call));
            v.await("ack of acw-done", m -> m.getString("type").equals("ack") && m.getString("ref").equals("acw-done"));

            SkillsRoutingIT.assertProblem(agent.post("api/v1/contacts/outbound", Json.createObjectBuilder().add("phoneNumber", "0355550199").build()),
                    400, "phoneNumber");
            Answer dialled = agent.post("api/v1/contacts/outbound", Json.createObjectBuilder().add("phoneNumber", "+81355550199").build());
            assertEquals(201, dialled.status(), dialled.toString());
            JsonObject out = dialled.object();
            assertEquals("OUTBOUND", out.getString("initiationMethod"));
            assertEquals("CONNECTED", out.getString("state"));
            assertEquals("+81355550199", out.getString("customerEndpoint"));
            assertEquals(second, out.getString("queueId"), "the profile's default outbound queue");
            assertEquals("ON_CONTACT", agent.get("api/v1/agents/me").object().getString("activity"));
            String inbound = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", second).add("channel", "VOICE").build()).object().getString("id");
            assertEquals("WAITING", contact(inbound).getString("state"), "no call is offered while the agent dials out");
        }
        // a chat is never put on hold
        try (JsonSocket customer = JsonSocket.customer(port);
                JsonSocket fay = JsonSocket.available(port, fixture.agent(), "agent-pass-1")) {
            String chat = connectedChat(customer, fay);
            fay.send(answer("hold", chat));
            assertEquals("conflict", fay.awaitType("error").getString("code"));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A QUEUE quick connect to the second queue whose QUEUE_TRANSFER flow says a word, then queues the contact. */
    private String quickConnectWithFlow() {
        JsonObject flowContent = Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", "say").add("Actions", Json.createArrayBuilder()
                .add(ChatFixture.action("say", "MessageParticipant", Json.createObjectBuilder().add("Text", "The billing team will be with you."), "transfer"))
                .add(Json.createObjectBuilder().add("Identifier", "transfer").add("Type", "TransferContactToQueue").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("Transitions", Json.createObjectBuilder().add("Errors", Json.createArrayBuilder()
                                .add(ChatFixture.error("QueueAtCapacity", "bye")).add(ChatFixture.error("NoMatchingError", "bye")))))
                .add(Json.createObjectBuilder().add("Identifier", "bye").add("Type", "DisconnectParticipant").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("Transitions", JsonValue.EMPTY_JSON_OBJECT))).build();
        String transferFlow = admin.created("contact-flows", Json.createObjectBuilder().add("name", "QT-" + unique).add("type", "QUEUE_TRANSFER")
                .add("content", flowContent)).getString("id");
        assertEquals(200, admin.post("api/v1/contact-flows/" + transferFlow + "/publish", JsonValue.EMPTY_JSON_OBJECT).status());
        return admin.created("quick-connects", Json.createObjectBuilder().add("name", "QC-" + unique).add("type", "QUEUE")
                .add("queueId", second).add("contactFlowId", transferFlow)).getString("id");
    }


    /** A chat through the fixture's flow ("support"), accepted by Fay; its contact id. */
    private String connectedChat(JsonSocket customer, JsonSocket fay) {
        Answer started = Api.at(root.toString()).anonymous().post("api/v1/chats", Json.createObjectBuilder().add("flowId", fixture.flow())
                .add("displayName", "Hanako").build());
        assertEquals(201, started.status(), started.toString());
        customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", started.object().getString("participantToken")).build());
        customer.awaitType("transcript");
        customer.send(Json.createObjectBuilder().add("type", "message").add("text", "I need support").build());
        String contact = fay.awaitType("offer").getJsonObject("contact").getString("id");
        assertEquals(started.object().getString("contactId"), contact);
        fay.send(answer("accept", contact));
        fay.awaitType("chat-transcript");
        return contact;
    }


    private static JsonObject chatMessage(String contactId, String text) {
        return Json.createObjectBuilder().add("type", "chat-message").add("contactId", contactId).add("text", text).build();
    }

    private static JsonObject answer(String type, String contactId) {
        return Json.createObjectBuilder().add("type", type).add("contactId", contactId).build();
    }

    private static List<String> texts(JsonArray messages) {
        return messages.stream().map(m -> m.asJsonObject().getString("text")).toList();
    }

    private JsonObject contact(String id) {
        return admin.get("api/v1/contacts/" + id).object();
    }



}
