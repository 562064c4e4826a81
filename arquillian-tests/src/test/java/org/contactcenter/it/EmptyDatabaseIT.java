package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * With the demo switched off, an empty database gets the standard agent statuses and one admin whose password
 * comes from the environment (CC_ADMIN_INITIAL_PASSWORD) — and that password is never written to the log.
 */
class EmptyDatabaseIT {

    @Test
    void withoutTheDemoAnEmptyDatabaseGetsOnlyTheFirstAdmin() throws Exception {
        String password = "first-admin-" + System.nanoTime();
        try (MicroProcess micro = MicroProcess.start("empty-database",
                MicroProcess.freshDatabase(),
                Map.of("CC_DEMO_ENABLED", "false", "CC_ADMIN_INITIAL_PASSWORD", password))) {
            Api admin = micro.api().as("admin", password);
            assertEquals(Set.of("admin"), names(admin, "users", "username"));
            assertEquals(Set.of(), names(admin, "queues", "name"));
            assertEquals(Set.of(), names(admin, "routing-profiles", "name"));
            assertEquals(Set.of("Available", "Offline"), names(admin, "agent-statuses", "name"));
            assertEquals(401, micro.api().as("admin", "admin-pass").get("api/v1/users").status(), "no demo credentials");
            assertFalse(Files.readString(micro.log).contains(password), "the initial password is not logged");
            assertTrue(Files.readString(micro.log).contains("created the user admin"));
        }
    }

    private static Set<String> names(Api api, String collection, String field) {
        Api.Answer answer = api.get("api/v1/" + collection);
        assertEquals(200, answer.status(), answer.toString());
        return answer.array().stream().map(JsonObject.class::cast).map(o -> o.getString(field))
                .collect(java.util.stream.Collectors.toSet());
    }
}
