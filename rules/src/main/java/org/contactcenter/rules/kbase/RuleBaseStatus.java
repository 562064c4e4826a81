package org.contactcenter.rules.kbase;

import java.time.Instant;
import java.util.List;

/**
 * A loaded rule base: its rules, and how often one of them failed at run time since it was loaded (a decision that
 * failed fell back to the default: see {@link RuleBases}), with the last failure.
 */
public record RuleBaseStatus(String name, String source, Instant loadedAt, List<String> rules, long runtimeFailures, RuleFailure lastFailure) {
    public RuleBaseStatus {
        rules = List.copyOf(rules);
    }

    RuleBaseStatus withFailures(long failures, RuleFailure last) {
        return new RuleBaseStatus(name, source, loadedAt, rules, failures, last);
    }
}
