package org.contactcenter.rules.flow;

import java.util.Optional;

/** Answers whether the resources a flow names exist (the validator's view of the configuration). */
public interface FlowReferences {
    /** @param kind queue, hours, prompt, function, quickTable or agent */
    boolean exists(String kind, String id);

    /** The type of the flow with this id (e.g. CUSTOMER_QUEUE), empty when there is none. */
    Optional<String> flowType(String flowId);

    /** Everything exists (for structure-only checks). */
    FlowReferences ANY = new FlowReferences() {
        @Override
        public boolean exists(String kind, String id) {
            return true;
        }

        @Override
        public Optional<String> flowType(String flowId) {
            return Optional.of("*");
        }
    };
}
