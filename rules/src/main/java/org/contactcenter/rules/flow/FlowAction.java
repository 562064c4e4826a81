package org.contactcenter.rules.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action (block) of a flow document. {@code parameters} are flattened: nested objects and arrays become dotted
 * keys ({@code Attributes.vip}, {@code Messages.0.Text}), so {@link #pointer(String)} is mechanical.
 * {@code errors} maps an error type (e.g. {@code NoMatchingError}) to the action it leads to, in document order.
 *
 * @param index the action's position in the document's {@code Actions} array (for JSON pointers)
 */
public record FlowAction(int index, String identifier, String type, Map<String, String> parameters, String nextAction,
                         List<FlowCondition> conditions, Map<String, String> errors) {
    public FlowAction {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        errors = errors == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /** The parameters under a prefix ({@code Attributes} → {@code vip=true}), in document order. */
    public Map<String, String> parametersUnder(String prefix) {
        Map<String, String> result = new LinkedHashMap<>();
        String p = prefix + ".";
        parameters.forEach((k, v) -> {
            if (k.startsWith(p)) {
                result.put(k.substring(p.length()), v);
            }
        });
        return result;
    }

    /** JSON pointer of this action, or of a member below it ({@code Parameters/QueueId}). */
    public String pointer(String below) {
        return "/Actions/" + index + (below == null || below.isEmpty() ? "" : "/" + below);
    }

    /** JSON pointer of a (flattened) parameter. */
    public String parameterPointer(String flattenedName) {
        return pointer("Parameters/" + FlowDocument.escape(flattenedName).replace('.', '/'));
    }
}
