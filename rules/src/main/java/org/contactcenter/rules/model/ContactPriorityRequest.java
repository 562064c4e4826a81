package org.contactcenter.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fact: a contact about to be queued, whose routing priority the routing rules decide (1 = most urgent, 5 = the
 * default, as in Amazon Connect). The rules call {@link #decide(int, String)}; the lowest priority decided wins.
 * They may also give it routing criteria ({@link #require}): requirements with the same step number are AND-ed into
 * that step; steps apply in ascending number; a step expires after the shortest expiry its requirements give (0 = no
 * expiry, allowed for the last step only). A flow's "Set routing criteria" (or the API's) takes precedence.
 */
public final class ContactPriorityRequest {
    public static final int DEFAULT_PRIORITY = 5;

    private final Channel channel;
    private final Map<String, String> attributes;
    private Integer priority;
    private String decidedBy;
    private final TreeMap<Integer, List<RoutingCriteria.Expression>> steps = new TreeMap<>();
    private final TreeMap<Integer, Integer> expiries = new TreeMap<>();
    private final List<String> criteriaRules = new ArrayList<>();

    public ContactPriorityRequest(Channel channel, Map<String, String> attributes) {
        this.channel = channel;
        this.attributes = Map.copyOf(attributes);
    }

    public Channel getChannel() {
        return channel;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public Integer getPriority() {
        return priority;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** Records a decision; a less urgent decision never overrides a more urgent one. */
    public void decide(int candidate, String rule) {
        if (priority == null || candidate < priority) {
            priority = candidate;
            decidedBy = rule;
        }
    }

    /**
     * A routing requirement: in step {@code step} (1, 2, …) agents need {@code name = value} at {@code minLevel} or
     * more; the step expires after {@code expirySeconds} (0: never — the last step only).
     */
    public void require(int step, String name, String value, int minLevel, int expirySeconds, String rule) {
        steps.computeIfAbsent(step, k -> new ArrayList<>()).add(new RoutingCriteria.Condition(name, value, minLevel));
        if (expirySeconds > 0) {
            expiries.merge(step, expirySeconds, Math::min);
        }
        criteriaRules.add(rule);
    }

    /** The routing criteria the rules required; null when none did. Throws IllegalArgumentException when they do not fit. */
    public RoutingCriteria criteria() {
        if (steps.isEmpty()) {
            return null;
        }
        List<RoutingCriteria.Step> list = new ArrayList<>();
        steps.forEach((n, conditions) -> list.add(new RoutingCriteria.Step(
                conditions.size() == 1 ? conditions.get(0) : new RoutingCriteria.And(conditions), expiries.get(n))));
        return new RoutingCriteria(list);
    }

    /** The rules that required routing criteria, in firing order. */
    public List<String> getCriteriaRules() {
        return List.copyOf(criteriaRules);
    }
}
