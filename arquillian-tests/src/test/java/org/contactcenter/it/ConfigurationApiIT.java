package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box tests of the configuration API on the deployed Payara Micro deployable (the WAR the build produces),
 * run once on H2 and once on PostgreSQL (see the failsafe executions). Every test makes its own names, so the
 * order of tests and leftovers of earlier runs do not matter.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class ConfigurationApiIT {

    final URL root = SharedCenter.url();
    Api api;
    Api admin;
    String unique;

    @BeforeEach
    void client() {
        api = Api.at(root.toString()).awaitReady();
        admin = api.admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    // ---------------------------------------------------------------- demo instance, health, OpenAPI, metrics

    @Test
    void demoInstanceIsVisibleThroughTheApi() {
        Api supervisor = api.as("supervisor", "supervisor-pass");
        Set<String> queues = names(supervisor.get("api/v1/queues").array(), "name");
        assertTrue(queues.containsAll(Set.of("Sales", "Support", "Billing", "agent:alice", "agent:bob", "agent:carol")), queues.toString());

        JsonObject profile = byName(supervisor.get("api/v1/routing-profiles").array(), "Sales and Support");
        String sales = api.idOf("queues", "name", "Sales");
        String support = api.idOf("queues", "name", "Support");
        JsonArray media = profile.getJsonArray("mediaConcurrencies");
        assertEquals(1, concurrency(media, "VOICE"));
        assertEquals(3, concurrency(media, "CHAT"));
        assertTrue(profile.getJsonArray("queueConfigs").stream().map(JsonObject.class::cast).anyMatch(c ->
                c.getString("queueId").equals(sales) && c.getInt("priority") == 1 && c.getInt("delay") == 0));
        assertTrue(profile.getJsonArray("queueConfigs").stream().map(JsonObject.class::cast).anyMatch(c ->
                c.getString("queueId").equals(support) && c.getInt("priority") == 2 && c.getInt("delay") == 30));

        JsonObject tokyo = byName(supervisor.get("api/v1/hours-of-operation").array(), "Business hours Tokyo");
        assertEquals("Asia/Tokyo", tokyo.getString("timeZone"));
        assertEquals(5, tokyo.getJsonArray("config").size());
        assertEquals("CLOSED", tokyo.getJsonArray("overrides").getJsonObject(0).getString("type"));
        assertNotNull(byName(supervisor.get("api/v1/hours-of-operation").array(), "24x7"));

        Set<String> users = names(supervisor.get("api/v1/users").array(), "username");
        assertTrue(users.containsAll(Set.of("admin", "supervisor", "alice", "bob", "carol")), users.toString());
        Set<String> statuses = names(supervisor.get("api/v1/agent-statuses").array(), "name");
        assertTrue(statuses.containsAll(Set.of("Available", "Offline", "Break", "Training")), statuses.toString());

        JsonObject number = supervisor.get("api/v1/phone-numbers").array().stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("phoneNumber").equals("+81312340000")).findFirst().orElseThrow();
        JsonObject flow = supervisor.get("api/v1/contact-flows/" + number.getString("contactFlowId")).object();
        assertEquals("CONTACT_FLOW", flow.getString("type"));
        assertEquals(3, names(supervisor.get("api/v1/quick-connects").array(), "name").stream()
                .filter(Set.of("Sales queue", "Alice", "Head office")::contains).count());
    }

    @Test
    void healthReportsTheDatabaseAndOpenApiAndMetricsAreServedToSupervisorsOnly() {
        Answer health = api.anonymous().get("/health");
        assertEquals(200, health.status(), health.toString());
        assertEquals("UP", health.object().getString("status"));
        assertTrue(health.object().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), health.body());
        assertTrue(health.response().headers().firstValue("Server").isEmpty(), "no Server header names the product: " + health.response().headers().map());
        for (String path : List.of("/openapi", "/metrics", "/metrics/application")) {
            Answer anonymous = api.anonymous().get(path);
            assertEquals(401, anonymous.status(), path + " anonymously: " + anonymous);
            assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.toString());
            assertEquals(403, api.as("alice", "agent-pass").get(path).status(), path + " for an agent");
        }
        Answer openapi = api.as("supervisor", "supervisor-pass").get("/openapi");
        assertEquals(200, openapi.status());
        for (String path : List.of("/api/v1/queues", "/api/v1/routing-profiles/{id}", "/api/v1/users", "/api/v1/hours-of-operation",
                "/api/v1/agent-statuses", "/api/v1/phone-numbers", "/api/v1/quick-connects", "/api/v1/contact-flows")) {
            assertTrue(openapi.body().contains("\"" + path + "\""), path + " in " + openapi.body());
        }
        assertTrue(openapi.body().contains("\"hoursOfOperationId\"") && openapi.body().contains("\"afterContactWorkTimeouts\""),
                "schemas describe every field");
        Api supervisor = api.as("supervisor", "supervisor-pass");
        Answer metrics = supervisor.send(supervisor.request("/metrics").setHeader("Accept", "text/plain"));
        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
    }

    @Test
    void rulesStatusListsTheRoutingKbaseWithItsDecisionTableRows() {
        JsonArray status = admin.get("api/v1/rules/status").object().getJsonArray("ruleBases");
        JsonObject routing = byName(status, "routing");
        List<String> rules = routing.getJsonArray("rules").getValuesAs(JsonValue::toString);
        assertTrue(rules.stream().anyMatch(r -> r.contains("VIP customer")), rules.toString());
    }

    // ---------------------------------------------------------------- CRUD of every resource

    @Test
    void hoursOfOperationCrud() {
        crud("hours-of-operation", hours("H-" + unique, "Europe/Berlin", range("MONDAY", "08:00", "12:00")),
                hours("H2-" + unique, "America/New_York", range("TUESDAY", "10:00", "16:00")),
                o -> o.getString("timeZone"), "America/New_York");
    }

    @Test
    void queueCrud() {
        String hours = api.idOf("hours-of-operation", "name", "24x7");
        crud("queues", queue("Q-" + unique, hours).add("maxContacts", 10), queue("Q2-" + unique, hours).add("maxContacts", 20),
                o -> String.valueOf(o.getInt("maxContacts")), "20");
    }

    @Test
    void routingProfileCrud() {
        String sales = api.idOf("queues", "name", "Sales");
        crud("routing-profiles", profile("P-" + unique, 2, sales, 5, 10), profile("P2-" + unique, 10, sales, 7, 60),
                o -> o.getJsonArray("queueConfigs").getJsonObject(0).getInt("priority") + "/" + concurrency(o.getJsonArray("mediaConcurrencies"), "CHAT"), "7/10");
    }

    @Test
    void agentStatusCrud() {
        crud("agent-statuses", Json.createObjectBuilder().add("name", "Lunch-" + unique),
                Json.createObjectBuilder().add("name", "Meeting-" + unique).add("state", "DISABLED"),
                o -> o.getString("state") + "/" + o.getString("type"), "DISABLED/CUSTOM");
    }

    @Test
    void contactFlowCrud() {
        crud("contact-flows", flow("F-" + unique, "CONTACT_FLOW"), flow("F2-" + unique, "CONTACT_FLOW").add("description", "changed"),
                o -> o.getString("description"), "changed");
    }

    @Test
    void phoneNumberCrud() {
        String flow = created("contact-flows", flow("PF-" + unique, "CONTACT_FLOW")).getString("id");
        String number = "+8150" + (10_000_000 + Math.abs(unique.hashCode() % 89_999_999));
        crud("phone-numbers", Json.createObjectBuilder().add("phoneNumber", number).add("contactFlowId", flow),
                Json.createObjectBuilder().add("phoneNumber", number).add("contactFlowId", flow).add("description", "renamed"),
                o -> o.getString("description"), "renamed");
    }

    @Test
    void quickConnectCrud() {
        String sales = api.idOf("queues", "name", "Sales");
        crud("quick-connects", Json.createObjectBuilder().add("name", "QC-" + unique).add("type", "QUEUE").add("queueId", sales),
                Json.createObjectBuilder().add("name", "QC2-" + unique).add("type", "PHONE_NUMBER").add("phoneNumber", "+81312345678"),
                o -> o.getString("type") + "/" + o.containsKey("queueId"), "PHONE_NUMBER/false");
    }

    @Test
    void userCrudWithAgentQueueAndHashedPassword() {
        String profile = api.idOf("routing-profiles", "name", "Sales and Support");
        JsonObject agent = created("users", user("u-" + unique, "first-pass", "AGENT").add("routingProfileId", profile)
                .add("afterContactWorkTimeouts", Json.createObjectBuilder().add("voice", 20).add("chat", 0)));
        assertFalse(agent.containsKey("password"), "passwords are never returned");
        String agentQueue = agent.getString("agentQueueId");
        JsonObject queue = admin.get("api/v1/queues/" + agentQueue).object();
        assertEquals("AGENT", queue.getString("type"));
        assertEquals("agent:u-" + unique, queue.getString("name"));
        assertEquals(409, admin.delete("api/v1/queues/" + agentQueue).status(), "an agent queue goes only with its agent");

        // the new user can sign in (the identity store verifies the PBKDF2 hash); a wrong password cannot
        JsonObject admin2 = created("users", user("a-" + unique, "admin2-pass", "ADMIN"));
        assertEquals(200, api.as("a-" + unique, "admin2-pass").get("api/v1/queues").status());
        assertEquals(401, api.as("a-" + unique, "wrong-pass").get("api/v1/queues").status());

        // rename and change the password; the agent queue follows the name
        Answer updated = admin.put("api/v1/users/" + agent.getString("id"), user("v-" + unique, "second-pass", "AGENT")
                .add("routingProfileId", profile).build());
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("agent:v-" + unique, admin.get("api/v1/queues/" + agentQueue).object().getString("name"));
        assertEquals(0, admin.get("api/v1/users/" + agent.getString("id")).object().getJsonObject("afterContactWorkTimeouts").getInt("voice"),
                "a PUT replaces the whole user: ACW timeouts left out go back to 0");

        assertEquals(204, admin.delete("api/v1/users/" + agent.getString("id")).status());
        assertEquals(404, admin.get("api/v1/queues/" + agentQueue).status(), "the agent queue is removed with its agent");
        assertEquals(204, admin.delete("api/v1/users/" + admin2.getString("id")).status());
        assertEquals(401, api.as("a-" + unique, "admin2-pass").get("api/v1/queues").status(), "a deleted user cannot sign in");
    }

    @Test
    void quickTablesStoreItemsByKeyWithTheirWriteTime() {
        crud("quick-tables", Json.createObjectBuilder().add("name", "Callers-" + unique),
                Json.createObjectBuilder().add("name", "Callers2-" + unique).add("description", "last queue per caller"),
                o -> o.getString("description"), "last queue per caller");

        String table = created("quick-tables", Json.createObjectBuilder().add("name", "T-" + unique)).getString("id");
        Answer put = admin.put("api/v1/quick-tables/" + table + "/items/+819011112222",
                Json.createObjectBuilder().add("lastQueue", "Sales").add("calls", "1").build());
        assertEquals(200, put.status(), put.toString());
        JsonObject item = admin.get("api/v1/quick-tables/" + table + "/items/+819011112222").object();
        assertEquals("Sales", item.getJsonObject("value").getString("lastQueue"));
        assertNotNull(item.getString("updatedAt"));
        admin.put("api/v1/quick-tables/" + table + "/items/+819011112222", Json.createObjectBuilder().add("lastQueue", "Support").build());
        JsonObject replaced = admin.get("api/v1/quick-tables/" + table + "/items/+819011112222").object();
        assertEquals("Support", replaced.getJsonObject("value").getString("lastQueue"));
        assertFalse(replaced.getJsonObject("value").containsKey("calls"), "a write replaces the item");
        assertEquals(1, admin.get("api/v1/quick-tables/" + table + "/items").array().size());

        assertProblem(admin.put("api/v1/quick-tables/" + table + "/items/k", "[1]"), 400);
        assertProblem(admin.put("api/v1/quick-tables/" + table + "/items/" + "k".repeat(300), Json.createObjectBuilder().build()), 400);
        assertProblem(admin.put("api/v1/quick-tables/no-such-table/items/k", Json.createObjectBuilder().build()), 404);
        assertProblem(admin.get("api/v1/quick-tables/" + table + "/items/nobody"), 404);
        assertProblem(api.as("supervisor", "supervisor-pass").put("api/v1/quick-tables/" + table + "/items/k",
                Json.createObjectBuilder().build()), 403);

        assertEquals(204, admin.delete("api/v1/quick-tables/" + table + "/items/+819011112222").status());
        assertEquals(0, admin.get("api/v1/quick-tables/" + table + "/items").array().size());
        admin.put("api/v1/quick-tables/" + table + "/items/again", Json.createObjectBuilder().add("a", "b").build());
        assertEquals(204, admin.delete("api/v1/quick-tables/" + table).status(), "a table goes with its items");
        assertProblem(admin.get("api/v1/quick-tables/" + table + "/items/again"), 404);
    }

    @Test
    void externalFunctionsAreCalledAsAFlowWouldWithTheirTimeout() throws Exception {
        String lookupUrl = "http://127.0.0.1:" + root.getPort() + "/api/v1/demo/customer-lookup";
        crud("external-functions", function("F-" + unique, lookupUrl, 2000), function("F2-" + unique, lookupUrl, 500),
                o -> String.valueOf(o.getInt("timeoutMillis")), "500");

        String lookup = created("external-functions", function("Lookup-" + unique, lookupUrl, 3000)).getString("id");
        Answer known = admin.post("api/v1/external-functions/" + lookup + "/invocations",
                Json.createObjectBuilder().add("customerNumber", "+819011112222").build());
        assertEquals(200, known.status(), known.toString());
        assertEquals("Hanako Yamada", known.object().getString("name"));
        assertEquals("GOLD", known.object().getString("membershipLevel"));
        assertEquals("false", admin.post("api/v1/external-functions/" + lookup + "/invocations",
                Json.createObjectBuilder().add("customerNumber", "+810000000000").build()).object().getString("found"));

        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            // accepts connections (backlog) but never answers: the call must give up after its timeout
            String slow = created("external-functions", function("Slow-" + unique, "http://127.0.0.1:" + silent.getLocalPort() + "/", 300)).getString("id");
            Answer timedOut = admin.post("api/v1/external-functions/" + slow + "/invocations", Json.createObjectBuilder().build());
            assertProblem(timedOut, 502);
            assertTrue(timedOut.body().contains("incident") && !timedOut.body().contains("300 ms"), "the reason is logged, not told: " + timedOut.body());
        }
        String notJson = created("external-functions", function("NotJson-" + unique, "http://127.0.0.1:" + root.getPort() + "/index.html", 2000)).getString("id");
        assertProblem(admin.post("api/v1/external-functions/" + notJson + "/invocations", Json.createObjectBuilder().build()), 502);

        invalid("external-functions", function("Bad-" + unique, "ftp://example.org/x", 1000), "url");
        invalid("external-functions", function("Bad-" + unique, "http://crm:s3cret@example.org/x", 1000), "url");
        invalid("external-functions", function("Bad-" + unique, "http://169.254.169.254/latest/meta-data/", 1000), "url");
        invalid("external-functions", function("Bad-" + unique, "http://[fe80::1]/x", 1000), "url");
        invalid("external-functions", function("Bad-" + unique, lookupUrl, 9000), "timeoutMillis");
    }

    static JsonObjectBuilder function(String name, String url, int timeoutMillis) {
        return Json.createObjectBuilder().add("name", name).add("url", url).add("timeoutMillis", timeoutMillis);
    }

    // ---------------------------------------------------------------- bad input: 4xx problem+json, nothing written

    @Test
    void routingProfileRejectsOutOfRangeValuesNamingTheField() {
        String sales = api.idOf("queues", "name", "Sales");
        invalid("routing-profiles", profile("bad-" + unique, 3, sales, 0, 0), "queueConfigs[0].priority");
        invalid("routing-profiles", profile("bad-" + unique, 3, sales, 100, 0), "queueConfigs[0].priority");
        invalid("routing-profiles", profile("bad-" + unique, 3, sales, 5, -1), "queueConfigs[0].delay");
        invalid("routing-profiles", profile("bad-" + unique, 3, sales, 5, 10_000), "queueConfigs[0].delay");
        invalid("routing-profiles", profile("bad-" + unique, 11, sales, 5, 0), "mediaConcurrencies[1].concurrency");
        invalid("routing-profiles", profile("bad-" + unique, 0, sales, 5, 0), "mediaConcurrencies[1].concurrency");
        JsonObjectBuilder voiceTwo = profile("bad-" + unique, 3, sales, 5, 0).add("mediaConcurrencies", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("channel", "VOICE").add("concurrency", 2)));
        invalid("routing-profiles", voiceTwo, "mediaConcurrencies[0].concurrency");
        invalid("routing-profiles", profile("bad-" + unique, 3, "no-such-queue", 5, 0), "queueConfigs[0].queueId");
        invalid("routing-profiles", profile("bad-" + unique, 3, sales, 5, 0).add("defaultOutboundQueueId", "nope"), "defaultOutboundQueueId");
        assertFalse(names(admin.get("api/v1/routing-profiles").array(), "name").contains("bad-" + unique));
    }

    @Test
    void hoursRejectOverlappingInvertedRangesAndUnknownZones() {
        invalid("hours-of-operation", hours("bad-" + unique, "Mars/Olympus", range("MONDAY", "09:00", "17:00")), "timeZone");
        invalid("hours-of-operation", hours("bad-" + unique, "Asia/Tokyo", range("MONDAY", "17:00", "09:00")), "config[0].end");
        invalid("hours-of-operation", hours("bad-" + unique, "Asia/Tokyo", range("MONDAY", "09:00", "17:00"), range("MONDAY", "12:00", "20:00")), "config[1]");
        invalid("hours-of-operation", hours("bad-" + unique, "Asia/Tokyo", range("MONDAY", "9am", "17:00")), "config[0].start");
        JsonObjectBuilder badOverride = hours("bad-" + unique, "Asia/Tokyo", range("MONDAY", "09:00", "17:00")).add("overrides",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "x").add("startDate", "2030-01-05").add("endDate", "2030-01-01").add("type", "CLOSED")));
        invalid("hours-of-operation", badOverride, "overrides[0].endDate");
        assertFalse(names(admin.get("api/v1/hours-of-operation").array(), "name").contains("bad-" + unique));
    }

    @Test
    void unknownReferencesDuplicatesAndRequiredFields() {
        invalid("queues", queue("bad-" + unique, "no-such-hours"), "hoursOfOperationId");
        invalid("queues", Json.createObjectBuilder().add("hoursOfOperationId", api.idOf("hours-of-operation", "name", "24x7")), "name");
        invalid("users", user("bad-" + unique, "long-enough", "AGENT").add("routingProfileId", "no-such-profile"), "routingProfileId");
        invalid("users", user("bad-" + unique, "long-enough", "AGENT"), "routingProfileId");
        invalid("users", user("bad-" + unique, "short", "ADMIN"), "password");
        invalid("phone-numbers", Json.createObjectBuilder().add("phoneNumber", "0312345678").add("contactFlowId", "x"), "phoneNumber");

        Answer duplicate = admin.post("api/v1/queues", queue("Sales", api.idOf("hours-of-operation", "name", "24x7")).build());
        assertProblem(duplicate, 409);
        assertEquals("name", duplicate.object().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(1, admin.get("api/v1/queues").array().stream().map(JsonObject.class::cast).filter(q -> q.getString("name").equals("Sales")).count());
        assertProblem(admin.get("api/v1/queues/does-not-exist"), 404);
        assertProblem(admin.put("api/v1/queues/does-not-exist", queue("x", "y").build()), 404);
    }

    @Test
    void malformedJsonWrongContentTypeAndOversizedBodiesAreRefused() {
        int before = admin.get("api/v1/queues").array().size();
        assertProblem(admin.post("api/v1/queues", "{\"name\": \"broken-" + unique + "\","), 400);
        assertProblem(admin.post("api/v1/queues", "[1,2,3]"), 400);
        assertProblem(admin.post("api/v1/queues", "{\"name\":\"x-" + unique + "\",\"type\":\"NO_SUCH_TYPE\"}"), 400);
        assertProblem(admin.send(admin.request("api/v1/queues").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))), 415);
        String huge = "{\"name\":\"big-" + unique + "\",\"description\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(admin.post("api/v1/queues", huge), 413);
        // the same body without a Content-Length (streamed) is cut off at 1 MiB too
        HttpRequest.BodyPublisher streamed = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes()));
        assertProblem(admin.send(admin.request("api/v1/queues").header("Content-Type", "application/json").POST(streamed)), 413);
        assertEquals(before, admin.get("api/v1/queues").array().size(), "nothing was written");
    }

    @Test
    void deletingSomethingStillReferencedAnswers409NamingTheReferrer() {
        String tokyo = api.idOf("hours-of-operation", "name", "Business hours Tokyo");
        Answer hours = admin.delete("api/v1/hours-of-operation/" + tokyo);
        assertProblem(hours, 409);
        assertTrue(hours.object().getJsonArray("referencedBy").toString().contains("queue Sales"), hours.body());

        Answer queue = admin.delete("api/v1/queues/" + api.idOf("queues", "name", "Support"));
        assertProblem(queue, 409);
        assertTrue(queue.body().contains("routing profile Sales and Support"), queue.body());

        Answer profile = admin.delete("api/v1/routing-profiles/" + api.idOf("routing-profiles", "name", "Sales and Support"));
        assertProblem(profile, 409);
        assertTrue(profile.body().contains("user alice"), profile.body());

        String flow = admin.get("api/v1/phone-numbers").array().getJsonObject(0).getString("contactFlowId");
        Answer flowDelete = admin.delete("api/v1/contact-flows/" + flow);
        assertProblem(flowDelete, 409);
        assertTrue(flowDelete.body().contains("phone number"), flowDelete.body());

        Answer available = admin.delete("api/v1/agent-statuses/" + api.idOf("agent-statuses", "name", "Available"));
        assertProblem(available, 409);
        assertEquals(200, admin.get("api/v1/hours-of-operation/" + tokyo).status(), "nothing was deleted");
    }

    // ---------------------------------------------------------------- security

    @Test
    void anonymousCallsGet401AndWrongRolesGet403() {
        Answer anonymous = api.anonymous().get("api/v1/queues");
        assertProblem(anonymous, 401);
        assertTrue(anonymous.response().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, api.as("admin", "not-the-password").get("api/v1/queues").status());
        assertProblem(api.as("alice", "agent-pass").get("api/v1/queues"), 403);
        assertProblem(api.as("alice", "agent-pass").get("api/v1/users"), 403);
        assertEquals(200, api.as("supervisor", "supervisor-pass").get("api/v1/users").status());
        assertProblem(api.as("supervisor", "supervisor-pass").post("api/v1/agent-statuses",
                Json.createObjectBuilder().add("name", "sup-" + unique).build()), 403);
        assertProblem(api.anonymous().post("api/v1/agent-statuses", Json.createObjectBuilder().add("name", "anon-" + unique).build()), 401);
        assertFalse(names(admin.get("api/v1/agent-statuses").array(), "name").contains("sup-" + unique));
    }

    // ---------------------------------------------------------------- helpers

    private void crud(String collection, JsonObjectBuilder create, JsonObjectBuilder update, Function<JsonObject, String> changed, String expected) {
        JsonObject made = created(collection, create);
        String id = made.getString("id");
        assertEquals(made, admin.get("api/v1/" + collection + "/" + id).object());
        assertTrue(names(admin.get("api/v1/" + collection).array(), "id").contains(id));
        Answer updated = admin.put("api/v1/" + collection + "/" + id, update.build());
        assertEquals(200, updated.status(), updated.toString());
        assertEquals(expected, changed.apply(admin.get("api/v1/" + collection + "/" + id).object()));
        assertEquals(204, admin.delete("api/v1/" + collection + "/" + id).status());
        assertProblem(admin.get("api/v1/" + collection + "/" + id), 404);
        assertProblem(admin.delete("api/v1/" + collection + "/" + id), 404);
    }

    private JsonObject created(String collection, JsonObjectBuilder body) {
        Answer answer = admin.post("api/v1/" + collection, body.build());
        assertEquals(201, answer.status(), answer.toString());
        String location = answer.response().headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/" + collection + "/" + answer.object().getString("id")), location);
        return answer.object();
    }

    private void invalid(String collection, JsonObjectBuilder body, String field) {
        Answer answer = admin.post("api/v1/" + collection, body.build());
        assertProblem(answer, 400);
        Set<String> fields = answer.object().getJsonArray("violations").stream().map(JsonObject.class::cast)
                .map(v -> v.getString("field")).collect(Collectors.toSet());
        assertTrue(fields.contains(field), "expected a violation of " + field + " in " + answer.body());
    }

    static void assertProblem(Answer answer, int status) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals(status, answer.object().getInt("status"));
        assertFalse(answer.body().contains("\tat ") || answer.body().contains("Exception:"), "no stack trace: " + answer.body());
    }

    static Set<String> names(JsonArray array, String field) {
        return array.stream().map(JsonObject.class::cast).map(o -> o.getString(field, "")).collect(Collectors.toSet());
    }

    static JsonObject byName(JsonArray array, String name) {
        return array.stream().map(JsonObject.class::cast).filter(o -> name.equals(o.getString("name", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + array));
    }

    static int concurrency(JsonArray media, String channel) {
        return media.stream().map(JsonObject.class::cast).filter(m -> m.getString("channel").equals(channel))
                .findFirst().orElseThrow().getInt("concurrency");
    }

    static JsonObjectBuilder range(String day, String start, String end) {
        return Json.createObjectBuilder().add("day", day).add("start", start).add("end", end);
    }

    static JsonObjectBuilder hours(String name, String zone, JsonObjectBuilder... ranges) {
        var config = Json.createArrayBuilder();
        for (JsonObjectBuilder r : ranges) {
            config.add(r);
        }
        return Json.createObjectBuilder().add("name", name).add("timeZone", zone).add("config", config);
    }

    static JsonObjectBuilder queue(String name, String hoursId) {
        return Json.createObjectBuilder().add("name", name).add("hoursOfOperationId", hoursId);
    }

    static JsonObjectBuilder profile(String name, int chats, String queueId, int priority, int delay) {
        return Json.createObjectBuilder().add("name", name)
                .add("mediaConcurrencies", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("channel", "VOICE").add("concurrency", 1))
                        .add(Json.createObjectBuilder().add("channel", "CHAT").add("concurrency", chats).add("crossChannelBehavior", "ROUTE_ANY_CHANNEL")))
                .add("queueConfigs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("queueId", queueId)
                        .add("channel", "CHAT").add("priority", priority).add("delay", delay)))
                .add("defaultOutboundQueueId", queueId);
    }

    static JsonObjectBuilder flow(String name, String type) {
        return Json.createObjectBuilder().add("name", name).add("type", type)
                .add("content", Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", "end")
                        .add("Actions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Identifier", "end")
                                .add("Type", "DisconnectParticipant").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                                .add("Transitions", JsonValue.EMPTY_JSON_OBJECT))));
    }

    static JsonObjectBuilder user(String username, String password, String role) {
        return Json.createObjectBuilder().add("username", username).add("password", password)
                .add("roles", Json.createArrayBuilder().add(role)).add("phoneType", "SOFT_PHONE");
    }
}
