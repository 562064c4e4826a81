package org.contactcenter.rules.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed flow document of a given flow type and reports every problem with a JSON pointer: a missing or
 * unknown start, duplicate identifiers, unknown block types (or ones the flow type does not allow), missing
 * parameters, numbers out of range, missing or dangling transitions, missing or unknown error branches, unknown
 * condition operators, unreachable blocks, and references to queues, hours, flows, prompts, functions, quick
 * tables or agents that do not exist. Parameters whose value is a {@code $.} reference are checked at run time.
 */
public final class FlowValidator {
    private static final Map<String, String> HOOK_FLOW_TYPES = Map.of("EventHooks.CustomerQueue", "CUSTOMER_QUEUE",
            "EventHooks.CustomerRemaining", "DISCONNECT", "EventHooks.AgentWhisper", "AGENT_WHISPER",
            "EventHooks.CustomerWhisper", "CUSTOMER_WHISPER");

    private FlowValidator() {
    }

    public static List<FlowProblem> validate(FlowDocument doc, String flowType, FlowReferences refs) {
        List<FlowProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FlowAction a : doc.actions()) {
            if (!ids.add(a.identifier())) {
                problems.add(new FlowProblem(a.pointer("Identifier"), "duplicate identifier " + a.identifier()));
            }
        }
        if (doc.actions().isEmpty()) {
            problems.add(new FlowProblem("/Actions", "a flow needs at least one action"));
        }
        if (doc.startAction() == null || doc.startAction().isBlank()) {
            problems.add(new FlowProblem("/StartAction", "missing: the identifier of the first action"));
        } else if (!ids.contains(doc.startAction())) {
            problems.add(new FlowProblem("/StartAction", "names no action: " + doc.startAction()));
        }
        for (FlowAction a : doc.actions()) {
            checkAction(a, ids, flowType, refs, problems);
        }
        List<FlowAction> unreachable = unreachable(doc);
        for (FlowAction a : unreachable) {
            problems.add(new FlowProblem(a.pointer(null), "unreachable: no path from StartAction leads to " + a.identifier() + cutOffBy(a, unreachable)));
        }
        return problems;
    }

    private static void checkAction(FlowAction a, Set<String> ids, String flowType, FlowReferences refs, List<FlowProblem> problems) {
        BlockType type = BlockCatalog.type(a.type()).orElse(null);
        if (type == null) {
            problems.add(new FlowProblem(a.pointer("Type"), "unknown block type " + a.type() + "; docs/FLOWS.md lists the supported ones"));
            return;
        }
        if (flowType != null && !type.allowedIn(flowType)) {
            problems.add(new FlowProblem(a.pointer("Type"), type.block() + " (" + a.type() + ") cannot be used in a " + flowType
                    + " flow; allowed in " + type.flowTypes()));
        }
        for (String required : type.required()) {
            boolean present = false;
            for (String alternative : required.split("\\|")) {
                present |= notBlank(a.parameter(alternative));
            }
            if (!present) {
                problems.add(new FlowProblem(a.parameterPointer(required.split("\\|")[0]), "missing parameter "
                        + required.replace("|", " or ")));
            }
        }
        type.numbers().forEach((name, range) -> {
            String value = a.parameter(name);
            if (value != null && !isReference(value)) {
                try {
                    long n = Long.parseLong(value.strip());
                    if (n < range[0] || n > range[1]) {
                        problems.add(new FlowProblem(a.parameterPointer(name), name + " must be " + range[0] + "-" + range[1] + ", not " + n));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new FlowProblem(a.parameterPointer(name), name + " must be a whole number, not " + value));
                }
            }
        });
        checkSpecifics(a, problems);
        expand(type.references(), a).forEach((name, kind) -> {
            String value = a.parameter(name);
            if (notBlank(value) && !isReference(value)) {
                if ("flow".equals(kind)) {
                    var target = refs.flowType(value);
                    if (target.isEmpty()) {
                        problems.add(new FlowProblem(a.parameterPointer(name), "unknown flow " + value));
                    } else if (HOOK_FLOW_TYPES.containsKey(name) && !"*".equals(target.get()) && !HOOK_FLOW_TYPES.get(name).equals(target.get())) {
                        problems.add(new FlowProblem(a.parameterPointer(name), "flow " + value + " is a " + target.get() + " flow; "
                                + name.substring("EventHooks.".length()) + " needs a " + HOOK_FLOW_TYPES.get(name) + " flow"));
                    }
                } else if (!refs.exists(kind, value)) {
                    problems.add(new FlowProblem(a.parameterPointer(name), "unknown " + describe(kind) + " " + value));
                }
            }
        });
        checkValues(a, type, problems);
        // transitions
        boolean storing = "GetParticipantInput".equals(a.type()) && "true".equalsIgnoreCase(a.parameter("StoreInput"));
        if (type.next() || storing) {
            if (!notBlank(a.nextAction()) && !optionalNext(a)) {
                problems.add(new FlowProblem(a.pointer("Transitions/NextAction"), "missing: " + type.block() + " needs a NextAction"));
            }
        }
        checkTarget(a.nextAction(), a.pointer("Transitions/NextAction"), ids, problems);
        BlockType.Conditions conditions = storing ? BlockType.Conditions.NONE : type.conditions();
        if (conditions == BlockType.Conditions.NONE && !a.conditions().isEmpty()) {
            problems.add(new FlowProblem(a.pointer("Transitions/Conditions"), type.block() + " has no conditions"
                    + (storing ? " when it stores input" : "")));
        }
        if (conditions == BlockType.Conditions.REQUIRED && a.conditions().isEmpty()) {
            problems.add(new FlowProblem(a.pointer("Transitions/Conditions"), "missing: " + type.block() + " branches on conditions"));
        }
        for (int i = 0; i < a.conditions().size(); i++) {
            FlowCondition c = a.conditions().get(i);
            String at = a.pointer("Transitions/Conditions/" + i);
            if (!BlockCatalog.OPERATORS.contains(c.operator())) {
                problems.add(new FlowProblem(at + "/Condition/Operator", "unknown operator " + c.operator() + "; one of " + BlockCatalog.OPERATORS));
            }
            if (c.operands().isEmpty()) {
                problems.add(new FlowProblem(at + "/Condition/Operands", "missing: at least one operand"));
            }
            if (!notBlank(c.nextAction())) {
                problems.add(new FlowProblem(at + "/NextAction", "missing"));
            }
            checkTarget(c.nextAction(), at + "/NextAction", ids, problems);
        }
        List<String> expectedErrors = storing ? List.of(BlockCatalog.NO_MATCHING_ERROR)
                : "GetParticipantInput".equals(a.type()) || conditions != BlockType.Conditions.NONE ? type.errors()
                : type.errors().stream().filter(e -> !BlockCatalog.NO_MATCHING_CONDITION.equals(e)).toList();
        for (String error : expectedErrors) {
            if (!a.errors().containsKey(error)) {
                problems.add(new FlowProblem(a.pointer("Transitions/Errors"), "missing error branch " + error));
            }
        }
        int i = 0;
        for (Map.Entry<String, String> e : a.errors().entrySet()) {
            if (!type.errors().contains(e.getKey()) && !BlockCatalog.IMPORT_PLACEHOLDER.equals(a.type())) {
                problems.add(new FlowProblem(a.pointer("Transitions/Errors/" + i + "/ErrorType"), "unknown error type " + e.getKey()
                        + " for " + type.block() + "; it has " + type.errors()));
            }
            checkTarget(e.getValue(), a.pointer("Transitions/Errors/" + i + "/NextAction"), ids, problems);
            i++;
        }
    }

    private static void checkSpecifics(FlowAction a, List<FlowProblem> problems) {
        switch (a.type()) {
            case "CheckMetricData" -> {
                String metric = a.parameter("MetricType");
                if (metric != null && !BlockCatalog.METRIC_TYPES.contains(metric)) {
                    problems.add(new FlowProblem(a.parameterPointer("MetricType"), "unknown metric " + metric + "; one of " + BlockCatalog.METRIC_TYPES));
                }
            }
            case "UpdateContactEventHooks" -> {
                if (a.parametersUnder("EventHooks").isEmpty()) {
                    problems.add(new FlowProblem(a.parameterPointer("EventHooks"), "missing: at least one of " + BlockCatalog.EVENT_HOOKS));
                }
                a.parametersUnder("EventHooks").keySet().stream().filter(h -> !BlockCatalog.EVENT_HOOKS.contains(h)).forEach(h ->
                        problems.add(new FlowProblem(a.parameterPointer("EventHooks." + h), "unknown event hook " + h + "; one of " + BlockCatalog.EVENT_HOOKS)));
            }
            case "UpdateContactAttributes" -> {
                if (a.parametersUnder("Attributes").isEmpty()) {
                    problems.add(new FlowProblem(a.parameterPointer("Attributes"), "missing: at least one attribute to set"));
                }
            }
            case "UpdateContactRoutingBehavior" -> {
                if (a.parameter("QueuePriority") == null && a.parameter("QueueTimeAdjustmentSeconds") == null) {
                    problems.add(new FlowProblem(a.parameterPointer("QueuePriority"), "missing: QueuePriority or QueueTimeAdjustmentSeconds"));
                }
            }
            case "UpdateRoutingCriteria" -> {
                try {
                    RoutingCriteriaParameters.parse(RoutingCriteriaParameters.placeholders(a.parametersUnder("RoutingCriteria")));
                } catch (RoutingCriteriaParameters.Invalid e) {
                    problems.add(new FlowProblem(a.parameterPointer("RoutingCriteria." + e.key), e.getMessage()));
                }
            }
            case "MessageParticipantIteratively" -> {
                for (int i = 0; i < a.conditions().size(); i++) {
                    FlowCondition c = a.conditions().get(i);
                    if (!"Equals".equals(c.operator()) || !c.operands().equals(List.of(BlockCatalog.MESSAGES_INTERRUPTED))) {
                        problems.add(new FlowProblem(a.pointer("Transitions/Conditions/" + i + "/Condition"),
                                "Loop prompts has one condition: Equals MessagesInterrupted (its interrupt timer)"));
                    }
                }
                if (!a.conditions().isEmpty() && a.parameter("InterruptFrequencySeconds") == null) {
                    problems.add(new FlowProblem(a.parameterPointer("InterruptFrequencySeconds"),
                            "missing: the MessagesInterrupted branch needs InterruptFrequencySeconds (the interrupt timer)"));
                }
            }
            case "UpdateFlowLoggingBehavior" -> {
                String v = a.parameter("FlowLoggingBehavior");
                if (v != null && !v.equals("Enabled") && !v.equals("Disabled")) {
                    problems.add(new FlowProblem(a.parameterPointer("FlowLoggingBehavior"), "Enabled or Disabled, not " + v));
                }
            }
            default -> { }
        }
    }

    /** Reference parameters with a {@code *} (Messages.*.PromptId) stand for each matching parameter of the action. */
    static Map<String, String> expand(Map<String, String> references, FlowAction a) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        references.forEach((name, kind) -> {
            if (!name.contains("*")) {
                out.put(name, kind);
                return;
            }
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name).replace("*", "\\E[0-9]+\\Q"));
            a.parameters().keySet().stream().filter(k -> p.matcher(k).matches()).forEach(k -> out.put(k, kind));
        });
        return out;
    }

    /**
     * Every parameter value: an Amazon Connect ARN left in place (an unresolved import) and a {@code $.} name the engine
     * does not resolve are problems. A placeholder's kept Connect parameters ({@code Connect.*}) are not run, so not checked.
     */
    private static void checkValues(FlowAction a, BlockType type, List<FlowProblem> problems) {
        Set<String> references = expand(type.references(), a).keySet();
        a.parameters().forEach((name, value) -> {
            if (name.startsWith("Connect.") && BlockCatalog.IMPORT_PLACEHOLDER.equals(a.type())) {
                return;
            }
            if (value != null && value.strip().startsWith("arn:") && !references.contains(name)) {
                problems.add(new FlowProblem(a.parameterPointer(name), "an Amazon Connect ARN (" + value + "): map it to a local resource"));
            }
            for (String unknown : SystemAttributes.unknown(value)) {
                problems.add(new FlowProblem(a.parameterPointer(name), SystemAttributes.explain(unknown)));
            }
        });
    }

    /** For an unreachable block: the unreachable import placeholder it hangs behind, if any (its branches lead only here). */
    private static String cutOffBy(FlowAction block, List<FlowAction> unreachable) {
        Map<String, FlowAction> byId = new java.util.HashMap<>();
        unreachable.forEach(u -> byId.put(u.identifier(), u));
        Deque<String> todo = new ArrayDeque<>(List.of(block.identifier()));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            for (FlowAction u : unreachable) {
                List<String> targets = new ArrayList<>();
                targets.add(u.nextAction());
                u.conditions().forEach(c -> targets.add(c.nextAction()));
                targets.addAll(u.errors().values());
                if (targets.contains(id)) {
                    if (BlockCatalog.IMPORT_PLACEHOLDER.equals(u.type()) || u.parameters().containsKey("Attributes.importPlaceholder")) {
                        String what = BlockCatalog.IMPORT_PLACEHOLDER.equals(u.type()) ? u.parameter("ConnectType") : u.parameter("Attributes.importPlaceholder");
                        return " (it follows import placeholder " + u.identifier() + " for " + what + ", itself unreachable)";
                    }
                    todo.push(u.identifier());
                }
            }
        }
        return "";
    }

    /** Transfer to phone number needs NextAction only when the flow continues after the call. */
    private static boolean optionalNext(FlowAction a) {
        return "TransferParticipantToThirdParty".equals(a.type()) && !"true".equalsIgnoreCase(a.parameter("ContinueFlowExecution"));
    }

    private static void checkTarget(String target, String pointer, Set<String> ids, List<FlowProblem> problems) {
        if (notBlank(target) && !ids.contains(target)) {
            problems.add(new FlowProblem(pointer, "names no action: " + target));
        }
    }

    /** The actions no path from StartAction reaches, in document order. */
    public static List<FlowAction> unreachable(FlowDocument doc) {
        Map<String, FlowAction> byId = doc.byId();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        if (doc.startAction() != null && byId.containsKey(doc.startAction())) {
            todo.push(doc.startAction());
        }
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            FlowAction a = byId.get(id);
            List<String> targets = new ArrayList<>();
            targets.add(a.nextAction());
            a.conditions().forEach(c -> targets.add(c.nextAction()));
            targets.addAll(a.errors().values());
            targets.stream().filter(t -> t != null && byId.containsKey(t)).forEach(todo::push);
        }
        return doc.actions().stream().filter(a -> !seen.contains(a.identifier())).toList();
    }

    public static boolean isReference(String value) {
        return value != null && value.strip().startsWith("$.");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "hours" -> "hours of operation";
            case "function" -> "external function";
            case "quickTable" -> "quick table";
            default -> kind;
        };
    }
}
