package org.contactcenter.rules.model;

import java.util.Map;

/**
 * Fact: a contact about to be queued, whose routing priority the routing rules decide (1 = most urgent, 5 = the
 * default, as in Amazon Connect). The rules call {@link #decide(int, String)}; the lowest priority decided wins.
 */
public final class ContactPriorityRequest {
    public static final int DEFAULT_PRIORITY = 5;

    private final Channel channel;
    private final Map<String, String> attributes;
    private Integer priority;
    private String decidedBy;

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
}
