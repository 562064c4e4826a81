package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;

/**
 * What a chat test needs of its own: a queue (24x7), a routing profile with two chat slots on it, an agent "Fay"
 * (password agent-pass-1) and a published flow — a welcome, a question with the options sales / support, the queue.
 */
record ChatFixture(String queue, String agent, String flow) {
    static ChatFixture create(Api admin, String unique) {
        return create(admin, unique, false);
    }

    /** With {@code queueFlow}, the flow first sets the demo's customer queue flow (position, estimated wait, hold messages). */
    static ChatFixture create(Api admin, String unique, boolean queueFlow) {
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        String queue = created(admin, "queues", ConfigurationApiIT.queue("CQ-" + unique, hours)).getString("id");
        String profile = created(admin, "routing-profiles", ConfigurationApiIT.profile("CP-" + unique, 2, queue, 1, 0)).getString("id");
        String agent = "ca-" + unique;
        created(admin, "users", ConfigurationApiIT.user(agent, "agent-pass-1", "AGENT").add("firstName", "Fay").add("routingProfileId", profile));
        var actions = Json.createArrayBuilder();
        if (queueFlow) {
            actions.add(action("hooks", "UpdateContactEventHooks", Json.createObjectBuilder().add("EventHooks", Json.createObjectBuilder()
                    .add("CustomerQueue", admin.idOf("contact-flows", "name", "Demo customer queue"))), "hello"));
        }
        JsonObject content = Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", queueFlow ? "hooks" : "hello").add("Actions", actions
                .add(action("hello", "MessageParticipant", Json.createObjectBuilder().add("Text", "Welcome to the chat."), "ask"))
                .add(Json.createObjectBuilder().add("Identifier", "ask").add("Type", "GetParticipantInput")
                        .add("Parameters", Json.createObjectBuilder().add("Text", "Sales or support?"))
                        .add("Transitions", Json.createObjectBuilder()
                                .add("Conditions", Json.createArrayBuilder()
                                        .add(condition("queue", "1", "sales")).add(condition("queue", "2", "support")))
                                .add("Errors", Json.createArrayBuilder().add(error("InputTimeLimitExceeded", "queue"))
                                        .add(error("NoMatchingCondition", "ask")).add(error("NoMatchingError", "queue")))))
                .add(action("queue", "UpdateContactTargetQueue", Json.createObjectBuilder().add("QueueId", queue), "transfer"))
                .add(Json.createObjectBuilder().add("Identifier", "transfer").add("Type", "TransferContactToQueue").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("Transitions", Json.createObjectBuilder().add("Errors", Json.createArrayBuilder()
                                .add(error("QueueAtCapacity", "bye")).add(error("NoMatchingError", "bye")))))
                .add(Json.createObjectBuilder().add("Identifier", "bye").add("Type", "DisconnectParticipant").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("Transitions", JsonValue.EMPTY_JSON_OBJECT))).build();
        String flow = created(admin, "contact-flows", Json.createObjectBuilder().add("name", "CF-" + unique).add("type", "CONTACT_FLOW").add("content", content)).getString("id");
        assertEquals(200, admin.post("api/v1/contact-flows/" + flow + "/publish", JsonValue.EMPTY_JSON_OBJECT).status());
        return new ChatFixture(queue, agent, flow);
    }

    private static JsonObject created(Api admin, String collection, JsonObjectBuilder body) {
        Answer answer = admin.post("api/v1/" + collection, body.build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }

    static JsonObject action(String id, String type, JsonObjectBuilder parameters, String next) {
        return Json.createObjectBuilder().add("Identifier", id).add("Type", type).add("Parameters", parameters)
                .add("Transitions", Json.createObjectBuilder().add("NextAction", next).add("Errors", Json.createArrayBuilder().add(error("NoMatchingError", next))))
                .build();
    }

    private static JsonObjectBuilder condition(String next, String... operands) {
        var list = Json.createArrayBuilder();
        for (String o : operands) {
            list.add(o);
        }
        return Json.createObjectBuilder().add("NextAction", next).add("Condition", Json.createObjectBuilder().add("Operator", "Equals").add("Operands", list));
    }

    static JsonObjectBuilder error(String type, String next) {
        return Json.createObjectBuilder().add("ErrorType", type).add("NextAction", next);
    }
}
