package org.contactcenter.rules.kbase;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule that threw while deciding: which rule base and rule (when Drools names it), what it threw, and when. */
public record RuleFailure(String ruleBase, String rule, String message, Instant at) {
    /** Drools names the rule in quotes: {@code … in [Rule "Level in the condition" in levels.drl]} */
    private static final Pattern RULE = Pattern.compile("[Rr]ule:? \"([^\"]+)\"");

    static RuleFailure of(String ruleBase, RuntimeException e, Instant at) {
        String rule = "(unknown rule)";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException c && c.getRule() != null) {
                rule = c.getRule().getName();
                break;
            }
            Matcher m = t.getMessage() == null ? null : RULE.matcher(t.getMessage());
            if (m != null && m.find()) {
                rule = m.group(1).trim();
                break;
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new RuleFailure(ruleBase, rule, root.getClass().getSimpleName() + ": " + root.getMessage(), at);
    }
}
