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

import org.contactcenter.routing.flows.control.ConnectImport.Reference;

/**
 * Every ARN anywhere in an action's parameters (nested objects and arrays too: Loop prompts' Messages[].PromptId),
 * its kind (from the ARN: queue, agent, hours, prompt, flow, function, flowModule, lexBot), and what it resolves to:
 * the import request's explicit ARN → id map first ({@code MAP}), else the display name Connect's designer stored in
 * {@code Metadata.ActionMetadata} bound to an existing resource of that name ({@code NAME}). Nothing found: the
 * ARN stays and the reference is reported unresolved (with no display name, the report says so).
 */
final class ConnectArns {
    private static final Map<String, List<String>> METADATA_KEYS = Map.of(
            "queue", List.of("queue", "Queue"),
            "hours", List.of("Hours", "hours", "hoursOfOperation"),
            "prompt", List.of("promptName", "prompt", "Prompt"),
            "flow", List.of("ContactFlow", "contactFlow", "flow"),
            "agent", List.of("agent", "Agent", "user"),
            "function", List.of("LambdaFunction", "lambdaFunction", "function"));

    private final Map<String, String> explicit;
    private final BiFunction<String, String, Optional<String>> names;
    final List<Reference> references = new ArrayList<>();

    ConnectArns(Map<String, String> explicit, BiFunction<String, String, Optional<String>> names) {
        this.explicit = explicit == null ? Map.of() : explicit;
        this.names = names;
    }

    /** The kind of resource an ARN names; "unknown" when it is none the importer knows. */
    static String kind(String arn) {
        if (arn.contains(":lambda:") && arn.contains(":function:")) {
            return "function";
        }
        if (arn.contains(":lex:")) {
            return "lexBot";
        }
        for (String[] k : new String[][] {{"/queue/", "queue"}, {"/agent/", "agent"}, {"/operating-hours/", "hours"},
                {"/prompt/", "prompt"}, {"/contact-flow/", "flow"}, {"/flow-module/", "flowModule"}}) {
            if (arn.contains(k[0])) {
                return k[1];
            }
        }
        return "unknown";
    }

    /**
     * The parameters with every resolvable ARN replaced by its local id (references recorded with pointers under
     * {@code pointerBase}, renamed by {@code rename}); {@code kept}: the parameters stay as they are (a placeholder's).
     */
    JsonObject resolve(JsonObject params, JsonObject meta, String pointerBase, java.util.function.UnaryOperator<String> rename, boolean kept) {
        return walk(params, object(meta.get("parameters")), meta, pointerBase, "", rename, kept).asJsonObject();
    }

    private JsonValue walk(JsonValue v, JsonValue metaAt, JsonObject meta, String base, String path, java.util.function.UnaryOperator<String> rename, boolean kept) {
        switch (v.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder b = JSON.createObjectBuilder();
                v.asJsonObject().forEach((k, child) -> b.add(k, walk(child, member(metaAt, k), meta, base, path.isEmpty() ? k : path + "/" + k, rename, kept)));
                return b.build();
            }
            case ARRAY -> {
                JsonArrayBuilder b = JSON.createArrayBuilder();
                int i = 0;
                for (JsonValue child : v.asJsonArray()) {
                    b.add(walk(child, element(metaAt, i), meta, base, path + "/" + i, rename, kept));
                    i++;
                }
                return b.build();
            }
            case STRING -> {
                String arn = ((JsonString) v).getString().strip();
                if (!arn.startsWith("arn:")) {
                    return v;
                }
                String kind = kind(arn);
                String name = displayName(metaAt, meta, kind, arn);
                String pointer = base + "/" + rename.apply(path);
                if (kept) {
                    references.add(new Reference(pointer, kind, arn, name, null, "PLACEHOLDER",
                            "kept with the placeholder's Connect parameters (not run)"));
                    return v;
                }
                String mapped = explicit.get(arn);
                if (mapped != null) {
                    references.add(new Reference(pointer, kind, arn, name, mapped, "MAP", "mapped by the request's resources"));
                    return JSON.createValue(mapped);
                }
                String found = name == null || "unknown".equals(kind) ? null : names.apply(kind, name).orElse(null);
                if (found != null) {
                    references.add(new Reference(pointer, kind, arn, name, found, "NAME",
                            "bound by its display name to the existing " + kind + " " + found));
                    return JSON.createValue(found);
                }
                references.add(new Reference(pointer, kind, arn, name, null, null, name == null
                        ? "the export has no display name for this " + kind + ": map its ARN in the request's resources"
                        : "no " + kind + " named \"" + name + "\": create it or map the ARN in the request's resources"));
                return v;
            }
            default -> {
                return v;
            }
        }
    }

    private static String displayName(JsonValue metaAt, JsonObject meta, String kind, String arn) {
        String name = named(metaAt);
        for (String key : METADATA_KEYS.getOrDefault(kind, List.of())) {
            if (name == null) {
                name = named(meta.get(key));
            }
        }
        if (name == null && "function".equals(kind)) {
            name = arn.substring(arn.indexOf(":function:") + ":function:".length()).split(":")[0];
        }
        return name;
    }

    private static JsonValue member(JsonValue metaAt, String key) {
        return metaAt != null && metaAt.getValueType() == JsonValue.ValueType.OBJECT ? metaAt.asJsonObject().get(key) : null;
    }

    private static JsonValue element(JsonValue metaAt, int i) {
        return metaAt != null && metaAt.getValueType() == JsonValue.ValueType.ARRAY && metaAt.asJsonArray().size() > i ? metaAt.asJsonArray().get(i) : null;
    }

    static String named(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.STRING) {
            String s = ((JsonString) v).getString();
            return s.startsWith("arn:") || s.isBlank() ? null : s;
        }
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            for (String key : List.of("displayName", "text", "name")) {
                JsonValue s = v.asJsonObject().get(key);
                if (s instanceof JsonString str && !str.getString().isBlank() && !str.getString().startsWith("arn:")) {
                    return str.getString();
                }
            }
        }
        return null;
    }

    static JsonObject object(JsonValue v) {
        return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
    }
}
