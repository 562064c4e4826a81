package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens on a call beyond ringing and bridging, carried out on Asterisk over AMI and AGI ({@link AmiSimulator},
 * {@link AsteriskChannel}; docs/ASTERISK.md): hold with the hold flows and resume; consult, conference and transfer to a phone number as Amazon Connect's
 * agents have them — the customer on hold while the agent consults, the third party rung and bridged to the agent's
 * phone, all three in a ConfBridge, the agent leaving the two talking (after-contact work, the record says where the
 * call went), a third party that does not answer, hangs up or is dropped — and the customer whisper played to the
 * caller by the dialplan before it joins the agent.
 */
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class CallControlIT {
    static final String SECRET = "ami-" + java.util.UUID.randomUUID();
    static final String CALLER = "PJSIP/trunk-0000002a";
    static AmiSimulator asterisk;
    static MicroProcess center;

    @BeforeAll
    static void centerWithAmi() throws Exception {
        asterisk = AmiSimulator.start(SECRET);
        List<String> settings = new ArrayList<>(MicroProcess.freshDatabase("cc_empty"));
        settings.addAll(List.of("-Dcc.ami.host=127.0.0.1", "-Dcc.ami.port=" + asterisk.port, "-Dcc.ami.username=cc", "-Dcc.ami.check-seconds=1"));
        center = MicroProcess.start("callcontrol", settings, Map.of("CC_AMI_SECRET", SECRET), false);
        await("AMI up").atMost(Waits.seconds(60)).until(() -> center.api().anonymous().get("health").object().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject).anyMatch(c -> c.getString("name").equals("ami") && c.getString("status").equals("UP")));
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
    void holdTakesTheCallerToMusicPlaysTheHoldFlowsAndResumeBridgesAgentAndCallerAgain() throws Exception {
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "hold", "PJSIP/hold-desk", Json.createObjectBuilder()
                .add("CustomerHold", FlowDocs.saying(admin, "CUSTOMER_HOLD", "Your agent will be right back."))
                .add("AgentHold", FlowDocs.saying(admin, "AGENT_HOLD", "The customer is on hold.")).build());
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            Call call = connect(admin, q, "+819012340001", "PJSIP/hold-desk-00000001");
            String contact = call.contact();
            AsteriskChannel phone = call.phone();
            CompletableFuture<List<String>> leg = call.leg();

            Api ren = center.api().as(q.agent(), "agent-pass-1");
            assertEquals(200, ren.post("api/v1/contacts/" + contact + "/hold", JsonValue.EMPTY_JSON_OBJECT).status());
            await("the caller redirected to music").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: PJSIP/trunk-0000002a", "context: cc-call", "exten: hold", "priority: 1") != null);
            phone.bridgeEnds.add("0"); // the Redirect takes the caller out of the agent's bridge
            List<String> waited = leg.get(30, TimeUnit.SECONDS);
            assertTrue(waited.contains("SET VARIABLE \"CC_ACTION\" \"WAIT\""), "the agent's line stays open while the caller is on hold: " + waited);
            assertEquals("CONNECTED_ONHOLD", state(admin, contact));
            // the hold flows: the customer's prompts through the dialplan (Setvar + Redirect to held), the agent's before its Wait
            List<String> customerPrompts = await("the customer hold flow's prompts").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("SetVar", "channel: PJSIP/trunk-0000002a", "variable: CC_HOLD_PROMPTS"), r -> r != null);
            assertTrue(customerPrompts.stream().anyMatch(l -> l.startsWith("value: /")), "a spoken prompt's file: " + customerPrompts);
            await("the caller redirected to its hold prompts").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: PJSIP/trunk-0000002a", "context: cc-call", "exten: held", "priority: 1") != null);
            String agentPrompts = waited.stream().filter(c -> c.startsWith("SET VARIABLE \"CC_HOLD_PROMPTS\"")).findFirst().orElseThrow();
            assertTrue(agentPrompts.startsWith("SET VARIABLE \"CC_HOLD_PROMPTS\" \"/"), "the agent hold flow's spoken prompt: " + waited);
            assertTrue(waited.contains("SET VARIABLE \"CC_HOLD_PLAYED\" \"1\""), waited.toString());
            phone.variables.put("CC_HOLD_PLAYED", "1");
            List<String> again = agi(phone, "agent"); // the agent's line comes back after its Wait: the prompts are not played twice
            assertTrue(again.contains("SET VARIABLE \"CC_HOLD_PROMPTS\" \"\""), again.toString());

            assertEquals(200, ren.post("api/v1/contacts/" + contact + "/resume", JsonValue.EMPTY_JSON_OBJECT).status());
            await("agent and caller bridged again").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: PJSIP/hold-desk-00000001", "context: cc-agent", "exten: rejoin", "priority: 1") != null);
            assertEquals("CONNECTED", state(admin, contact));

            phone.variables.put("CC_ACTION", "AGENT_HANGUP"); // the agent hangs up: [cc-agent] h runs the script again
            agi(phone, "agent");
            await("after-contact work once the agent hangs up").atMost(Waits.seconds(10)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, contact)));
            assertEquals(1, admin.get("api/v1/contact-records/" + contact).object().getJsonObject("Agent").getInt("NumberOfHolds"));
        }
    }

    @Test
    void theAgentConsultsANumberConferencesAndLeavesTheCustomerWithTheThirdParty() throws Exception {
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "consult", "PJSIP/cons-desk");
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            Call call = connect(admin, q, "+819012340101", "PJSIP/cons-desk-00000001");
            Api ren = center.api().as(q.agent(), "agent-pass-1");
            String contact = call.contact;
            assertEquals(400, ren.post("api/v1/contacts/" + contact + "/consult", Json.createObjectBuilder().add("phoneNumber", "0355550199").build()).status());
            assertEquals(409, ren.post("api/v1/contacts/" + contact + "/consult/conference", JsonValue.EMPTY_JSON_OBJECT).status(), "nobody consulted yet");

            JsonObject consulting = ren.post("api/v1/contacts/" + contact + "/consult", Json.createObjectBuilder().add("phoneNumber", "+81355550199").build()).object();
            assertEquals("CONNECTED_ONHOLD", consulting.getString("state"), "the customer waits on hold: " + consulting);
            assertEquals("CONSULTING", consulting.getString("thirdPartyState"));
            assertEquals("+81355550199", consulting.getString("thirdPartyNumber"));
            assertEquals(409, ren.post("api/v1/contacts/" + contact + "/consult", Json.createObjectBuilder().add("phoneNumber", "+81355550198").build()).status(),
                    "one third party at a time");
            assertEquals(409, ren.post("api/v1/contacts/" + contact + "/resume", JsonValue.EMPTY_JSON_OBJECT).status(), "the consult's steps decide");
            await("the caller taken to music").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: " + CALLER, "context: cc-call", "exten: hold") != null);
            List<String> ring = await("the number rung into cc-consult").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "channel: PJSIP/+81355550199@trunk", "context: cc-consult"), r -> r != null);
            assertTrue(ring.contains("variable: CC_AGENT_CHANNEL=PJSIP/cons-desk-00000001") && ring.contains("variable: CC_CONTACT_ID=" + contact), ring.toString());
            call.phone.bridgeEnds.add("0"); // the Redirect takes the caller out of the agent's bridge: the agent's line waits
            assertTrue(call.leg.get(30, TimeUnit.SECONDS).contains("SET VARIABLE \"CC_ACTION\" \"WAIT\""));

            AsteriskChannel stale = thirdParty(ring, "1764720000.99"); // a leg this center did not ring for the consult
            assertTrue(agi(stale, "consult").contains("HANGUP"));
            AsteriskChannel third = thirdParty(ring, channelId(ring));
            List<String> answered = agi(third, "consult");
            assertTrue(answered.contains("SET VARIABLE \"CC_AGENT_CHANNEL\" \"PJSIP/cons-desk-00000001\"")
                    && answered.contains("SET VARIABLE \"CC_ACTION\" \"BRIDGE\""), "bridged to the agent's phone by the dialplan: " + answered);

            JsonObject conference = ren.post("api/v1/contacts/" + contact + "/consult/conference", JsonValue.EMPTY_JSON_OBJECT).object();
            assertEquals("CONNECTED", conference.getString("state"), "all three talk: the hold is over");
            assertEquals("CONFERENCED", conference.getString("thirdPartyState"));
            await("agent and third party taken to the conference together").atMost(Waits.seconds(20)).until(() -> asterisk.last("Redirect",
                    "channel: PJSIP/cons-desk-00000001", "context: cc-agent", "exten: conference", "extrachannel: " + channelId(ring),
                    "extracontext: cc-consult", "extraexten: conference") != null);
            await("and the caller").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: " + CALLER, "context: cc-call", "exten: conference") != null);

            // the agent hangs up in the conference: as in Amazon Connect, the customer and the third party talk on
            call.phone.variables.put("CC_ACTION", "AGENT_HANGUP");
            agi(call.phone, "agent");
            await("after-contact work").atMost(Waits.seconds(20)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, contact)));
            await("the caller bridged to the third party").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("SetVar", "channel: " + CALLER, "variable: CC_THIRD_PARTY_CHANNEL", "value: " + channelId(ring)) != null
                            && asterisk.last("Redirect", "channel: " + CALLER, "context: cc-call", "exten: thirdparty", "extrachannel: " + channelId(ring),
                                    "extracontext: cc-consult", "extraexten: transferred") != null);
            JsonObject record = admin.get("api/v1/contact-records/" + contact).object();
            assertEquals("+81355550199", record.getJsonObject("TransferredToEndpoint").getString("Address"), record.toString());
            assertEquals("TRANSFERRED +81355550199", admin.get("api/v1/contacts/" + contact).object().getString("disconnectReason"));
            assertEquals(1, record.getJsonObject("Agent").getInt("NumberOfHolds"), "the consult's hold counts");
            assertFalse(admin.get("api/v1/contacts/" + contact).object().containsKey("thirdPartyState"));

            third.variables.put("CC_ACTION", "BRIDGED"); // the customer hung up later: the third party leaves the dialplan's bridge
            assertTrue(agi(third, "consult").contains("HANGUP"));
            third.variables.put("CC_ACTION", "THIRD_PARTY_HANGUP");
            agi(third, "consult");
            agent.send(Json.createObjectBuilder().add("type", "acw-done").add("contactId", contact).build());
        }
    }

    @Test
    void aThirdPartyThatDoesNotAnswerHangsUpOrIsDroppedLeavesTheAgentWithTheCustomer() throws Exception {
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "cancel", "PJSIP/canc-desk");
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            Call call = connect(admin, q, "+819012340102", "PJSIP/canc-desk-00000001");
            String contact = call.contact;
            // not answered: the consult is over, the customer stays on hold until the agent resumes
            asterisk.unanswered.add("PJSIP/+81355550100@trunk");
            agent.send(Json.createObjectBuilder().add("type", "consult").add("contactId", contact).add("phoneNumber", "+81355550100").build());
            agent.awaitType("ack");
            await("the consult failed").atMost(Waits.seconds(20)).until(() -> !contact(admin, contact).containsKey("thirdPartyState"));
            assertEquals("CONNECTED_ONHOLD", state(admin, contact));
            agent.send(Json.createObjectBuilder().add("type", "resume").add("contactId", contact).build());
            await("agent and caller bridged again").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: PJSIP/canc-desk-00000001", "context: cc-agent", "exten: rejoin", "priority: 1") != null);

            // answered and conferenced, then the third party hangs up: agent and customer are bridged out of the conference
            Api ren = center.api().as(q.agent(), "agent-pass-1");
            assertEquals(200, ren.post("api/v1/contacts/" + contact + "/consult", Json.createObjectBuilder().add("phoneNumber", "+81355550101").build()).status());
            List<String> ring = await("rung").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "channel: PJSIP/+81355550101@trunk"), r -> r != null);
            AsteriskChannel third = thirdParty(ring, channelId(ring));
            assertTrue(agi(third, "consult").contains("SET VARIABLE \"CC_ACTION\" \"BRIDGE\""));
            assertEquals(200, ren.post("api/v1/contacts/" + contact + "/consult/conference", JsonValue.EMPTY_JSON_OBJECT).status());
            third.variables.put("CC_ACTION", "THIRD_PARTY_HANGUP");
            agi(third, "consult");
            // no Bridge can take a channel out of a ConfBridge (Asterisk 20): the caller to music, the agent to rejoin, whose Bridge() takes it
            await("agent and caller out of the conference").atMost(Waits.seconds(20)).until(() -> asterisk.last("Redirect", "channel: " + CALLER,
                    "context: cc-call", "exten: hold", "extrachannel: PJSIP/canc-desk-00000001", "extracontext: cc-agent", "extraexten: rejoin") != null);
            JsonObject now = contact(admin, contact);
            assertEquals("CONNECTED", now.getString("state"));
            assertFalse(now.containsKey("thirdPartyState"), now.toString());

            // dropped by the agent while it rings: hung up, the customer on hold
            assertEquals(200, ren.post("api/v1/contacts/" + contact + "/consult", Json.createObjectBuilder().add("phoneNumber", "+81355550102").build()).status());
            List<String> third2 = await("rung").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "channel: PJSIP/+81355550102@trunk"), r -> r != null);
            JsonObject cancelled = ren.post("api/v1/contacts/" + contact + "/consult/cancel", JsonValue.EMPTY_JSON_OBJECT).object();
            assertEquals("CONNECTED_ONHOLD", cancelled.getString("state"));
            await("the third party hung up").atMost(Waits.seconds(20)).until(() -> asterisk.last("Hangup", "channel: " + channelId(third2)) != null);
            assertEquals(409, ren.post("api/v1/contacts/" + contact + "/consult/transfer", JsonValue.EMPTY_JSON_OBJECT).status(), "nobody to transfer to");
            assertEquals(3, admin.get("api/v1/contact-records/" + contact).object().getJsonObject("Agent").getInt("NumberOfHolds"));
            agent.send(Json.createObjectBuilder().add("type", "end").add("contactId", contact).build());
            await("ended").atMost(Waits.seconds(20)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, contact)));
        }
    }

    @Test
    void theCustomerWhisperIsPlayedToTheCallerWhoseDialplanThenBridgesItToTheAgent() throws Exception {
        Api admin = center.api().admin();
        String whisper = FlowDocs.saying(admin, "CUSTOMER_WHISPER", "Thank you for waiting. Your agent is Ren.");
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "cwhisper", "PJSIP/cw-desk", Json.createObjectBuilder().add("CustomerWhisper", whisper).build());
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            AsteriskChannel caller = new AsteriskChannel(center.agiPort, q.number().substring(1), "+819012340103");
            caller.agi("inbound");
            String contact = caller.variables.get("CC_CONTACT_ID");
            List<String> ring = await("the agent's phone rung").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Originate", "variable: CC_CONTACT_ID=" + contact, "context: cc-agent"), r -> r != null);
            AsteriskChannel phone = new AsteriskChannel(center.agiPort, "s", "+819012340103", "PJSIP/cw-desk-00000001");
            phone.variables.putAll(variables(ring));
            List<String> answered = agi(phone, "agent");
            assertTrue(answered.contains("SET VARIABLE \"CC_ACTION\" \"WAIT\"") && !answered.contains("SET VARIABLE \"CC_ACTION\" \"BRIDGE\""),
                    "the agent's line waits for the caller to come: " + answered);
            List<String> prompts = await("the caller given its whisper").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("SetVar", "channel: " + CALLER, "variable: CC_WHISPER_PROMPTS"), r -> r != null);
            String file = prompts.stream().filter(l -> l.startsWith("value: ")).findFirst().orElseThrow().substring(7);
            assertTrue(file.startsWith("/") && java.nio.file.Files.size(java.nio.file.Path.of(file + ".wav")) > 8000, "spoken: " + prompts);
            assertTrue(asterisk.last("SetVar", "channel: " + CALLER, "variable: CC_AGENT_CHANNEL", "value: PJSIP/cw-desk-00000001") != null);
            await("the caller sent to the dialplan's whisper").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: " + CALLER, "context: cc-call", "exten: whisper") != null);
            assertTrue(asterisk.last("SetVar", "channel: " + CALLER, "variable: CC_SEQUENCE") != null,
                    "the whisper marked as said on the caller: its next continue does not say it again");
            assertEquals("CONNECTED", state(admin, contact));
            // the caller's dialplan sent the agent's line from its Wait to [cc-agent] whispered, whose Bridge() took the caller; once it ends, the agent's line asks again
            caller.variables.put("CC_ACTION", "HANGUP");
            caller.agi("hangup");
            await("after-contact work").atMost(Waits.seconds(20)).until(() -> "AFTER_CONTACT_WORK".equals(state(admin, contact)));
            assertTrue(agi(phone, "agent").contains("HANGUP"), "the agent's phone hung up once the caller left");
            agent.send(Json.createObjectBuilder().add("type", "acw-done").add("contactId", contact).build());
        }
        // no customer whisper: bridged at once by the agent's dialplan (AmiIT)
    }

    @Test
    void anAgentWhoHangsUpInTheBridgeOrEndsTheCallInTheWorkspaceLeavesTheCallerTheDisconnectFlowAtOnce() throws Exception {
        Api admin = center.api().admin();
        String goodbye = FlowDocs.saying(admin, "DISCONNECT", "Thank you for calling. Goodbye.");
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "bye", "PJSIP/bye-desk", Json.createObjectBuilder().add("CustomerRemaining", goodbye).build());
        try (JsonSocket agent = JsonSocket.available(center.port, q.agent(), "agent-pass-1")) {
            // the agent hangs up in the bridge: Bridge()'s F option sends the caller to [cc-call] bridged, which asks before the agent's h does
            Call call = connect(admin, q, "+819012340104", "PJSIP/bye-desk-00000001", "PJSIP/trunk-000000b1");
            call.caller.variables.put("CC_ACTION", "BRIDGED");
            goodbye(call.caller.agi("continue"));
            assertEquals("AGENT_DISCONNECT", contact(admin, call.contact).getString("disconnectReason"));
            call.phone.bridgeEnds.add("HANGUP");
            assertTrue(call.leg.get(30, TimeUnit.SECONDS).contains("Bridge(PJSIP/trunk-000000b1)"));
            assertEquals("AFTER_CONTACT_WORK", state(admin, call.contact));
            assertEquals("AGENT_DISCONNECT", contact(admin, call.contact).getString("disconnectReason"), "the agent's h came second: the reason stays");
            agent.send(Json.createObjectBuilder().add("type", "acw-done").add("contactId", call.contact).build());
            await("the agent free again").atMost(Waits.seconds(20)).until(() -> "ENDED".equals(state(admin, call.contact)));

            // the agent ends the call in the workspace while they talk: the caller is sent out of the bridge to continue
            Call second = connect(admin, q, "+819012340105", "PJSIP/bye-desk-00000002", "PJSIP/trunk-000000b2");
            agent.send(Json.createObjectBuilder().add("type", "end").add("contactId", second.contact).build());
            await("the caller sent to continue").atMost(Waits.seconds(20))
                    .until(() -> asterisk.last("Redirect", "channel: PJSIP/trunk-000000b2", "context: cc-call", "exten: continue", "priority: 1") != null);
            assertTrue(asterisk.last("Hangup", "channel: PJSIP/bye-desk-00000002") == null, "the agent's line hangs up itself once out of the bridge");
            second.phone.bridgeEnds.add("0");
            List<String> line = second.leg.get(30, TimeUnit.SECONDS);
            assertTrue(line.indexOf("HANGUP") > line.indexOf("Bridge(PJSIP/trunk-000000b2)"), "the agent's phone hung up after the bridge: " + line);
            goodbye(second.caller.agi("continue"));
            assertEquals("AGENT_DISCONNECT", contact(admin, second.contact).getString("disconnectReason"));
        }
    }

    /** The disconnect flow's prompt spoken to the caller, then the end — without a round of music first. */
    private static void goodbye(List<String> heard) {
        int prompt = heard.indexOf(heard.stream().filter(c -> c.startsWith("STREAM FILE") && c.contains("/")).findFirst()
                .orElseThrow(() -> new AssertionError("the disconnect flow's spoken prompt: " + heard)));
        assertTrue(heard.indexOf("HANGUP") > prompt, "then the end: " + heard);
        assertFalse(heard.contains("SET VARIABLE \"CC_ACTION\" \"HOLD\"") || heard.contains("SET VARIABLE \"CC_ACTION\" \"CONNECTED\""),
                "no music first: " + heard);
    }

    /** A call in the queue, offered, its agent's phone answered and bridged (the bridge lasts until the test ends it). */
    private record Call(String contact, AsteriskChannel phone, CompletableFuture<List<String>> leg, AsteriskChannel caller) {
    }

    private static Call connect(Api admin, VoiceIT.VoiceQueue q, String from, String phoneChannel) throws IOException {
        return connect(admin, q, from, phoneChannel, CALLER);
    }

    private static Call connect(Api admin, VoiceIT.VoiceQueue q, String from, String phoneChannel, String callerChannel) throws IOException {
        AsteriskChannel caller = new AsteriskChannel(center.agiPort, q.number().substring(1), from, callerChannel);
        caller.agi("inbound");
        String contact = caller.variables.get("CC_CONTACT_ID");
        List<String> ring = await("the agent's phone rung").atMost(Waits.seconds(20))
                .until(() -> asterisk.last("Originate", "variable: CC_CONTACT_ID=" + contact, "context: cc-agent"), r -> r != null);
        AsteriskChannel phone = new AsteriskChannel(center.agiPort, "s", from, phoneChannel);
        phone.variables.putAll(variables(ring));
        phone.bridgeEnds = new LinkedBlockingQueue<>();
        CompletableFuture<List<String>> leg = CompletableFuture.supplyAsync(() -> {
            try {
                return phone.agentLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        await("connected by answering").atMost(Waits.seconds(20)).until(() -> "CONNECTED".equals(state(admin, contact)));
        return new Call(contact, phone, leg, caller);
    }

    /** The third party's channel as Asterisk runs [cc-consult] for the Originate {@code ring}, with unique id {@code uniqueId}. */
    private static AsteriskChannel thirdParty(List<String> ring, String uniqueId) {
        AsteriskChannel third = new AsteriskChannel(center.agiPort, "s", "+81355550199", "PJSIP/trunk-00000050");
        third.uniqueId = uniqueId;
        third.variables.putAll(variables(ring));
        return third;
    }

    private static String channelId(List<String> originate) {
        return originate.stream().filter(l -> l.startsWith("channelid: ")).findFirst().orElseThrow(() -> new AssertionError(originate)).substring(11);
    }

    private static Map<String, String> variables(List<String> originate) {
        Map<String, String> v = new HashMap<>();
        originate.stream().filter(l -> l.startsWith("variable: ")).map(l -> l.substring(10).split("=", 2)).forEach(kv -> v.put(kv[0], kv[1]));
        return v;
    }

    private static List<String> agi(AsteriskChannel channel, String script) {
        try {
            return channel.agi(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject contact(Api admin, String contact) {
        return admin.get("api/v1/contacts/" + contact).object();
    }

    private static String state(Api admin, String contact) {
        return contact(admin, contact).getString("state");
    }
}
