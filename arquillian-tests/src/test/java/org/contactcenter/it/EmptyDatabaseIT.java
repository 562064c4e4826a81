package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * With the demo switched off, an empty database gets the standard agent statuses and one admin whose password
 * comes from the environment (CC_ADMIN_INITIAL_PASSWORD) — and that password is never written to the log. The same
 * center finds its FastAGI port taken (as a second center on one machine would): it says so once, clearly, and
 * reports itself DOWN while the API still works.
 */
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class EmptyDatabaseIT {

    @Test
    void withoutTheDemoAnEmptyDatabaseGetsOnlyTheFirstAdmin() throws Exception {
        String password = "first-admin-" + System.nanoTime();
        List<String> properties = new ArrayList<>(MicroProcess.freshDatabase("cc_empty"));
        try (ServerSocket taken = new ServerSocket(0)) {
            properties.add("-Dcc.agi.port=" + taken.getLocalPort());
            try (MicroProcess micro = MicroProcess.start("empty-database", properties,
                    Map.of("CC_DEMO_ENABLED", "false", "CC_ADMIN_INITIAL_PASSWORD", password), false)) {
                firstAdminOnly(micro, password);
                fastAgiPortTaken(micro, taken.getLocalPort());
            }
        }
    }

    private static void fastAgiPortTaken(MicroProcess micro, int port) throws Exception {
        String log = Files.readString(micro.log);
        assertEquals(1, log.split("FastAGI cannot listen on 127.0.0.1:" + port, -1).length - 1, "said once");
        assertFalse(log.contains("FastAGI server listening"), "never claims to listen");
        Api.Answer health = micro.api().anonymous().get("health");
        assertEquals(503, health.status(), health.toString());
        JsonObject fastagi = health.object().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("fastagi")).findFirst().orElseThrow();
        assertEquals("DOWN", fastagi.getString("status"));
    }

    private static void firstAdminOnly(MicroProcess micro, String password) throws Exception {
        Api admin = micro.api().as("admin", password);
        assertEquals(Set.of("admin"), names(admin, "users", "username"));
        assertEquals(Set.of(), names(admin, "queues", "name"));
        assertEquals(Set.of(), names(admin, "routing-profiles", "name"));
        assertEquals(Set.of("Available", "Offline"), names(admin, "agent-statuses", "name"));
        assertEquals(401, micro.api().as("admin", "admin-pass").get("api/v1/users").status(), "no demo credentials");
        assertFalse(Files.readString(micro.log).contains(password), "the initial password is not logged");
        assertTrue(Files.readString(micro.log).contains("created the user admin"));
    }

    private static Set<String> names(Api api, String collection, String field) {
        Api.Answer answer = api.get("api/v1/" + collection);
        assertEquals(200, answer.status(), answer.toString());
        return answer.array().stream().map(JsonObject.class::cast).map(o -> o.getString(field))
                .collect(java.util.stream.Collectors.toSet());
    }
}
