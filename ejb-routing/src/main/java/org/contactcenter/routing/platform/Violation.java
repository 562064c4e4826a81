package org.contactcenter.routing.platform;

/** One problem with a request: the JSON path of the offending field (e.g. {@code queueConfigs[1].priority}) and why. */
public record Violation(String field, String message) {
}
