package org.contactcenter.routing.metrics.control;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.contactcenter.rules.metrics.Totals;
import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.router.RouterSnapshot.AgentLoad;

/**
 * The real-time figures' agent rows: each agent's activity and since when it has been in it (as the computes saw it),
 * what it holds, and its today's metrics, rendered again only when its totals changed (most do not between computes).
 * For one computing thread at a time.
 */
public final class AgentRows {
    private static final JsonObject NO_TOTALS = FigureJson.metrics(Map.of(), new Totals());
    /** each agent's activity as last seen, and since when */
    private final Map<String, Map.Entry<AgentActivity, Instant>> activities = new HashMap<>();
    /** each agent's today's metrics as last rendered, and the totals they were rendered from */
    private final Map<String, Map.Entry<long[], JsonObject>> metrics = new HashMap<>();

    /** The row of {@code a} at {@code now} (epoch millis); {@code totals}: its today's, null when none. */
    public JsonObject row(AgentLoad a, String username, String status, Totals totals, long now) {
        var seen = activities.get(a.agentId());
        if (seen == null || seen.getKey() != a.activity()) {
            seen = Map.entry(a.activity(), Instant.ofEpochMilli(now));
            activities.put(a.agentId(), seen);
        }
        JsonObjectBuilder occupied = JSON.createObjectBuilder();
        a.occupied().forEach((ch, n) -> occupied.add(ch.name(), n));
        JsonObjectBuilder b = JSON.createObjectBuilder().add("agentId", a.agentId());
        if (username != null) {
            b.add("username", username);
        }
        b.add("routingProfileId", a.profileId()).add("status", status == null ? "Offline" : status).add("activity", a.activity().name())
                .add("activitySince", seen.getValue().toString()).add("secondsInActivity", Math.max(0, now - seen.getValue().toEpochMilli()) / 1000)
                .add("occupied", occupied).add("metrics", metricsOf(a.agentId(), totals));
        return b.build();
    }

    private JsonObject metricsOf(String agentId, Totals totals) {
        if (totals == null) {
            metrics.remove(agentId);
            return NO_TOTALS;
        }
        long[] values = totals.values();
        Map.Entry<long[], JsonObject> last = metrics.get(agentId);
        if (last != null && Arrays.equals(last.getKey(), values)) {
            return last.getValue();
        }
        JsonObject m = FigureJson.metrics(Map.of(), totals);
        metrics.put(agentId, Map.entry(values, m));
        return m;
    }
}
