package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Beyond its capacity the center refuses new contacts at once — 503 with Retry-After, counted in /metrics — instead
 * of holding the requests, and loses nothing: every contact it answered 201 for waits in its queue, none it refused
 * exists. A center of its own, with room for one new contact at a time ({@code cc.routing.max-pending-contacts=1}),
 * so that bursts of simultaneous POSTs overflow it.
 */
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class OverloadIT {

    @Test
    void aBurstBeyondCapacityIsRefusedAtOnceAndNothingIsLost() throws Exception {
        List<String> properties = new ArrayList<>(MicroProcess.freshDatabase("cc_overload"));
        properties.add("-Dcc.routing.max-pending-contacts=1");
        properties.add("-Dcc.routing.overload-retry-after-seconds=2");
        try (MicroProcess micro = MicroProcess.start("overload", properties)) {
            Api admin = micro.api().admin();
            String hours = admin.idOf("hours-of-operation", "name", "24x7");
            String queueId = admin.post("api/v1/queues", Json.createObjectBuilder().add("name", "Overload").add("hoursOfOperationId", hours).build())
                    .object().getString("id");
            List<String> created = new ArrayList<>();
            List<Answer> refused = new ArrayList<>();
            ExecutorService burst = Executors.newFixedThreadPool(40);
            try {
                for (int round = 0; round < 20 && refused.isEmpty(); round++) { // bounded: a busy machine may spread a burst out
                    List<Future<Answer>> answers = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        answers.add(burst.submit(() -> admin.post("api/v1/contacts",
                                Json.createObjectBuilder().add("queueId", queueId).add("channel", "VOICE").build())));
                    }
                    for (Future<Answer> f : answers) {
                        Answer answer = f.get();
                        if (answer.status() == 201) {
                            created.add(answer.object().getString("id"));
                        } else {
                            assertEquals(503, answer.status(), answer.toString());
                            refused.add(answer);
                        }
                    }
                }
            } finally {
                burst.shutdownNow();
            }
            assertTrue(!refused.isEmpty(), "some of the simultaneous contacts are refused");
            Answer first = refused.get(0);
            assertEquals("2", first.header("Retry-After").orElse(null), first.toString());
            assertTrue(first.contentType().startsWith("application/problem+json"), first.toString());
            assertEquals(503, first.object().getInt("status"));

            List<String> waiting = admin.get("api/v1/queues/" + queueId + "/contacts").array().stream()
                    .map(v -> v.asJsonObject().getString("contactId")).toList();
            assertEquals(created.size(), waiting.size(), "every admitted contact waits, no refused one does");
            assertTrue(waiting.containsAll(created));

            String metrics = admin.send(admin.request("/metrics").setHeader("Accept", "text/plain")).body();
            double counted = metrics.lines().filter(l -> l.startsWith("cc_contacts_refused_total") && l.contains("reason=\"overload\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            assertEquals(refused.size(), (int) counted, "each refusal counted");

            // once the burst is over, a new contact is taken again
            assertEquals(201, admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "VOICE").build()).status());
        }
    }
}
