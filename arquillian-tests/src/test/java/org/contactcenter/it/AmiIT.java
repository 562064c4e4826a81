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
                "-Dcc.ami.check-seconds=1"));
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
        asterisk.listen();
        await("back once Asterisk is").atMost(Waits.seconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> "UP".equals(ami().getString("status")));
        assertFalse(Files.readString(center.log, StandardCharsets.ISO_8859_1).contains(SECRET), "the secret is never logged");
    }

    @Test
    @Order(2)
    void anOfferedCallRingsTheAgentsPhoneAndAnsweringItBridgesTheCaller() throws Exception {
        await("AMI up").atMost(Waits.seconds(60)).until(() -> "UP".equals(ami().getString("status")));
        Api admin = center.api().admin();
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "ami", "PJSIP/ren-desk");
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
            List<String> leg = phone.agi("agent");
            assertTrue(leg.contains("EXEC \"Bridge\" \"PJSIP/trunk-0000002a\""), "agent and caller bridged: " + leg);
            JsonObject record = admin.get("api/v1/contact-records/" + contact).object();
            assertEquals(q.agent(), record.getJsonObject("Agent").getString("Username"), "accepted by answering the phone");
            // the simulated bridge returns at once: the agent's side has ended the call
            await("after-contact work once the bridge ends").atMost(Waits.seconds(10))
                    .until(() -> "AFTER_CONTACT_WORK".equals(admin.get("api/v1/contacts/" + contact).object().getString("state")));
        }
    }

    private static JsonObject ami() {
        JsonObject health = center.api().anonymous().get("health").object();
        JsonObject check = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("ami"))
                .findFirst().orElseThrow(() -> new AssertionError(health.toString()));
        return Json.createObjectBuilder().add("status", check.getString("status")).add("state", check.getJsonObject("data").getString("state")).build();
    }
}
