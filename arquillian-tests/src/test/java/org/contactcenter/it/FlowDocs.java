package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Contact flow documents for tests (the format of docs/FLOWS.md), and publishing them through the API. */
final class FlowDocs {
    private FlowDocs() {
    }

    static JsonObject doc(String start, JsonObject... actions) {
        var list = Json.createArrayBuilder();
        for (JsonObject a : actions) {
            list.add(a);
        }
        return Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", start).add("Actions", list).build();
    }

    /** An action; errors as "ErrorType:Target". */
    static JsonObject action(String id, String type, JsonObjectBuilder parameters, String next, String... errors) {
        JsonObjectBuilder transitions = Json.createObjectBuilder();
        if (next != null) {
            transitions.add("NextAction", next);
        }
        if (errors.length > 0) {
            var list = Json.createArrayBuilder();
            for (String e : errors) {
                list.add(Json.createObjectBuilder().add("ErrorType", e.split(":")[0]).add("NextAction", e.split(":")[1]));
            }
            transitions.add("Errors", list);
        }
        return Json.createObjectBuilder().add("Identifier", id).add("Type", type).add("Parameters", parameters).add("Transitions", transitions).build();
    }

    /** Creates the flow and publishes it; its id. */
    static String published(Api admin, String name, String type, JsonObject content) {
        Api.Answer created = admin.post("api/v1/contact-flows", Json.createObjectBuilder().add("type", type).add("content", content).add("name", name).build());
        assertEquals(201, created.status(), created.toString());
        String id = created.object().getString("id");
        Api.Answer published = admin.post("api/v1/contact-flows/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, published.status(), published.toString());
        return id;
    }

    /** A published flow of {@code type} (CUSTOMER_HOLD, AGENT_HOLD, CUSTOMER_WHISPER, OUTBOUND_WHISPER …) that says {@code text} and ends; its id. */
    static String saying(Api admin, String type, String text) {
        JsonObject content = doc("say", action("say", "MessageParticipant", Json.createObjectBuilder().add("Text", text), "done", "NoMatchingError:done"),
                action("done", "EndFlowExecution", Json.createObjectBuilder(), null));
        return published(admin, type + "-" + java.util.UUID.randomUUID().toString().substring(0, 8), type, content);
    }
}
