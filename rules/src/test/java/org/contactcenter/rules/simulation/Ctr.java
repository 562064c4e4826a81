package org.contactcenter.rules.simulation;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test records in the file sink's shape (docs/RECORDS.md), times in seconds after {@link #T0}. Queue ids are
 * {@code q-NAME}, agent ids {@code a-USERNAME}, routing profile "Basic" ({@code p-basic}).
 */
final class Ctr {
    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private Ctr() {
    }

    static String at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000)).toString();
    }

    /** Answered at {@code answer} by {@code agent}, handled for {@code handle} s, then {@code acw} s of after-contact work. */
    static String answered(String id, String queue, double enqueue, double answer, String agent, double handle, double acw, String... attributes) {
        Map<String, Object> r = base(id, queue, enqueue, attributes);
        r.put("State", "ENDED");
        double end = answer + handle;
        r.put("DisconnectTimestamp", at(end));
        r.put("LastUpdateTimestamp", at(end + acw + 0.001));
        queueOf(r).put("DequeueTimestamp", at(answer));
        queueOf(r).put("Duration", (long) (answer - enqueue));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("Id", "a-" + agent);
        a.put("Username", agent);
        a.put("RoutingProfile", new LinkedHashMap<>(Map.of("Id", "p-basic", "Name", "Basic")));
        a.put("ConnectedToAgentTimestamp", at(answer));
        a.put("AgentInteractionDuration", (long) handle);
        a.put("CustomerHoldDuration", 0L);
        a.put("NumberOfHolds", 0L);
        a.put("AfterContactWorkStartTimestamp", at(end));
        a.put("AfterContactWorkEndTimestamp", at(end + acw));
        a.put("AfterContactWorkDuration", (long) acw);
        r.put("Agent", a);
        return Json.write(r);
    }

    /** Queued at {@code enqueue}, the customer left at {@code gone} without an agent. */
    static String abandoned(String id, String queue, double enqueue, double gone, String... attributes) {
        Map<String, Object> r = base(id, queue, enqueue, attributes);
        r.put("State", "ENDED");
        r.put("DisconnectTimestamp", at(gone));
        r.put("LastUpdateTimestamp", at(gone + 0.001));
        queueOf(r).put("DequeueTimestamp", at(gone));
        queueOf(r).put("Duration", (long) (gone - enqueue));
        return Json.write(r);
    }

    /** An earlier update of a contact: still waiting, written at {@code written}. */
    static String waiting(String id, String queue, double enqueue, double written) {
        Map<String, Object> r = base(id, queue, enqueue);
        r.put("State", "WAITING");
        r.put("LastUpdateTimestamp", at(written));
        return Json.write(r);
    }

    private static Map<String, Object> base(String id, String queue, double enqueue, String... attributes) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ContactId", id);
        r.put("Channel", "VOICE");
        r.put("InitiationMethod", "INBOUND");
        r.put("InitiationTimestamp", at(enqueue));
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            attrs.put(attributes[i], attributes[i + 1]);
        }
        r.put("Attributes", attrs);
        r.put("AgentConnectionAttempts", 1L);
        r.put("MissedConnectionAttempts", 0L);
        r.put("RejectedConnectionAttempts", 0L);
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("Id", "q-" + queue);
        q.put("Name", queue);
        q.put("EnqueueTimestamp", at(enqueue));
        r.put("Queue", q);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> queueOf(Map<String, Object> r) {
        return (Map<String, Object>) r.get("Queue");
    }

    static List<RecordInput> read(String... lines) {
        return Records.read(new StringReader(String.join("\n", lines) + "\n"), "records");
    }

    static List<String> lines(String... lines) {
        return new ArrayList<>(List.of(lines));
    }
}
