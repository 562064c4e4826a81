package org.contactcenter.routing.flows.control;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.BlockType;

/**
 * Converts an Amazon Connect flow export (flow language, Version 2019-10-30) into this center's flow document:
 * action types are mapped to blocks (InvokeLambdaFunction becomes InvokeExternalFunction), ARNs of queues, hours,
 * prompts, flows, agents and functions are resolved to local resources by the display names in
 * {@code Metadata.ActionMetadata}, and everything that cannot be mapped or resolved is reported. Unsupported
 * actions become placeholders (a Set contact attributes block {@code importPlaceholder = TYPE} that continues where
 * the action would have), unresolved references keep their ARN (the draft then fails validation until fixed).
 */
public final class ConnectImport {
    /** What was done with one action. */
    public record ActionReport(String identifier, String type, String name, String mappedTo, String status, String note) {
    }

    /** One resource reference (ARN) and what it resolved to (null: nothing local has that name). */
    public record Reference(String pointer, String kind, String arn, String name, String resolvedTo) {
    }

    public record Result(JsonObject document, List<ActionReport> actions, List<Reference> references, List<ActionReport> unsupported) {
        public boolean complete() {
            return unsupported.isEmpty() && references.stream().allMatch(r -> r.resolvedTo() != null);
        }
    }

    private static final Map<String, List<String>> METADATA_KEYS = Map.of(
            "queue", List.of("queue", "Queue"),
            "hours", List.of("Hours", "hours", "hoursOfOperation"),
            "prompt", List.of("promptName", "prompt", "Prompt"),
            "flow", List.of("ContactFlow", "contactFlow", "flow"),
            "agent", List.of("agent", "Agent", "user"),
            "function", List.of("LambdaFunction", "lambdaFunction", "function"));

    private ConnectImport() {
    }

    /**
     * @param names resolves (kind, display name) to a local id: kinds queue, hours, prompt, flow, agent, function
     */
    public static Result convert(JsonObject export, BiFunction<String, String, Optional<String>> names) {
        JsonObject metadata = object(object(export.get("Metadata")).get("ActionMetadata"));
        List<ActionReport> actions = new ArrayList<>();
        List<ActionReport> unsupported = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        JsonArrayBuilder converted = JSON.createArrayBuilder();
        JsonValue list = export.get("Actions");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            int index = 0;
            for (JsonValue value : list.asJsonArray()) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    converted.add(value);
                    index++;
                    continue;
                }
                JsonObject action = value.asJsonObject();
                String id = text(action.get("Identifier"));
                String type = text(action.get("Type"));
                JsonObject meta = object(id == null ? null : metadata.get(id));
                String display = Optional.ofNullable(text(meta.get("name"))).orElse(text(meta.get("displayName")));
                String ours = "InvokeLambdaFunction".equals(type) ? "InvokeExternalFunction" : type;
                Optional<BlockType> block = BlockCatalog.type(ours);
                if (block.isEmpty()) {
                    ActionReport report = new ActionReport(id, type, display, "UpdateContactAttributes", "UNSUPPORTED",
                            "no " + type + " block on-prem; a placeholder sets importPlaceholder=" + type + " and continues");
                    unsupported.add(report);
                    actions.add(report);
                    converted.add(placeholder(action, id, type));
                    index++;
                    continue;
                }
                JsonObject parameters = object(action.get("Parameters"));
                JsonObjectBuilder params = JSON.createObjectBuilder();
                String note = null;
                if ("InvokeLambdaFunction".equals(type)) {
                    parameters.forEach((k, v) -> {
                        switch (k) {
                            case "LambdaFunctionARN" -> params.add("FunctionId", v);
                            case "LambdaInvocationAttributes" -> params.add("InvocationAttributes", v);
                            default -> { }
                        }
                    });
                    note = "Lambda → external function (its timeout is the function's own; InvocationTimeLimitSeconds and ResponseValidation dropped)";
                } else {
                    parameters.forEach(params::add);
                }
                JsonObject mapped = resolve(params.build(), block.get(), index, meta, names, references);
                JsonObjectBuilder out = JSON.createObjectBuilder(action).add("Type", ours).add("Parameters", mapped);
                converted.add(out);
                actions.add(new ActionReport(id, type, display, ours, ours.equals(type) ? "MAPPED" : "RENAMED", note));
                index++;
            }
        }
        JsonObjectBuilder doc = JSON.createObjectBuilder(export).add("Actions", converted);
        if (!export.containsKey("Version")) {
            doc.add("Version", "2019-10-30");
        }
        return new Result(doc.build(), actions, references, unsupported);
    }

    private static JsonObject resolve(JsonObject params, BlockType block, int index, JsonObject meta,
                                      BiFunction<String, String, Optional<String>> names, List<Reference> references) {
        JsonObjectBuilder out = JSON.createObjectBuilder(params);
        for (Map.Entry<String, String> ref : block.references().entrySet()) {
            String[] path = ref.getKey().split("\\.");
            String value = text(at(params, path));
            if (value == null || !value.startsWith("arn:")) {
                continue;
            }
            String kind = ref.getValue();
            String name = displayName(meta, path, kind);
            if (name == null && "function".equals(kind) && value.contains(":function:")) {
                name = value.substring(value.indexOf(":function:") + ":function:".length()).split(":")[0];
            }
            String resolved = name == null ? null : names.apply(kind, name).orElse(null);
            references.add(new Reference("/Actions/" + index + "/Parameters/" + String.join("/", path), kind, value, name, resolved));
            if (resolved != null) {
                if (path.length == 1) {
                    out.add(path[0], resolved);
                } else {
                    JsonObject parent = object(params.get(path[0]));
                    out.add(path[0], JSON.createObjectBuilder(parent).add(path[1], resolved));
                    params = JSON.createObjectBuilder(params).add(path[0], JSON.createObjectBuilder(parent).add(path[1], resolved)).build();
                }
            }
        }
        return out.build();
    }

    /** The display name Connect's designer stored for a parameter: parameters.PATH.displayName, or a kind's key. */
    private static String displayName(JsonObject meta, String[] path, String kind) {
        JsonValue p = at(object(meta.get("parameters")), path);
        if (p == null && "FunctionId".equals(path[0])) {
            p = at(object(meta.get("parameters")), new String[] {"LambdaFunctionARN"});
        }
        String name = named(p);
        if (name != null) {
            return name;
        }
        for (String key : METADATA_KEYS.getOrDefault(kind, List.of())) {
            name = named(meta.get(key));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String named(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.STRING) {
            String s = ((JsonString) v).getString();
            return s.startsWith("arn:") ? null : s;
        }
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            for (String key : List.of("displayName", "text", "name")) {
                String s = text(v.asJsonObject().get(key));
                if (s != null && !s.isBlank()) {
                    return s;
                }
            }
        }
        return null;
    }

    private static JsonObject placeholder(JsonObject action, String id, String type) {
        JsonObject t = object(action.get("Transitions"));
        String next = text(t.get("NextAction"));
        if (next == null) {
            next = firstTarget(t.get("Conditions"));
        }
        if (next == null) {
            next = firstTarget(t.get("Errors"));
        }
        JsonObjectBuilder b = JSON.createObjectBuilder().add("Identifier", id == null ? "unnamed" : id);
        if (next == null) {
            return b.add("Type", "EndFlowExecution").add("Parameters", JsonValue.EMPTY_JSON_OBJECT).add("Transitions", JsonValue.EMPTY_JSON_OBJECT).build();
        }
        return b.add("Type", "UpdateContactAttributes")
                .add("Parameters", JSON.createObjectBuilder().add("Attributes", JSON.createObjectBuilder().add("importPlaceholder", type)))
                .add("Transitions", JSON.createObjectBuilder().add("NextAction", next)
                        .add("Errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("NextAction", next).add("ErrorType", "NoMatchingError"))))
                .build();
    }

    private static String firstTarget(JsonValue list) {
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        for (JsonValue v : list.asJsonArray()) {
            String t = text(object(v).get("NextAction"));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static JsonValue at(JsonObject o, String[] path) {
        JsonValue v = o;
        for (String p : path) {
            if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            v = v.asJsonObject().get(p);
        }
        return v;
    }

    private static JsonObject object(JsonValue v) {
        return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String text(JsonValue v) {
        return v != null && v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : null;
    }
}
