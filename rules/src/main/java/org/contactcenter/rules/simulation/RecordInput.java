package org.contactcenter.rules.simulation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.flow.RoutingCriteriaParameters;
import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.RoutingCriteria;

/**
 * What the simulator reads of one contact record (docs/RECORDS.md, Amazon Connect's CTR field names). Times are epoch
 * milliseconds, null when absent. {@code agentQueue}: the record's queue is an agent's own ({@code Queue.Name} starts
 * with {@code agent:}); {@code transferredOut}: {@code NextContactId} or {@code TransferredToEndpoint} is set;
 * {@code criteria}: the optional extension member {@code RoutingCriteria} (Connect's shape: {@code Steps[].Expression},
 * {@code Steps[].Expiry.DurationInSeconds}), set by a flow or the API, which takes precedence over the routing rules.
 */
public record RecordInput(String contactId, long lastUpdatedAt, Channel channel, String initiationMethod, String state,
                          String queueId, String queueName, boolean agentQueue, Map<String, String> attributes,
                          long enqueuedAt, Long dequeuedAt, Long connectedToAgentAt, Long acwStartedAt, Long acwEndedAt,
                          Long disconnectedAt, String agentId, String agentUsername, String profileId, String profileName,
                          long holdMillis, int holdCount, int missed, boolean transferredOut, RoutingCriteria criteria) {

    public RecordInput {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Whether the contact was initiated by a transfer (TRANSFER, QUEUE_TRANSFER). */
    public boolean transferredIn() {
        return "TRANSFER".equals(initiationMethod) || "QUEUE_TRANSFER".equals(initiationMethod);
    }

    public boolean outbound() {
        return "OUTBOUND".equals(initiationMethod);
    }

    /** The record is final: State ENDED. */
    public boolean ended() {
        return "ENDED".equals(state);
    }

    /** The record as the metrics read it (the same reading as the server's, {@code Facts} in ejb-routing). */
    public RecordFacts facts() {
        return new RecordFacts(contactId, channel, queueId, agentQueue, agentId, profileId, enqueuedAt, dequeuedAt, connectedToAgentAt,
                acwStartedAt, acwEndedAt, disconnectedAt, holdMillis, holdCount, missed, transferredIn(), transferredOut, ended());
    }

    /** Reads one record (a JSON object); throws IllegalArgumentException naming the member that is wrong. */
    @SuppressWarnings("unchecked")
    public static RecordInput of(Object json) {
        if (!(json instanceof Map<?, ?> raw)) {
            throw new IllegalArgumentException("a record is a JSON object");
        }
        Map<String, Object> r = (Map<String, Object>) raw;
        String id = text(r, "ContactId", true);
        Channel channel;
        String ch = text(r, "Channel", true);
        try {
            channel = Channel.valueOf(ch);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Channel: VOICE or CHAT, not " + ch);
        }
        Map<String, Object> queue = object(r, "Queue", true);
        Map<String, Object> agent = object(r, "Agent", false);
        Map<String, Object> profile = agent == null ? null : object(agent, "RoutingProfile", false);
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, Object> attrs = object(r, "Attributes", false);
        if (attrs != null) {
            attrs.forEach((k, v) -> {
                if (!(v instanceof String s)) {
                    throw new IllegalArgumentException("Attributes." + k + ": a string");
                }
                attributes.put(k, s);
            });
        }
        String queueName = text(queue, "Name", false);
        Long enqueued = time(queue, "EnqueueTimestamp", "Queue.");
        if (enqueued == null) {
            throw new IllegalArgumentException("Queue.EnqueueTimestamp: missing");
        }
        Long last = time(r, "LastUpdateTimestamp", "");
        Long hold = agent == null ? null : number(agent, "CustomerHoldDuration", "Agent.");
        Long holds = agent == null ? null : number(agent, "NumberOfHolds", "Agent.");
        Long missed = number(r, "MissedConnectionAttempts", "");
        return new RecordInput(id, last == null ? enqueued : last, channel, text(r, "InitiationMethod", false), text(r, "State", false),
                required(text(queue, "Id", false), "Queue.Id"), queueName,
                queueName != null && queueName.startsWith("agent:"), attributes, enqueued, time(queue, "DequeueTimestamp", "Queue."),
                agent == null ? null : time(agent, "ConnectedToAgentTimestamp", "Agent."),
                agent == null ? null : time(agent, "AfterContactWorkStartTimestamp", "Agent."),
                agent == null ? null : time(agent, "AfterContactWorkEndTimestamp", "Agent."),
                time(r, "DisconnectTimestamp", ""), agent == null ? null : text(agent, "Id", true), agent == null ? null : text(agent, "Username", false),
                profile == null ? null : text(profile, "Id", false), profile == null ? null : text(profile, "Name", false),
                hold == null ? 0 : hold * 1000, holds == null ? 0 : holds.intValue(), missed == null ? 0 : missed.intValue(),
                r.get("NextContactId") != null || r.get("TransferredToEndpoint") != null, criteria(r.get("RoutingCriteria")));
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": missing");
        }
        return value;
    }

    private static String text(Map<String, Object> m, String name, boolean required) {
        Object v = m.get(name);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(name + ": missing");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(name + ": a string");
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> m, String name, boolean required) {
        Object v = m.get(name);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(name + ": missing");
            }
            return null;
        }
        if (!(v instanceof Map<?, ?> o)) {
            throw new IllegalArgumentException(name + ": an object");
        }
        return (Map<String, Object>) o;
    }

    private static Long time(Map<String, Object> m, String name, String prefix) {
        Object v = m.get(name);
        if (v == null) {
            return null;
        }
        try {
            return epochMillis((String) v);
        } catch (ClassCastException | DateTimeParseException e) {
            throw new IllegalArgumentException(prefix + name + ": an ISO-8601 instant such as 2026-12-02T01:00:00Z, not " + v);
        }
    }

    /**
     * An ISO-8601 instant as epoch milliseconds (sub-millisecond digits dropped, as the router keeps milliseconds). The
     * records' own form, {@code 2026-12-01T22:00:02.850123Z}, is read directly (a day's file has over a million of
     * them); any other form through {@link Instant#parse}.
     */
    static long epochMillis(String t) {
        int n = t.length();
        if (n >= 20 && n <= 30 && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T' && t.charAt(13) == ':'
                && t.charAt(16) == ':' && t.charAt(n - 1) == 'Z' && (n == 20 || t.charAt(19) == '.')) {
            int year = digits(t, 0, 4);
            int month = digits(t, 5, 7);
            int day = digits(t, 8, 10);
            int hour = digits(t, 11, 13);
            int minute = digits(t, 14, 16);
            int second = digits(t, 17, 19);
            int millis = 0;
            for (int k = 20, scale = 100; k < n - 1; k++, scale /= 10) {
                int d = t.charAt(k) - '0';
                if (d < 0 || d > 9) {
                    return Instant.parse(t).toEpochMilli();
                }
                millis += d * scale;
            }
            if (year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                    && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
                long days = java.time.LocalDate.of(year, month, day).toEpochDay();
                return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
            }
        }
        return Instant.parse(t).toEpochMilli();
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            int d = t.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return -1_000_000;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static Long number(Map<String, Object> m, String name, String prefix) {
        Object v = m.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Long n) || n < 0) {
            throw new IllegalArgumentException(prefix + name + ": a whole number of 0 or more, not " + v);
        }
        return n;
    }

    /** Connect's RoutingCriteria JSON, flattened as the flows' block parameters are, read by the flows' own parser. */
    private static RoutingCriteria criteria(Object json) {
        if (json == null) {
            return null;
        }
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", json, flat);
        try {
            return RoutingCriteriaParameters.parse(flat);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("RoutingCriteria." + e.getMessage());
        }
    }

    private static void flatten(String prefix, Object v, Map<String, String> out) {
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> flatten(prefix + k + ".", x, out));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + i + ".", l.get(i), out);
            }
        } else if (v != null) {
            out.put(prefix.substring(0, prefix.length() - 1), v.toString());
        }
    }
}
