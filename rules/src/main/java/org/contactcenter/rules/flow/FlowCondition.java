package org.contactcenter.rules.flow;

import java.util.List;

/** One conditional transition: go to {@code nextAction} when the block's result satisfies operator and operands. */
public record FlowCondition(String nextAction, String operator, List<String> operands) {
    public FlowCondition {
        operands = operands == null ? List.of() : List.copyOf(operands);
    }
}
