package org.contactcenter.routing.metrics.boundary;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The recent past of each queue's contacts in queue, for the wallboard's line chart (docs/METRICS.md): one sample of
 * the real-time figures every {@code step} at most, the latest {@code points} kept, in memory (a restart starts it
 * again; the historical metrics are the record of the past).
 */
final class QueueHistory {
    private record Sample(Instant at, Map<String, Integer> queues) {
    }

    private final long stepMillis;
    private final int points;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    QueueHistory(long stepMillis, int points) {
        this.stepMillis = stepMillis;
        this.points = points;
    }

    /** Takes the figures' {@code queues[].metrics.contactsInQueue} when a step has passed since the last sample. */
    synchronized void offer(Instant at, JsonObject figures) {
        Sample last = samples.peekLast();
        if (last != null && at.toEpochMilli() - last.at().toEpochMilli() < stepMillis) {
            return;
        }
        Map<String, Integer> queues = new LinkedHashMap<>();
        for (JsonValue v : figures.getJsonArray("queues")) {
            JsonObject q = v.asJsonObject();
            queues.put(q.getString("queueId"), q.getJsonObject("metrics").getInt("contactsInQueue", 0));
        }
        samples.addLast(new Sample(at, queues));
        while (samples.size() > points) {
            samples.removeFirst();
        }
    }

    /** {@code {"stepSeconds":5,"samples":[{"at":"…","queues":{"<queue id>":n}}]}}, oldest first. */
    synchronized JsonObject json() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (Sample s : samples) {
            JsonObjectBuilder queues = JSON.createObjectBuilder();
            s.queues().forEach(queues::add);
            out.add(JSON.createObjectBuilder().add("at", s.at().toString()).add("queues", queues));
        }
        return JSON.createObjectBuilder().add("stepSeconds", stepMillis / 1000.0).add("samples", out).build();
    }
}
