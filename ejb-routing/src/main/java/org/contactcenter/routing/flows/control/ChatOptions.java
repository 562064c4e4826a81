package org.contactcenter.routing.flows.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.flow.FlowCondition;

/**
 * The option buttons a chat shows for a Get customer input block: one per condition. The button sends the
 * condition's first word (its first operand that is not a DTMF digit, else the digit), which the condition matches;
 * it shows the block's {@code OptionLabels} entry for the condition (keyed by that word or by the condition's first
 * operand, e.g. {@code "OptionLabels": {"1": "Sales"}}), else the word itself.
 */
record ChatOptions(List<String> values, List<String> labels) {

    static ChatOptions of(FlowAction block) {
        Map<String, String> labelOf = block.parametersUnder("OptionLabels");
        Map<String, String> options = new LinkedHashMap<>();
        for (FlowCondition c : block.conditions()) {
            if (c.operands().isEmpty()) {
                continue;
            }
            String first = c.operands().get(0);
            String value = c.operands().stream().filter(o -> !o.matches("[0-9#*]+")).findFirst().orElse(first);
            String label = labelOf.getOrDefault(value, labelOf.getOrDefault(first, value));
            if (!value.isBlank()) {
                options.putIfAbsent(value, label);
            }
        }
        return new ChatOptions(List.copyOf(options.keySet()), new ArrayList<>(options.values()));
    }

    /** Sets the question's options and, when any differs from its option, their labels. */
    void into(MediaAction ask) {
        ask.options = values;
        ask.optionLabels = labels.equals(values) ? null : List.copyOf(labels);
    }
}
