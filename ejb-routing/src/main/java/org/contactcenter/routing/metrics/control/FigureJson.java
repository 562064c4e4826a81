package org.contactcenter.routing.metrics.control;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.contactcenter.rules.metrics.Gauges;
import org.contactcenter.rules.metrics.Totals;

/** The real-time figures' JSON: one entry (a queue, routing profile or channel) and its metrics, gauges and today's totals together. */
public final class FigureJson {
    private FigureJson() {
    }

    public static JsonObject entry(String key, String id, String name, Gauges g, Totals totals, long now, boolean withQueue) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add(key, id);
        if (name != null) {
            b.add("name", name);
        }
        return b.add("metrics", metrics(g.metrics(now, withQueue), totals == null ? new Totals() : totals)).build();
    }

    public static JsonObject metrics(Map<String, Number> gauges, Totals totals) {
        JsonObjectBuilder m = JSON.createObjectBuilder();
        gauges.forEach((k, v) -> put(m, k, v));
        totals.metrics().forEach((k, v) -> put(m, k, v));
        return m.build();
    }

    private static void put(JsonObjectBuilder m, String k, Number v) {
        if (v == null) {
            m.addNull(k);
        } else if (v instanceof Double d) {
            m.add(k, d);
        } else {
            m.add(k, v.longValue());
        }
    }
}
