package org.contactcenter.rules.flow;

import java.util.List;
import java.util.Set;

/**
 * What the catalogue knows of one block type: its block name in the designer, whether it continues with a
 * {@code NextAction}, whether its transitions are conditions on a result (and which results), which error types it
 * has (all required, as Amazon Connect's designer requires every error branch to be connected), its parameters,
 * and the flow types it may be used in (empty = all).
 *
 * @param required parameters every block of this type needs; an entry "A|B" means one of A or B
 * @param references parameter → kind of resource it names (queue, hours, flow, prompt, function, quickTable, agent)
 * @param numbers numeric parameters with their inclusive range
 */
public record BlockType(String type, String block, boolean next, Conditions conditions, List<String> errors,
                        List<String> required, java.util.Map<String, String> references,
                        java.util.Map<String, long[]> numbers, Set<String> flowTypes, String description) {

    /** How a block's transitions use conditions. */
    public enum Conditions {
        /** no conditions */
        NONE,
        /** conditions on the result, at least one required */
        REQUIRED,
        /** conditions allowed (e.g. the options of Get customer input) */
        OPTIONAL
    }

    public boolean allowedIn(String flowType) {
        return flowTypes.isEmpty() || flowTypes.contains(flowType);
    }
}
