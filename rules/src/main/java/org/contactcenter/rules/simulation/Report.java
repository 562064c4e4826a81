package org.contactcenter.rules.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a what-if run (docs/SIMULATOR.md, "The report"): per standard queue and in total, the queue metrics
 * of what really happened ({@code actual}), of the replay, and {@code delta} = replay − actual; per routing profile
 * and in total, staffing and occupancy likewise; and a summary of the run. Serialises to JSON ({@link #toJson}), CSV
 * ({@link #toCsv}) and a text table ({@link #toText}); {@link #toMap} is the JSON's structure, for a JSON-B/JSON-P
 * caller. Immutable.
 */
public record Report(Map<String, Object> summary, List<Row> queues, Row total, List<Row> routingProfiles, Row allProfiles) {
    public Report {
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        queues = List.copyOf(queues);
        routingProfiles = List.copyOf(routingProfiles);
    }

    /** One group: its id (null for a total), name, both sides' figures and their differences. */
    public record Row(String id, String name, Map<String, Number> actual, Map<String, Number> replay, Map<String, Number> delta) {
        static Row of(String id, String name, Map<String, Number> actual, Map<String, Number> replay) {
            Map<String, Number> delta = new LinkedHashMap<>();
            for (String key : replay.keySet()) {
                Number a = actual.get(key);
                Number r = replay.get(key);
                delta.put(key, a == null || r == null ? null
                        : (a instanceof Long && r instanceof Long) ? (Number) (r.longValue() - a.longValue())
                        : (Number) (Math.round((r.doubleValue() - a.doubleValue()) * 1000.0) / 1000.0));
            }
            return new Row(id, name, java.util.Collections.unmodifiableMap(actual), java.util.Collections.unmodifiableMap(replay),
                    java.util.Collections.unmodifiableMap(delta));
        }

        Map<String, Object> toMap(String idName) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (id != null) {
                m.put(idName, id);
            }
            m.put("name", name);
            m.put("actual", actual);
            m.put("replay", replay);
            m.put("delta", delta);
            return m;
        }
    }

    public Row queue(String nameOrId) {
        return queues.stream().filter(r -> nameOrId.equals(r.name()) || nameOrId.equals(r.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no queue " + nameOrId + " in the report"));
    }

    public Row routingProfile(String nameOrId) {
        return routingProfiles.stream().filter(r -> nameOrId.equals(r.name()) || nameOrId.equals(r.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no routing profile " + nameOrId + " in the report"));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", summary);
        List<Object> q = new ArrayList<>();
        queues.forEach(r -> q.add(r.toMap("queueId")));
        m.put("queues", q);
        m.put("total", total.toMap("queueId"));
        List<Object> p = new ArrayList<>();
        routingProfiles.forEach(r -> p.add(r.toMap("routingProfileId")));
        m.put("routingProfiles", p);
        m.put("allRoutingProfiles", allProfiles.toMap("routingProfileId"));
        return m;
    }

    public String toJson() {
        return Json.write(toMap());
    }

    /**
     * CSV (RFC 4180, a UTF-8 byte order mark first for Excel, a cell starting with {@code = + - @} prefixed with
     * {@code '}): {@code section,id,name,metric,actual,replay,delta}, one line per group and metric.
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder("\uFEFFsection,id,name,metric,actual,replay,delta\r\n");
        for (Row r : queues) {
            csv(b, "queue", r);
        }
        csv(b, "queue", total);
        for (Row r : routingProfiles) {
            csv(b, "routingProfile", r);
        }
        csv(b, "routingProfile", allProfiles);
        return b.toString();
    }

    private static void csv(StringBuilder b, String section, Row r) {
        for (String metric : r.replay().keySet()) {
            b.append(section).append(',').append(cell(r.id() == null ? "" : r.id())).append(',').append(cell(r.name())).append(',')
                    .append(metric).append(',').append(number(r.actual().get(metric))).append(',')
                    .append(number(r.replay().get(metric))).append(',').append(number(r.delta().get(metric))).append("\r\n");
        }
    }

    private static String cell(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            t = '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    private static String number(Number n) {
        return n == null ? "" : n.toString();
    }

    /** The text table analysts read: the main figures side by side. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("What-if replay\n");
        summary.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v == null ? "–" : v).append('\n'));
        b.append("\nQueues (actual → replay, delta)\n");
        List<String> metrics = List.of("contactsQueued", "contactsAnswered", "contactsAbandoned", "serviceLevel20", "serviceLevel30",
                "serviceLevel60", "averageQueueAnswerTime", "p90QueueAnswerTime", "averageQueueAbandonTime");
        List<String> heads = List.of("offered", "answered", "abandoned", "SL20 %", "SL30 %", "SL60 %", "ASA s", "p90 s", "abandon s");
        table(b, "queue", heads, metrics, queues, total);
        b.append("\nRouting profiles (actual → replay, delta)\n");
        table(b, "routing profile", List.of("agents", "staffed h", "busy h", "occupancy %", "contacts"), Side.PROFILE_METRICS,
                routingProfiles, allProfiles);
        return b.toString();
    }

    private static void table(StringBuilder b, String first, List<String> heads, List<String> metrics, List<Row> rows, Row total) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(first);
        head.addAll(heads);
        lines.add(head);
        List<Row> all = new ArrayList<>(rows);
        all.add(total);
        for (Row r : all) {
            List<String> cells = new ArrayList<>();
            cells.add(r.name());
            for (String m : metrics) {
                cells.add(format(r.actual().get(m)) + " → " + format(r.replay().get(m)) + " (" + signed(r.delta().get(m)) + ")");
            }
            lines.add(cells);
        }
        int[] width = new int[head.size()];
        for (List<String> l : lines) {
            for (int k = 0; k < l.size(); k++) {
                width[k] = Math.max(width[k], l.get(k).length());
            }
        }
        for (int n = 0; n < lines.size(); n++) {
            List<String> l = lines.get(n);
            for (int k = 0; k < l.size(); k++) {
                String cell = l.get(k);
                b.append(k == 0 ? String.format("%-" + width[k] + "s", cell) : String.format("  %" + width[k] + "s", cell));
            }
            b.append('\n');
        }
    }

    private static String format(Number n) {
        if (n == null) {
            return "–";
        }
        if (n instanceof Long) {
            return n.toString();
        }
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private static String signed(Number n) {
        if (n == null) {
            return "–";
        }
        String f = format(n);
        return n.doubleValue() > 0 ? "+" + f : n.doubleValue() == 0 ? "±0" : f;
    }
}
