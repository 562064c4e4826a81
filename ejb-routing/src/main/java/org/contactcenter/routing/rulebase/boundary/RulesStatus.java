package org.contactcenter.routing.rulebase.boundary;

import java.time.Instant;
import java.util.List;

import org.contactcenter.rules.kbase.RuleBaseStatus;

/**
 * The running rule bases, the rules directory they are read from (if any), and the problems (file:line: message)
 * of the last reload that was rejected — the rule bases listed keep running until a reload succeeds.
 */
public class RulesStatus {
    public String directory;
    public List<RuleBaseStatus> ruleBases;
    public Instant loadedAt;
    public List<String> rejectedProblems;
    public Instant rejectedAt;
    /** After a publish through the API: the version it was kept as. */
    public Integer publishedVersion;

    public RulesStatus() {
    }

    public RulesStatus(String directory, List<RuleBaseStatus> ruleBases, Instant loadedAt, List<String> rejectedProblems, Instant rejectedAt) {
        this.directory = directory;
        this.ruleBases = ruleBases;
        this.loadedAt = loadedAt;
        this.rejectedProblems = rejectedProblems;
        this.rejectedAt = rejectedAt;
    }
}
