package org.contactcenter.routing.flows.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.flow.FlowCondition;
import org.contactcenter.rules.flow.FlowDocument;
import org.contactcenter.rules.flow.FlowProblem;

/**
 * Reads a flow document (the flow language: {@code StartAction}, {@code Actions} with {@code Identifier},
 * {@code Type}, {@code Parameters} and {@code Transitions}) into a {@link FlowDocument}, reporting every structural
 * problem with its JSON pointer. Parameters are flattened to dotted keys; scalar values become text.
 */
public final class FlowParser {
    private FlowParser() {
    }

    /** The document, and the structural problems (empty when it is well-formed). */
    public record Parsed(FlowDocument document, List<FlowProblem> problems) {
    }

    public static Parsed parse(JsonObject json) {
        List<FlowProblem> problems = new ArrayList<>();
        String version = text(json.get("Version"));
        if (version != null && !"2019-10-30".equals(version)) {
            problems.add(new FlowProblem("/Version", "unsupported version " + version + "; the flow language is Version 2019-10-30"));
        }
        JsonValue start = json.get("StartAction");
        if (start != null && start.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(new FlowProblem("/StartAction", "must be a string"));
        }
        List<FlowAction> actions = new ArrayList<>();
        JsonValue actionsValue = json.get("Actions");
        if (actionsValue == null || actionsValue.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(new FlowProblem("/Actions", "missing: an array of actions"));
        } else {
            JsonArray array = actionsValue.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String at = "/Actions/" + i;
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(new FlowProblem(at, "must be an object"));
                    continue;
                }
                FlowAction action = action(i, array.getJsonObject(i), at, problems);
                if (action != null) {
                    actions.add(action);
                }
            }
        }
        return new Parsed(new FlowDocument(text(start), actions), problems);
    }

    private static FlowAction action(int index, JsonObject a, String at, List<FlowProblem> problems) {
        String id = requiredString(a, "Identifier", at, problems);
        String type = requiredString(a, "Type", at, problems);
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonValue params = a.get("Parameters");
        if (params != null && params.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new FlowProblem(at + "/Parameters", "must be an object"));
        } else if (params != null) {
            flatten("", params, parameters);
        }
        String next = null;
        List<FlowCondition> conditions = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        JsonValue transitions = a.get("Transitions");
        if (transitions != null && transitions.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new FlowProblem(at + "/Transitions", "must be an object"));
        } else if (transitions != null) {
            JsonObject t = transitions.asJsonObject();
            next = optionalString(t, "NextAction", at + "/Transitions", problems);
            JsonValue cs = t.get("Conditions");
            if (cs != null && cs.getValueType() != JsonValue.ValueType.ARRAY) {
                problems.add(new FlowProblem(at + "/Transitions/Conditions", "must be an array"));
            } else if (cs != null) {
                for (int i = 0; i < cs.asJsonArray().size(); i++) {
                    condition(cs.asJsonArray().get(i), at + "/Transitions/Conditions/" + i, problems, conditions);
                }
            }
            JsonValue es = t.get("Errors");
            if (es != null && es.getValueType() != JsonValue.ValueType.ARRAY) {
                problems.add(new FlowProblem(at + "/Transitions/Errors", "must be an array"));
            } else if (es != null) {
                for (int i = 0; i < es.asJsonArray().size(); i++) {
                    String ep = at + "/Transitions/Errors/" + i;
                    JsonValue e = es.asJsonArray().get(i);
                    if (e.getValueType() != JsonValue.ValueType.OBJECT) {
                        problems.add(new FlowProblem(ep, "must be an object with ErrorType and NextAction"));
                        continue;
                    }
                    String errorType = requiredString(e.asJsonObject(), "ErrorType", ep, problems);
                    String target = requiredString(e.asJsonObject(), "NextAction", ep, problems);
                    if (errorType != null && errors.putIfAbsent(errorType, target) != null) {
                        problems.add(new FlowProblem(ep + "/ErrorType", "duplicate error branch " + errorType));
                    }
                }
            }
        }
        return id == null || type == null ? null : new FlowAction(index, id, type, parameters, next, conditions, errors);
    }

    private static void condition(JsonValue value, String at, List<FlowProblem> problems, List<FlowCondition> out) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new FlowProblem(at, "must be an object with NextAction and Condition"));
            return;
        }
        JsonObject c = value.asJsonObject();
        String next = requiredString(c, "NextAction", at, problems);
        JsonValue cond = c.get("Condition");
        if (cond == null || cond.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new FlowProblem(at + "/Condition", "missing: an object with Operator and Operands"));
            return;
        }
        String operator = requiredString(cond.asJsonObject(), "Operator", at + "/Condition", problems);
        JsonValue ops = cond.asJsonObject().get("Operands");
        List<String> operands = new ArrayList<>();
        if (ops == null || ops.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(new FlowProblem(at + "/Condition/Operands", "missing: an array of values"));
        } else {
            for (int i = 0; i < ops.asJsonArray().size(); i++) {
                String op = text(ops.asJsonArray().get(i));
                if (op == null) {
                    problems.add(new FlowProblem(at + "/Condition/Operands/" + i, "must be a string or number"));
                } else {
                    operands.add(op);
                }
            }
        }
        out.add(new FlowCondition(next, operator, operands));
    }

    private static void flatten(String prefix, JsonValue value, Map<String, String> out) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((k, v) -> flatten(prefix.isEmpty() ? k : prefix + "." + k, v, out));
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    flatten(prefix + "." + i, array.get(i), out);
                }
            }
            case NULL -> { }
            default -> out.put(prefix, text(value));
        }
    }

    static String text(JsonValue v) {
        if (v == null) {
            return null;
        }
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).toString();
            case TRUE -> "True";
            case FALSE -> "False";
            default -> null;
        };
    }

    private static String requiredString(JsonObject o, String name, String at, List<FlowProblem> problems) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() != JsonValue.ValueType.STRING || ((JsonString) v).getString().isBlank()) {
            problems.add(new FlowProblem(at + "/" + name, "missing: a non-empty string"));
            return null;
        }
        return ((JsonString) v).getString();
    }

    private static String optionalString(JsonObject o, String name, String at, List<FlowProblem> problems) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(new FlowProblem(at + "/" + name, "must be a string"));
            return null;
        }
        return ((JsonString) v).getString();
    }
}
