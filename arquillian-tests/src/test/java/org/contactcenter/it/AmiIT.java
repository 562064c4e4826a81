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

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The AMI connection against an Asterisk Manager Interface that speaks the protocol as Asterisk 20 does
 * ({@link AmiSimulator}): refused logins are retried with back-off and reported, a login succeeds once Asterisk
 * accepts, a dropped connection and an Asterisk that goes away and comes back are reconnected, /health says DOWN
 * meanwhile, the center's API answers throughout, and the secret is never sent in clear nor logged.
 */
class AmiIT {
    @Test
    void theAmiConnectionLogsInWithBackOffReconnectsAndTheCenterKeepsRunningMeanwhile() throws Exception {
        String secret = "ami-" + java.util.UUID.randomUUID();
        try (AmiSimulator asterisk = AmiSimulator.start(secret)) {
            asterisk.refuseLogins = true; // as with a wrong secret in manager.conf
            List<String> settings = new ArrayList<>(MicroProcess.freshDatabase("cc_empty"));
            settings.addAll(List.of("-Dcc.ami.host=127.0.0.1", "-Dcc.ami.port=" + asterisk.port, "-Dcc.ami.username=cc", "-Dcc.ami.retry-max-seconds=2",
                    "-Dcc.ami.check-seconds=1"));
            try (MicroProcess center = MicroProcess.start("ami", settings, Map.of("CC_AMI_SECRET", secret), false)) {
                Api admin = center.api().admin();
                await("the refused login on /health").atMost(Waits.seconds(30)).until(() -> ami(center).getString("state").startsWith("login refused"));
                assertEquals("DOWN", ami(center).getString("status"));
                assertEquals(200, admin.get("api/v1/queues").status(), "the center answers without AMI");
                long refused = asterisk.logins();
                assertTrue(refused >= 1, "it tried");

                asterisk.refuseLogins = false;
                await("logged in once Asterisk accepts").atMost(Waits.seconds(30)).until(() -> "UP".equals(ami(center).getString("status")));
                assertTrue(ami(center).getString("state").startsWith("connected to 127.0.0.1:" + asterisk.port), ami(center).toString());
                assertTrue(asterisk.actions.stream().filter(a -> "Login".equalsIgnoreCase(a.get("action"))).allMatch(a -> !a.containsValue(secret)),
                        "the secret is never sent in clear (MD5 challenge)");

                long before = asterisk.logins();
                asterisk.dropConnections();
                await("logged in again after the connection dropped").atMost(Waits.seconds(60))
                        .until(() -> asterisk.logins() > before && "UP".equals(ami(center).getString("status")));

                asterisk.stop();
                await("DOWN while Asterisk is away").atMost(Waits.seconds(60)).until(() -> "DOWN".equals(ami(center).getString("status")));
                assertEquals(200, admin.get("api/v1/queues").status());
                asterisk.listen();
                await("back once Asterisk is").atMost(Waits.seconds(60)).pollInterval(Duration.ofMillis(500))
                        .until(() -> "UP".equals(ami(center).getString("status")));
                assertFalse(Files.readString(center.log, StandardCharsets.ISO_8859_1).contains(secret), "the secret is never logged");
            }
        }
    }

    private static JsonObject ami(MicroProcess center) {
        JsonObject health = center.api().anonymous().get("health").object();
        JsonObject check = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("ami"))
                .findFirst().orElseThrow(() -> new AssertionError(health.toString()));
        return jakarta.json.Json.createObjectBuilder().add("status", check.getString("status")).add("state", check.getJsonObject("data").getString("state")).build();
    }
}
