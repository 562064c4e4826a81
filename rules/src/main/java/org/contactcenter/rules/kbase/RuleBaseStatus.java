package org.contactcenter.rules.kbase;

import java.time.Instant;
import java.util.List;

/** What a loaded rule base holds: its name, where it came from and the rules it contains, package by package. */
public record RuleBaseStatus(String name, String source, Instant loadedAt, List<String> rules) {
    public RuleBaseStatus {
        rules = List.copyOf(rules);
    }
}
