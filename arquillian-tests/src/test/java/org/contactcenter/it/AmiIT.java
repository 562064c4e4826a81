package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The AMI connection against an Asterisk Manager Interface that speaks the protocol as Asterisk 20 does
 * ({@link AmiSimulator}): refused logins are retried with back-off and reported, a login succeeds once Asterisk
 * accepts, a dropped connection and an Asterisk that goes away and comes back are reconnected, /health says DOWN
 * meanwhile, the center's API answers throughout, and the secret is never sent in clear nor logged. Then a call's
 * agent leg: the offered agent's phone is rung with Originate, answering it accepts the offer and bridges the caller.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class AmiIT {
    static final String SECRET = "ami-" + java.util.UUID.randomUUID();
    static AmiSimulator asterisk;
    static MicroProcess center;

    @BeforeAll
    static void centerWithAmi() throws Exception {
        asterisk = AmiSimulator.start(SECRET);
        asterisk.refuseLogins = true; // as with a wrong secret in manager.conf
        List<String> settings = new ArrayList<>(MicroProcess.freshDatabase("cc_empty"));
        settings.addAll(List.of("-Dcc.ami.host=127.0.0.1", "-Dcc.ami.port=" + asterisk.port, "-Dcc.ami.username=cc", "-Dcc.ami.retry-max-seconds=2",
                "-Dcc.ami.check-seconds=1", "-Dcc.callback.retry-delay-seconds=1"));
        center = MicroProcess.start("ami", settings, Map.of("CC_AMI_SECRET", SECRET), false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (center != null) {
            center.close();
        }
        if (asterisk != null) {
            asterisk.close();
        }
    }

    @Test
    @Order(1)
    void theAmiConnectionLogsInWithBackOffReconnectsAndTheCenterKeepsRunningMeanwhile() throws Exception {
        Api admin = center.api().admin();
        await("the refused login on /health").atMost(Waits.seconds(30)).until(() -> ami().getString("state").startsWith("login refused"));
        assertEquals("DOWN", ami().getString("status"));
        assertEquals(200, admin.get("api/v1/queues").status(), "the center answers without AMI");
        assertTrue(asterisk.logins() >= 1, "it tried");

        asterisk.refuseLogins = false;
        await("logged in once Asterisk accepts").atMost(Waits.seconds(30)).until(() -> "UP".equals(ami().getString("status")));
        assertTrue(ami().getString("state").startsWith("connected to 127.0.0.1:" + asterisk.port), ami().toString());
        assertTrue(asterisk.actions.stream().filter(a -> "Login".equalsIgnoreCase(a.get("action"))).allMatch(a -> !a.containsValue(SECRET)),
                "the secret is never sent in clear (MD5 challenge)");

        long before = asterisk.logins();
        asterisk.dropConnections();
        await("logged in again after the connection dropped").atMost(Waits.seconds(60))
                .until(() -> asterisk.logins() > before && "UP".equals(ami().getString("status")));

        asterisk.stop();
        await("DOWN while Asterisk is away").atMost(Waits.seconds(60)).until(() -> "DOWN".equals(ami().getString("status")));
        assertEquals(200, admin.get("api/v1/queues").status());
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "gate", "PJSIP/gate-desk");
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            AsteriskChannel call = new AsteriskChannel(center.agiPort, q.number().substring(1), "+819012340000");
            call.agi("inbound");
            String contact = call.variables.get("CC_CONTACT_ID");
            await("a call waits while no phone can be rung").during(Duration.ofSeconds(3)).atMost(Waits.seconds(20))
                    .until(() -> "WAITING".equals(admin.get("api/v1/contacts/" + contact).object().getString("state")));
            asterisk.listen();
            await("back once Asterisk is").atMost(Waits.seconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> "UP".equals(ami().getString("status")));
            agent.await("the call offered once AMI is back", m -> m.getString("type").equals("offer") && m.getJsonObject("contact").getString("id").equals(contact));
            agent.send(Json.createObjectBuilder().add("type", "reject").add("contactId", contact).build());
            call.agi("hangup"); // the caller gives up
        }
        assertFalse(Files.readString(center.log, StandardCharsets.ISO_8859_1).contains(SECRET), "the secret is never logged");
    }

    @Test
    @Order(2)
    void anOfferedCallRingsTheAgentsPhoneAndAnsweringItWhispersToTheAgentAndBridgesTheCaller() throws Exception {
        await("AMI up").atMost(Waits.seconds(60)).until(() -> "UP".equals(ami().getString("status")));
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "ami", "PJSIP/ren-desk", true);
        AsteriskChannel call = new AsteriskChannel(center.agiPort, q.number().substring(1), "+819012345678");
        try (JsonSocket ren = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            call.agi("inbound");
            String contact = call.variables.get("CC_CONTACT_ID");
            ren.await("the call offered", m -> m.getString("type").equals("offer") && m.getJsonObject("contact").getString("id").equals(contact));
            List<String> originate = await("the agent's phone rung").atMost(Waits.seconds(20)).until(() -> asterisk.raw.stream()
                    .filter(r -> r.contains("action: Originate")).reduce((a, b) -> b).orElse(null), r -> r != null);
            assertTrue(originate.contains("channel: PJSIP/ren-desk"), originate.toString());
            assertTrue(originate.contains("context: cc-agent") && originate.contains("exten: s") && originate.contains("async: true"), originate.toString());
            assertTrue(originate.contains("variable: CC_CONTACT_ID=" + contact), originate.toString());
            assertTrue(originate.contains("variable: CC_CALLER_CHANNEL=PJSIP/trunk-0000002a"), originate.toString());
            String agentId = originate.stream().filter(l -> l.startsWith("variable: CC_AGENT_ID=")).findFirst().orElseThrow().substring("variable: CC_AGENT_ID=".length());

            // the agent answers: Asterisk runs [cc-agent] s,1 → AGI(agent) on the agent's channel with the Originate's variables
            AsteriskChannel phone = new AsteriskChannel(center.agiPort, "s", "+819012345678");
            phone.variables.put("CC_CONTACT_ID", contact);
            phone.variables.put("CC_AGENT_ID", agentId);
            phone.variables.put("CC_CALLER_CHANNEL", "PJSIP/trunk-0000002a");
            List<String> leg = phone.agentLine();
            int bridge = leg.indexOf("Bridge(PJSIP/trunk-0000002a)");
            assertTrue(bridge > 0 && leg.subList(0, bridge).contains("SET VARIABLE \"CC_ACTION\" \"BRIDGE\""),
                    "agent and caller bridged by the dialplan, no AGI session held meanwhile: " + leg);
            assertTrue(leg.subList(0, bridge).stream().anyMatch(c -> c.startsWith("STREAM FILE \"/")),
                    "the agent whisper flow is spoken to the agent's phone before the bridge: " + leg);
            JsonObject record = admin.get("api/v1/contact-records/" + contact).object();
            assertEquals(q.agent(), record.getJsonObject("Agent").getString("Username"), "accepted by answering the phone");
            // the simulated bridge returns at once: the agent's side has ended the call (BRIDGED → hang-up)
            assertTrue(leg.subList(bridge, leg.size()).contains("HANGUP"), "the agent's phone hung up after the bridge: " + leg);
            await("after-contact work once the bridge ends").atMost(Waits.seconds(10))
                    .until(() -> "AFTER_CONTACT_WORK".equals(admin.get("api/v1/contacts/" + contact).object().getString("state")));
        }
    }

    @Test
    @Order(4)
    void aTransferToAQueueHandsTheCallerOnAndAnUnansweredRingStopsWhenTheOfferIsRejected() throws Exception {
        String transferred;
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "xfer", "PJSIP/xfer-desk");
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        String billing = admin.created("queues", ConfigurationApiIT.queue("VQ-billing", hours)).getString("id");
        AsteriskChannel call = new AsteriskChannel(center.agiPort, q.number().substring(1), "+819012340002");
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            call.agi("inbound");
            String contact = call.variables.get("CC_CONTACT_ID");
            transferred = contact;
            AsteriskChannel phone = answer(contact, "PJSIP/xfer-desk-00000001");
            CompletableFuture<List<String>> leg = CompletableFuture.supplyAsync(() -> line(phone));
            await("connected").atMost(Waits.seconds(20)).until(() -> "CONNECTED".equals(state(admin, contact)));

            JsonObject first = center.api().as(q.agent(), "agent-pass-1").post("api/v1/contacts/" + contact + "/transfer",
                    Json.createObjectBuilder().add("queueId", billing).build()).object();
            String next = first.getString("nextContactId");
            await("the caller handed on as the next contact").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("SetVar", "channel: PJSIP/trunk-0000002a", "variable: CC_CONTACT_ID", "value: " + next) != null
                            && asterisk.last("Redirect", "channel: PJSIP/trunk-0000002a", "context: cc-call", "exten: continue") != null);
            phone.bridgeEnds.add("0");
            assertTrue(leg.get(30, TimeUnit.SECONDS).contains("HANGUP"), "the agent's phone hangs up: its contact is in after-contact work");
            assertEquals("AFTER_CONTACT_WORK", state(admin, contact));

            call.variables.put("CC_CONTACT_ID", next); // as the SetVar did on Asterisk
            List<String> continued = call.agi("continue");
            assertTrue(continued.contains("SET VARIABLE \"CC_ACTION\" \"HOLD\""), "the caller waits in the new queue: " + continued);
            JsonObject nextContact = admin.get("api/v1/contacts/" + next).object();
            assertEquals("WAITING", nextContact.getString("state"));
            assertEquals(billing, nextContact.getString("queueId"));
            assertEquals(contact, nextContact.getString("previousContactId"));
        }

        // an offer the agent rejects in the workspace: the phone that rings for it is hung up
        AsteriskChannel second = new AsteriskChannel(center.agiPort, q.number().substring(1), "+819012340003");
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            agent.send(Json.createObjectBuilder().add("type", "acw-done").add("contactId", transferred).build());
            second.agi("inbound");
            String contact = second.variables.get("CC_CONTACT_ID");
            agent.await("the offer", m -> m.getString("type").equals("offer") && m.getJsonObject("contact").getString("id").equals(contact));
            List<String> ring = await("the phone rung").atMost(Waits.seconds(20)).until(() -> asterisk.last("Originate", "variable: CC_CONTACT_ID=" + contact),
                    r -> r != null);
            String channelId = ring.stream().filter(l -> l.startsWith("channelid: ")).findFirst().orElseThrow(() -> new AssertionError(ring)).substring(11);
            agent.send(Json.createObjectBuilder().add("type", "reject").add("contactId", contact).build());
            await("the ringing phone hung up").atMost(Waits.seconds(20)).until(() -> asterisk.last("Hangup", "channel: " + channelId) != null);
        }
    }

    @Test
    @Order(5)
    void anOutboundCallRingsTheAgentThenDialsTheCustomerWithTheQueuesCallerId() throws Exception {
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "out", "PJSIP/out-desk");
        JsonObject queue = admin.get("api/v1/queues/" + q.queue()).object();
        JsonObject withCallerId = Json.createObjectBuilder(queue).remove("id").remove("agentUserId").add("outboundCallerIdName", "サポート窓口")
                .add("outboundCallerIdNumber", "+81312349999").add("outboundWhisperFlowId", FlowDocs.saying(admin, "OUTBOUND_WHISPER", "This call is recorded.")).build();
        assertEquals(400, admin.put("api/v1/queues/" + q.queue(), Json.createObjectBuilder(withCallerId).add("outboundWhisperFlowId", q.flow()).build()).status(),
                "an outbound whisper is an OUTBOUND_WHISPER flow");
        assertEquals(200, admin.put("api/v1/queues/" + q.queue(), withCallerId).status());
        assertEquals(400, admin.put("api/v1/queues/" + q.queue(), Json.createObjectBuilder(withCallerId).add("outboundCallerIdNumber", "0312349999").build()).status(),
                "a caller id number is E.164");
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            Api ren = center.api().as(q.agent(), "agent-pass-1");
            String contact = ren.post("api/v1/contacts/outbound", Json.createObjectBuilder().add("phoneNumber", "+81355550123").build()).object().getString("id");
            List<String> ring = await("the agent's phone rung first").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "variable: CC_CONTACT_ID=" + contact), r -> r != null);
            assertTrue(ring.contains("channel: PJSIP/out-desk") && ring.contains("context: cc-outbound"), ring.toString());

            AsteriskChannel phone = new AsteriskChannel(center.agiPort, "s", "+81355550123", "PJSIP/out-desk-00000002");
            phone.variables.putAll(variables(ring));
            List<String> dial = phone.agi("outbound");
            assertTrue(dial.containsAll(List.of("SET VARIABLE \"CC_ACTION\" \"DIAL\"", "SET VARIABLE \"CC_DIAL_NUMBER\" \"+81355550123\"",
                    "SET VARIABLE \"CC_CALLER_ID_NUM\" \"+81312349999\"", "SET VARIABLE \"CC_CALLER_ID_NAME\" \"サポート窓口\"")), dial.toString());
            assertTrue(dial.stream().anyMatch(c -> c.startsWith("SET VARIABLE \"CC_WHISPER_PROMPTS\" \"/")),
                    "the queue's outbound whisper, spoken, for the Dial's U() to play to the customer once answered: " + dial);
            phone.variables.put("CC_DIALSTATUS", "NOANSWER"); // the dialplan's Dial: the customer did not answer
            assertTrue(phone.agi("outbound").contains("HANGUP"));
            JsonObject record = admin.get("api/v1/contact-records/" + contact).object();
            assertEquals("OUTBOUND", record.getString("InitiationMethod"));
            assertEquals("DIALSTATUS NOANSWER", record.getString("DisconnectReason"));
            await("after-contact work").atMost(Waits.seconds(10)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, contact)));
            agent.send(Json.createObjectBuilder().add("type", "acw-done").add("contactId", contact).build());

            // the agent's phone rings out: Asterisk's OriginateResponse Failure ends the contact
            asterisk.unanswered.add("PJSIP/out-desk");
            await("the slot free again").atMost(Waits.seconds(20)).until(() -> ren.post("api/v1/contacts/outbound",
                    Json.createObjectBuilder().add("phoneNumber", "+81355550124").build()).status() == 201);
            String unanswered = admin.get("api/v1/contact-records?customerEndpoint=%2B81355550124").object().getJsonArray("records").getJsonObject(0).getString("ContactId");
            await("ended when the agent does not answer").atMost(Waits.seconds(20))
                    .until(() -> "AGENT_NOT_ANSWERED".equals(admin.get("api/v1/contact-records/" + unanswered).object().getString("DisconnectReason", "")));
            asterisk.unanswered.clear();
        }
    }

    @Test
    @Order(6)
    void aSupervisorListensToALiveCallOnItsOwnPhoneAndEveryStartIsAudited() throws Exception {
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "spy", "PJSIP/spy-desk");
        admin.created("users", ConfigurationApiIT.user("sv-spy", "super-pass-1", "SUPERVISOR").add("phoneType", "DESK_PHONE").add("phoneEndpoint", "PJSIP/sv-desk"));
        admin.created("users", ConfigurationApiIT.user("sv-nophone", "super-pass-1", "SUPERVISOR"));
        AsteriskChannel call = new AsteriskChannel(center.agiPort, q.number().substring(1), "+819012340004");
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            call.agi("inbound");
            String contact = call.variables.get("CC_CONTACT_ID");
            Api supervisor = center.api().as("sv-spy", "super-pass-1");
            assertEquals(409, supervisor.post("api/v1/contacts/" + contact + "/monitor", JsonValue.EMPTY_JSON_OBJECT).status(), "not connected yet");
            agent.await("the offer", m -> m.getString("type").equals("offer") && m.getJsonObject("contact").getString("id").equals(contact));
            agent.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contact).build());
            await("connected").atMost(Waits.seconds(20)).until(() -> "CONNECTED".equals(state(admin, contact)));

            Api.Answer started = supervisor.post("api/v1/contacts/" + contact + "/monitor", Json.createObjectBuilder().add("capability", "BARGE").build());
            assertEquals(202, started.status(), started.toString());
            List<String> spy = await("the supervisor's phone rung into ChanSpy").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "channel: PJSIP/sv-desk", "application: ChanSpy"), r -> r != null);
            assertTrue(spy.contains("data: PJSIP/trunk-0000002a,qEB"), spy.toString());
            assertEquals(400, supervisor.post("api/v1/contacts/" + contact + "/monitor", Json.createObjectBuilder().add("capability", "WHISPER").build()).status());
            assertEquals(409, center.api().as("sv-nophone", "super-pass-1").post("api/v1/contacts/" + contact + "/monitor", JsonValue.EMPTY_JSON_OBJECT).status(),
                    "a supervisor without a phone endpoint");
            assertEquals(403, center.api().as(q.agent(), "agent-pass-1").post("api/v1/contacts/" + contact + "/monitor", JsonValue.EMPTY_JSON_OBJECT).status());
            assertTrue(admin.get("api/v1/audit-events?contactId=" + contact).object().getJsonArray("events").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("action").equals("CONTACT_MONITORED") && e.getString("username").equals("sv-spy")), "audited");
        }
    }

    @Test
    @Order(7)
    void aQueuedCallbackRingsTheAgentAnsweringAcceptsItAndDialsTheCustomerAndAnUnansweredOneIsTriedAgain() throws Exception {
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "cb", "PJSIP/cb-desk");
        // a chat whose flow queues it in the voice queue asks to be called back: a VOICE contact, initiation CALLBACK
        JsonObject chat = Api.at("http://127.0.0.1:" + center.port + "/").anonymous().post("api/v1/chats",
                Json.createObjectBuilder().add("displayName", "Kenji").add("flowId", q.flow()).build()).object();
        try (JsonSocket customer = JsonSocket.customer(center.port); JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            customer.send(Json.createObjectBuilder().add("type", "authenticate").add("token", chat.getString("participantToken")).build());
            customer.awaitType("transcript");
            await("the chat queued").atMost(Waits.seconds(20)).until(() -> {
                customer.send(Json.createObjectBuilder().add("type", "callback").add("phoneNumber", "+81355550199").build());
                return customer.await("an answer", m -> m.getString("type").equals("ack") || m.getString("type").equals("error")).getString("type").equals("ack");
            });
            String callback = agent.await("the callback offered", m -> m.getString("type").equals("offer")
                    && "CALLBACK".equals(m.getJsonObject("contact").getString("initiationMethod", ""))).getJsonObject("contact").getString("id");
            List<String> ring = await("the agent's phone rung").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "variable: CC_CONTACT_ID=" + callback), r -> r != null);
            assertTrue(ring.contains("channel: PJSIP/cb-desk") && ring.contains("context: cc-outbound"), ring.toString());

            AsteriskChannel phone = new AsteriskChannel(center.agiPort, "s", "+81355550199", "PJSIP/cb-desk-00000003");
            phone.variables.putAll(variables(ring));
            List<String> dial = phone.agi("outbound");
            assertTrue(dial.containsAll(List.of("SET VARIABLE \"CC_ACTION\" \"DIAL\"", "SET VARIABLE \"CC_DIAL_NUMBER\" \"+81355550199\"")), dial.toString());
            assertEquals("CONNECTED", state(admin, callback), "answering the phone accepted the callback");
            agent.await("the chat's transcript for the callback's agent", m -> m.getString("type").equals("chat-transcript"));
            phone.variables.put("CC_DIALSTATUS", "NOANSWER"); // the customer did not answer: queued again (cc.callback.retry-delay-seconds)
            assertTrue(phone.agi("outbound").contains("HANGUP"));
            await("after-contact work").atMost(Waits.seconds(10)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, callback)));
            assertEquals("DIALSTATUS NOANSWER", admin.get("api/v1/contact-records/" + callback).object().getString("DisconnectReason"));
            agent.send(Json.createObjectBuilder().add("type", "acw-done").add("contactId", callback).build());

            JsonObject retry = agent.await("the second attempt offered", m -> m.getString("type").equals("offer")
                    && "2".equals(m.getJsonObject("contact").getJsonObject("attributes").getString("callbackAttempt", ""))).getJsonObject("contact");
            assertEquals("+81355550199", retry.getJsonObject("attributes").getString("callbackNumber"));
            List<String> again = await("the agent's phone rung again").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "variable: CC_CONTACT_ID=" + retry.getString("id")), r -> r != null);
            AsteriskChannel second = new AsteriskChannel(center.agiPort, "s", "+81355550199", "PJSIP/cb-desk-00000004");
            second.variables.putAll(variables(again));
            assertTrue(second.agi("outbound").contains("SET VARIABLE \"CC_DIAL_NUMBER\" \"+81355550199\""));
            second.variables.put("CC_DIALSTATUS", "ANSWER"); // answered this time; the call is over when the Dial returns
            assertTrue(second.agi("outbound").contains("HANGUP"));
            await("after-contact work").atMost(Waits.seconds(10)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, retry.getString("id"))));
            JsonObject record = admin.get("api/v1/contact-records/" + retry.getString("id")).object();
            assertEquals("CALLBACK", record.getString("InitiationMethod"));
            assertEquals(q.agent(), record.getJsonObject("Agent").getString("Username"));
            assertEquals("CUSTOMER_DISCONNECT", record.getString("DisconnectReason"), "Dial() returned to the agent: the customer hung up");
        }
    }

    /** The agent answers the phone the center rang for {@code contact}: the channel as [cc-agent] runs it, bridges held open. */
    private static AsteriskChannel answer(String contact, String name) {
        List<String> ring = await("the agent's phone rung").atMost(Waits.seconds(20)).until(() -> asterisk.last("Originate", "variable: CC_CONTACT_ID=" + contact),
                r -> r != null);
        AsteriskChannel phone = new AsteriskChannel(center.agiPort, "s", "+819012345678", name);
        phone.variables.putAll(variables(ring));
        phone.bridgeEnds = new java.util.concurrent.LinkedBlockingQueue<>();
        return phone;
    }

    private static Map<String, String> variables(List<String> originate) {
        Map<String, String> v = new java.util.HashMap<>();
        originate.stream().filter(l -> l.startsWith("variable: ")).map(l -> l.substring(10).split("=", 2)).forEach(kv -> v.put(kv[0], kv[1]));
        return v;
    }

    private static List<String> line(AsteriskChannel phone) {
        try {
            return phone.agentLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> agi(AsteriskChannel channel, String script) {
        try {
            return channel.agi(script);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String state(Api admin, String contact) {
        return admin.get("api/v1/contacts/" + contact).object().getString("state");
    }

    private static JsonObject ami() {
        JsonObject health = center.api().anonymous().get("health").object();
        JsonObject check = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("ami"))
                .findFirst().orElseThrow(() -> new AssertionError(health.toString()));
        return Json.createObjectBuilder().add("status", check.getString("status")).add("state", check.getJsonObject("data").getString("state")).build();
    }

    @Test
    @Order(8)
    void afterAmiComesBackTheCallsChannelsAreReadFromAsteriskSoHoldAndResumeWorkOnCallsBegunBefore() throws Exception {
        await("AMI up").atMost(Waits.seconds(60)).until(() -> "UP".equals(ami().getString("status")));
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "recover", null);
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            // a call this center has never seen a channel of (as after a restart: it keeps them in memory)
            String contact = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", q.queue()).add("channel", "VOICE").build())
                    .object().getString("id");
            agent.await("the offer", m -> m.getString("type").equals("offer") && m.getJsonObject("contact").getString("id").equals(contact));
            agent.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contact).build());
            await("connected").atMost(Waits.seconds(20)).until(() -> "CONNECTED".equals(state(admin, contact)));
            String agentId = admin.get("api/v1/contacts/" + contact).object().getString("agentId");
            asterisk.channels.add(new AmiSimulator.LiveChannel("PJSIP/trunk-00000077", "cc-call", "s", "MusicOnHold", Map.of("CC_CONTACT_ID", contact)));
            asterisk.channels.add(new AmiSimulator.LiveChannel("PJSIP/recover-desk-00000009", "cc-agent", "s", "Bridge",
                    Map.of("CC_CONTACT_ID", contact, "CC_AGENT_ID", agentId, "CC_CALLER_CHANNEL", "PJSIP/trunk-00000077")));
            asterisk.channels.add(new AmiSimulator.LiveChannel("PJSIP/other-00000001", "from-trunk", "s", "Dial", Map.of())); // not the center's

            long before = asterisk.logins();
            long asked = statusActions();
            asterisk.dropConnections();
            await("logged in again, and Asterisk asked for its channels").atMost(Waits.seconds(60))
                    .until(() -> asterisk.logins() > before && statusActions() > asked);
            assertTrue(asterisk.last("Status", "variables: CC_CONTACT_ID,CC_AGENT_ID,CC_CALLER_CHANNEL") != null, "with the center's variables");
            await("the channels read").atMost(Waits.seconds(20))
                    .until(() -> Files.readString(center.log, StandardCharsets.ISO_8859_1).contains("Asterisk's channels read: 1 call(s) of"));

            Api ren = center.api().as(q.agent(), "agent-pass-1");
            assertEquals(200, ren.post("api/v1/contacts/" + contact + "/hold", JsonValue.EMPTY_JSON_OBJECT).status());
            await("the caller Asterisk named redirected to music").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: PJSIP/trunk-00000077", "context: cc-call", "exten: hold") != null);
            assertEquals(200, ren.post("api/v1/contacts/" + contact + "/resume", JsonValue.EMPTY_JSON_OBJECT).status());
            await("agent and caller bridged again").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: PJSIP/recover-desk-00000009", "context: cc-agent", "exten: rejoin", "priority: 1") != null);
            agent.send(Json.createObjectBuilder().add("type", "end").add("contactId", contact).build());
            await("after-contact work once the agent ends it").atMost(Waits.seconds(10)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, contact)));
        } finally {
            asterisk.channels.clear();
        }
    }

    private static long statusActions() {
        return asterisk.actions.stream().filter(a -> "Status".equalsIgnoreCase(a.get("action"))).count();
    }
}
