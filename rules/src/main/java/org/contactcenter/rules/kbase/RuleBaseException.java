package org.contactcenter.rules.kbase;

import java.util.List;

/** A rule base that did not compile; each message names the file and line, as Drools reports them. */
public class RuleBaseException extends RuntimeException {
    private final List<String> problems;

    public RuleBaseException(List<String> problems) {
        super("Rule base has errors: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
