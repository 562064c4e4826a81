package org.contactcenter.routing.flows.control;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.BlockType;

/**
 * Converts an Amazon Connect flow export (flow language, Version 2019-10-30) into this center's flow document and
 * says what it did with everything in it: action types are mapped to blocks (InvokeLambdaFunction becomes
 * InvokeExternalFunction), every ARN anywhere in a block is resolved ({@link ConnectArns}) or reported, Connect's
 * {@code $.} names are translated or reported, parameters are carried out or reported and error branches fitted
 * ({@link ConnectActions}); blocks no path reaches (Connect keeps them) are removed; actions without an on-prem block
 * become {@code ImportPlaceholder}s that keep all their branches. docs/FLOWS.md (importing) lists every note kind.
 */
public final class ConnectImport {
    /** What was done with one action: MAPPED, RENAMED, UNSUPPORTED (a placeholder) or REMOVED (orphan). */
    public record ActionReport(String identifier, String type, String name, String mappedTo, String status, String note) {
    }

    /**
     * One ARN: where it is, its kind, the display name the export gave it (null: none), the local id it resolved to
     * (null: unresolved), how (MAP: the request's resources, NAME: bound by display name to an existing resource,
     * PLACEHOLDER: kept with a placeholder's parameters) and what to do about it.
     */
    public record Reference(String pointer, String kind, String arn, String name, String resolvedTo, String how, String note) {
    }

    /** Something the import changed, carried out differently or could not carry out; {@code kind} as in docs/FLOWS.md. */
    public record Note(String kind, String identifier, String pointer, String message) {
    }

    public record Result(JsonObject document, List<ActionReport> actions, List<Reference> references, List<ActionReport> unsupported, List<Note> notes) {
        /** Nothing unsupported and every ARN resolved (but those kept with placeholders). */
        public boolean complete() {
            return unsupported.isEmpty() && unresolved() == 0;
        }

        public long unresolved() {
            return references.stream().filter(r -> r.resolvedTo() == null && !"PLACEHOLDER".equals(r.how())).count();
        }
    }

    /** The export is in the older format (a {@code modules} list, no {@code Actions}): it cannot be converted. */
    public static final class LegacyExport extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public LegacyExport() {
            super("a legacy Amazon Connect export (\"modules\", before the flow language): export the flow again from the current "
                    + "flow designer (flow language Version 2019-10-30, with \"Actions\" and \"StartAction\")");
        }
    }

    private ConnectImport() {
    }

    /** An export of the older format: a {@code modules} list and no {@code Actions}. */
    public static boolean legacy(JsonObject export) {
        JsonValue list = export.get("Actions");
        return (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) && export.containsKey("modules");
    }

    public static Result convert(JsonObject export, BiFunction<String, String, Optional<String>> names) {
        return convert(export, Map.of(), names);
    }

    /**
     * @param resources explicit ARN → local id (the request's {@code resources}); they win over display names
     * @param names resolves (kind, display name) to a local id: kinds queue, hours, prompt, flow, agent, function
     */
    public static Result convert(JsonObject export, Map<String, String> resources, BiFunction<String, String, Optional<String>> names) {
        if (legacy(export)) {
            throw new LegacyExport();
        }
        JsonValue list = export.get("Actions");
        JsonObject metadata = ConnectArns.object(ConnectArns.object(export.get("Metadata")).get("ActionMetadata"));
        List<ActionReport> actions = new ArrayList<>();
        List<ActionReport> unsupported = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        ConnectArns arns = new ConnectArns(resources, names);
        ConnectActions conversion = new ConnectActions(notes);
        JsonArrayBuilder converted = JSON.createArrayBuilder();
        String start = ConnectActions.text(export.get("StartAction"));
        List<JsonObject> all = list == null || list.getValueType() != JsonValue.ValueType.ARRAY ? List.of()
                : list.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).toList();
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY && all.size() < list.asJsonArray().size()) {
            notes.add(new Note("NOT_AN_ACTION", null, "/Actions", (list.asJsonArray().size() - all.size()) + " entries of Actions are not objects: left out"));
        }
        Set<String> reached = reachable(all, start, null, null);
        List<String> placeholders = new ArrayList<>();
        int index = 0;
        for (JsonObject action : all) {
            String id = ConnectActions.text(action.get("Identifier"));
            String type = ConnectActions.text(action.get("Type"));
            JsonObject meta = ConnectArns.object(id == null ? null : metadata.get(id));
            String display = Optional.ofNullable(ConnectArns.named(meta.get("name"))).orElse(ConnectArns.named(meta.get("displayName")));
            if (!reached.isEmpty() && id != null && !reached.contains(id)) {
                actions.add(new ActionReport(id, type, display, null, "REMOVED", "no path from StartAction leads here (Connect keeps such blocks)"));
                notes.add(new Note("ORPHAN_REMOVED", id, null, type + " " + id + " removed: no path from StartAction " + start + " leads to it"));
                continue;
            }
            String at = "/Actions/" + index;
            String ours = "InvokeLambdaFunction".equals(type) ? "InvokeExternalFunction" : type;
            Optional<BlockType> block = BlockCatalog.type(ours).filter(b -> !BlockCatalog.IMPORT_PLACEHOLDER.equals(b.type()));
            JsonObject transitions = ConnectArns.object(action.get("Transitions"));
            if (block.isEmpty()) {
                JsonObject kept = arns.resolve(ConnectArns.object(action.get("Parameters")), meta, at + "/Parameters/Connect", p -> p, true);
                JsonObject params = JSON.createObjectBuilder().add("ConnectType", type == null ? "unknown" : type).add("Connect", kept).build();
                JsonObject t = conversion.names(transitions, id, at + "/Transitions").asJsonObject();
                converted.add(JSON.createObjectBuilder(action).add("Type", BlockCatalog.IMPORT_PLACEHOLDER).add("Parameters", params).add("Transitions", t));
                String note = placeholderNote(type, t);
                ActionReport report = new ActionReport(id, type, display, BlockCatalog.IMPORT_PLACEHOLDER, "UNSUPPORTED", note);
                unsupported.add(report);
                actions.add(report);
                notes.add(new Note("InvokeFlowModule".equals(type) ? "FLOW_MODULE" : "PLACEHOLDER", id, at, note));
                placeholders.add(id);
                index++;
                continue;
            }
            JsonObject parameters = arns.resolve(ConnectArns.object(action.get("Parameters")), meta, at + "/Parameters", ConnectImport::renamed, false);
            parameters = conversion.parameters(id, type, parameters, at + "/Parameters");
            parameters = conversion.names(parameters, id, at + "/Parameters").asJsonObject();
            JsonObject t = conversion.transitions(id, block.get(), action, conversion.names(transitions, id, at + "/Transitions").asJsonObject(), at + "/Transitions");
            converted.add(JSON.createObjectBuilder(action).add("Type", ours).add("Parameters", parameters).add("Transitions", t));
            actions.add(new ActionReport(id, type, display, ours, ours.equals(type) ? "MAPPED" : "RENAMED",
                    ours.equals(type) ? null : "Lambda → external function (its timeout is the function's own)"));
            index++;
        }
        for (String p : placeholders) {
            JsonObject t = all.stream().filter(x -> p.equals(ConnectActions.text(x.get("Identifier")))).findFirst()
                    .map(x -> ConnectArns.object(x.get("Transitions"))).orElse(JsonValue.EMPTY_JSON_OBJECT);
            Set<String> without = reachable(all, start, p, taken(t));
            List<String> through = reached.stream().filter(id -> !without.contains(id) && !id.equals(p)).toList();
            if (!through.isEmpty()) {
                notes.add(new Note("CUT_OFF", p, null, "until placeholder " + p + " is replaced, " + through.size() + " blocks run only through branches "
                        + "it never takes (at run time it takes " + taken(t) + "): " + String.join(", ", through)));
            }
        }
        JsonObjectBuilderHolder doc = new JsonObjectBuilderHolder(export, converted);
        return new Result(doc.build(), actions, arns.references, unsupported, notes);
    }

    /** A parameter path under the name the block gives it (Invoke Lambda's LambdaFunctionARN is FunctionId). */
    private static String renamed(String path) {
        return path.startsWith("LambdaFunctionARN") ? "FunctionId" + path.substring("LambdaFunctionARN".length())
                : path.startsWith("LambdaInvocationAttributes") ? "InvocationAttributes" + path.substring("LambdaInvocationAttributes".length()) : path;
    }

    /** Which branch a placeholder takes at run time (BlockStep.placeholder), and what it keeps. */
    private static String placeholderNote(String type, JsonObject t) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonValue list = t.get("Errors");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            list.asJsonArray().forEach(e -> errors.putIfAbsent(ConnectActions.text(ConnectArns.object(e).get("ErrorType")),
                    ConnectActions.text(ConnectArns.object(e).get("NextAction"))));
        }
        int conditions = t.get("Conditions") instanceof jakarta.json.JsonArray a ? a.size() : 0;
        String next = ConnectActions.text(t.get("NextAction"));
        String taken = next != null ? "NextAction → " + next
                : errors.containsKey(BlockCatalog.NO_MATCHING_CONDITION) ? "NoMatchingCondition → " + errors.get(BlockCatalog.NO_MATCHING_CONDITION)
                : errors.containsKey(BlockCatalog.NO_MATCHING_ERROR) ? "NoMatchingError → " + errors.get(BlockCatalog.NO_MATCHING_ERROR)
                : errors.isEmpty() ? "none (the flow ends there)" : errors.keySet().iterator().next() + " → " + errors.values().iterator().next();
        String what = "InvokeFlowModule".equals(type) ? "flow module: its blocks are not run on-prem (no flow modules); "
                : "ConnectParticipantWithLexBot".equals(type) ? "Lex bot: no bot on-prem yet; its intents stay as conditions; "
                : "no " + type + " block on-prem; ";
        return what + "placeholder ImportPlaceholder keeps all " + (conditions + errors.size() + (next == null ? 0 : 1))
                + " branches (" + conditions + " conditions, errors " + errors.keySet() + ") and takes " + taken + " at run time";
    }

    /** The branch a placeholder takes at run time (as BlockStep.placeholder decides it). */
    private static String taken(JsonObject t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.get("Errors") instanceof jakarta.json.JsonArray list) {
            list.forEach(e -> errors.putIfAbsent(ConnectActions.text(ConnectArns.object(e).get("ErrorType")), ConnectActions.text(ConnectArns.object(e).get("NextAction"))));
        }
        String next = ConnectActions.text(t.get("NextAction"));
        return next != null ? next : errors.containsKey(BlockCatalog.NO_MATCHING_CONDITION) ? errors.get(BlockCatalog.NO_MATCHING_CONDITION)
                : errors.containsKey(BlockCatalog.NO_MATCHING_ERROR) ? errors.get(BlockCatalog.NO_MATCHING_ERROR)
                : errors.values().stream().findFirst().orElse(null);
    }

    /** The identifiers a path from {@code start} reaches; at {@code stopAt} only its branch {@code stopTarget} is followed. */
    private static Set<String> reachable(List<JsonObject> actions, String start, String stopAt, String stopTarget) {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        actions.forEach(a -> byId.putIfAbsent(ConnectActions.text(a.get("Identifier")), a));
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        if (start != null) {
            todo.push(start);
        }
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!byId.containsKey(id) || !seen.add(id)) {
                continue;
            }
            if (id.equals(stopAt)) {
                if (stopTarget != null) {
                    todo.push(stopTarget);
                }
                continue;
            }
            JsonObject t = ConnectArns.object(byId.get(id).get("Transitions"));
            List<String> targets = new ArrayList<>();
            targets.add(ConnectActions.text(t.get("NextAction")));
            for (String key : List.of("Conditions", "Errors")) {
                if (t.get(key) instanceof jakarta.json.JsonArray a) {
                    a.forEach(v -> targets.add(ConnectActions.text(ConnectArns.object(v).get("NextAction"))));
                }
            }
            targets.stream().filter(x -> x != null).forEach(todo::push);
        }
        return seen;
    }

    /** The converted document: the export with the converted actions (and a Version when it had none). */
    private record JsonObjectBuilderHolder(JsonObject export, JsonArrayBuilder actions) {
        JsonObject build() {
            var doc = JSON.createObjectBuilder(export).add("Actions", actions);
            if (!export.containsKey("Version")) {
                doc.add("Version", "2019-10-30");
            }
            return doc.build();
        }
    }
}
