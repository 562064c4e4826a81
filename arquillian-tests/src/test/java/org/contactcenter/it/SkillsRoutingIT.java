package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing criteria (Amazon Connect's proficiencies) through the deployed center: agents' proficiencies over the users
 * API, contacts queued with routing criteria over REST, offers on real agent sockets. Every test has its own queue,
 * profile and agents.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class SkillsRoutingIT {
    final URL root = SharedCenter.url();
    Api admin;
    int port;
    String queueId;
    String english;
    String japanese;

    @BeforeEach
    void ownQueueProfileAndAgents() {
        admin = Api.at(root.toString()).awaitReady().admin();
        port = root.getPort();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        queueId = admin.created("queues", Json.createObjectBuilder().add("name", "SQ-" + unique).add("hoursOfOperationId", hours)).getString("id");
        String profileId = admin.created("routing-profiles", ConfigurationApiIT.profile("SP-" + unique, 1, queueId, 1, 0)).getString("id");
        english = "en-" + unique;
        japanese = "ja-" + unique;
        admin.created("users", ConfigurationApiIT.user(english, "agent-pass-1", "AGENT").add("routingProfileId", profileId)
                .add("proficiencies", Json.createArrayBuilder().add(proficiency("Language", "English", 5))));
        admin.created("users", ConfigurationApiIT.user(japanese, "agent-pass-1", "AGENT").add("routingProfileId", profileId)
                .add("proficiencies", Json.createArrayBuilder().add(proficiency("Language", "Japanese", 4)).add(proficiency("Product", "Billing", 2))));
    }

    @Test
    void aContactGoesToTheAgentWhoMeetsItsStepThenTheStepIsRelaxedWhenItExpires() throws Exception {
        try (JsonSocket en = JsonSocket.available(port, english, "agent-pass-1");
                JsonSocket ja = JsonSocket.available(port, japanese, "agent-pass-1")) {
            // the English speaker has been idle longer, but the contact asks for Japanese at level 3 or more
            JsonObject first = queue(criteria(step(condition("Language", "Japanese", 3), 60)));
            assertEquals(first.getString("id"), ja.awaitType("offer").getJsonObject("contact").getString("id"));
            JsonObject stored = contact(first.getString("id"));
            assertEquals("Japanese", stored.getJsonObject("routingCriteria").getJsonArray("Steps").getJsonObject(0)
                    .getJsonObject("Expression").getJsonObject("AttributeCondition").getString("Value"));
            ja.send(answer("accept", first.getString("id")));
            ja.await("ack of accept", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));

            // the only Japanese speaker is busy: the contact waits for its 2 s step, then any agent may take it
            String second = queue(criteria(step(condition("Language", "Japanese", 3), 2))).getString("id");
            assertEquals("WAITING", contact(second).getString("state"));
            assertEquals(second, en.awaitType("offer").getJsonObject("contact").getString("id"), "offered once the step expired");
        }
    }

    @Test
    void anAndNeedsEveryProficiencyAndCriteriaSetWhileWaitingApplyAtOnce() throws Exception {
        try (JsonSocket en = JsonSocket.available(port, english, "agent-pass-1")) {
            JsonObject both = Json.createObjectBuilder().add("AndExpression", Json.createArrayBuilder()
                    .add(condition("Language", "Japanese", 1)).add(condition("Product", "Billing", 2))).build();
            String id = queue(criteria(step(both, null))).getString("id");
            assertEquals("WAITING", contact(id).getString("state"), "no English speaker takes it");
            try (JsonSocket ja = JsonSocket.available(port, japanese, "agent-pass-1")) {
                assertEquals(id, ja.awaitType("offer").getJsonObject("contact").getString("id"));
                ja.send(answer("reject", id));
                ja.await("ack of reject", m -> m.getString("type").equals("ack"));
            }
            Answer changed = admin.put("api/v1/contacts/" + id + "/routing-criteria", criteria(step(condition("Language", "English", 4), null)));
            assertEquals(200, changed.status(), changed.toString());
            assertEquals(id, en.awaitType("offer").getJsonObject("contact").getString("id"), "the new criteria apply at once");
            Answer notWaiting = admin.put("api/v1/contacts/" + id + "/routing-criteria", criteria(step(condition("Language", "English", 1), null)));
            assertEquals(409, notWaiting.status(), notWaiting.toString());
        }
    }

    @Test
    void badCriteriaAndBadProficienciesAreRefusedNamingTheField() {
        Answer level = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")
                .add("routingCriteria", criteria(step(condition("Language", "Japanese", 7), null))).build());
        assertProblem(level, 400, "routingCriteria.Steps[0].Expression.AttributeCondition.ProficiencyLevel");
        Answer noExpiry = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")
                .add("routingCriteria", Json.createObjectBuilder().add("Steps", Json.createArrayBuilder()
                        .add(step(condition("Language", "Japanese", 4), null)).add(step(condition("Language", "Japanese", 1), null)))).build());
        assertProblem(noExpiry, 400, "routingCriteria.Steps");
        Answer two = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")
                .add("routingCriteria", Json.createObjectBuilder().add("Steps", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("Expression", Json.createObjectBuilder().add("AttributeCondition", condition("Language", "Japanese", 1).getJsonObject("AttributeCondition"))
                                .add("OrExpression", Json.createArrayBuilder().add(condition("Language", "English", 1))))))).build());
        assertProblem(two, 400, "routingCriteria.Steps[0].Expression");
        Answer wraps = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")
                .add("routingCriteria", Json.createObjectBuilder().add("Steps", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("Expression", condition("Language", "Japanese", 1)).add("Expiry", Json.createObjectBuilder()
                                .add("DurationInSeconds", new java.math.BigDecimal("1e12")))))).build());
        assertProblem(wraps, 400, "routingCriteria.Steps[0].Expiry.DurationInSeconds");
        assertEquals(0, admin.get("api/v1/queues/" + queueId + "/contacts").array().size(), "nothing was queued");

        String id = admin.idOf("users", "username", english);
        JsonObject user = admin.get("api/v1/users/" + id).object();
        assertEquals("English", user.getJsonArray("proficiencies").getJsonObject(0).getString("value"));
        JsonObjectBuilder twice = Json.createObjectBuilder(user).remove("id").remove("agentQueueId")
                .add("proficiencies", Json.createArrayBuilder().add(proficiency("Language", "English", 5)).add(proficiency("Language", "English", 2)));
        assertProblem(admin.put("api/v1/users/" + id, twice.build()), 400, "proficiencies");
        JsonObjectBuilder high = Json.createObjectBuilder(user).remove("id").remove("agentQueueId")
                .add("proficiencies", Json.createArrayBuilder().add(proficiency("Language", "English", 6)));
        assertProblem(admin.put("api/v1/users/" + id, high.build()), 400, "proficiencies[0].level");
        assertEquals(5, admin.get("api/v1/users/" + id).object().getJsonArray("proficiencies").getJsonObject(0).getInt("level"), "unchanged");
    }

    /** A problem+json answer whose first violation names {@code field}. */
    static void assertProblem(Answer answer, int status, String field) {
        ConfigurationApiIT.assertProblem(answer, status);
        assertEquals(field, answer.object().getJsonArray("violations").getJsonObject(0).getString("field"), answer.toString());
    }


    static JsonObject condition(String name, String value, int level) {
        return Json.createObjectBuilder().add("AttributeCondition", Json.createObjectBuilder().add("Name", name).add("Value", value)
                .add("ProficiencyLevel", (double) level).add("ComparisonOperator", "NumberGreaterOrEqualTo")).build();
    }

    static JsonObject step(JsonObject expression, Integer expirySeconds) {
        JsonObjectBuilder step = Json.createObjectBuilder().add("Expression", expression);
        if (expirySeconds != null) {
            step.add("Expiry", Json.createObjectBuilder().add("DurationInSeconds", expirySeconds));
        }
        return step.build();
    }

    static JsonObject criteria(JsonObject... steps) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject s : steps) {
            list.add(s);
        }
        return Json.createObjectBuilder().add("Steps", list).build();
    }

    private static JsonObjectBuilder proficiency(String name, String value, int level) {
        return Json.createObjectBuilder().add("name", name).add("value", value).add("level", level);
    }

    private JsonObject queue(JsonObject criteria) {
        Answer answer = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")
                .add("routingCriteria", criteria).build());
        assertEquals(201, answer.status(), answer.toString());
        assertTrue(answer.object().containsKey("routingCriteria"), answer.toString());
        return answer.object();
    }

    private JsonObject contact(String id) {
        return admin.get("api/v1/contacts/" + id).object();
    }


    private static JsonObject answer(String type, String contactId) {
        return Json.createObjectBuilder().add("type", type).add("contactId", contactId).build();
    }
}
