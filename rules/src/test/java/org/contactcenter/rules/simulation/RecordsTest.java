package org.contactcenter.rules.simulation;

import static org.contactcenter.rules.simulation.Ctr.abandoned;
import static org.contactcenter.rules.simulation.Ctr.answered;
import static org.contactcenter.rules.simulation.Ctr.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.metrics.Totals;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

/** Reading the file sink's JSON lines: de-duplication, bad lines, and the "what really happened" side. */
class RecordsTest {
    static final long T0 = Ctr.T0.toEpochMilli();

    @Test
    void repeatedUpdatesOfAContactKeepTheLatest() {
        List<RecordInput> records = Ctr.read(
                waiting("c1", "Support", 0, 1),
                answered("c1", "Support", 0, 4, "alice", 30, 5), // last update 39.001
                waiting("c1", "Support", 0, 2), // an older update delivered again after the final one (at least once)
                answered("c1", "Support", 0, 4, "alice", 30, 5), // the same update twice
                waiting("c2", "Support", 3, 3));
        assertEquals(2, records.size());
        RecordInput c1 = records.get(0);
        assertEquals("c1", c1.contactId());
        assertEquals("ENDED", c1.state());
        assertEquals(T0 + 4000, c1.connectedToAgentAt());
        assertEquals(T0 + 39_001, c1.lastUpdatedAt());
        assertEquals("WAITING", records.get(1).state());
        // replayed once: one contact queued in Support
        Report report = Simulation.run(records, Candidate.asRecorded());
        assertEquals(2L, report.queue("Support").actual().get("contactsQueued"));
        assertEquals(1L, report.queue("Support").actual().get("contactsNotAnswered")); // c2 still waits in the records
        assertEquals(2, report.summary().get("contacts"));
    }

    @Test
    void theApiSideTakesRecordsAsTheyComeAndDeduplicatesToo() {
        List<RecordInput> updates = Ctr.read(answered("c1", "Support", 0, 4, "alice", 30, 5));
        List<RecordInput> stale = Ctr.read(waiting("c1", "Support", 0, 2));
        Report report = Simulation.run(List.of(updates.get(0), stale.get(0)), Candidate.asRecorded());
        assertEquals(1L, report.total().actual().get("contactsAnswered"));
        assertEquals(1L, report.total().actual().get("contactsQueued"));
    }

    @Test
    void aLineThatIsNotARecordIsNamedByItsNumber() {
        String good = answered("c1", "Support", 0, 4, "alice", 30, 5);
        InputException e = assertThrows(InputException.class, () -> Records.read(new StringReader(good + "\n\n{\"ContactId\": \"x\",}\n"), "day.jsonl"));
        assertTrue(e.getMessage().startsWith("day.jsonl:3: column 19: expected a member name"), e.getMessage());
        assertEquals(1, Records.read(new StringReader(good + "\n" + good.replace("\"c1\"", "\"c2\"").replace("\"Queue\"", "\"Q\"")), "day.jsonl").size(),
                "a record without a Queue (ended in its flow, never queued) is skipped");
        e = assertThrows(InputException.class, () -> Records.read(new StringReader(good.replace("\"EnqueueTimestamp\"", "\"Enqueued\"")), "day.jsonl"));
        assertEquals("day.jsonl:1: Queue.EnqueueTimestamp: missing", e.getMessage());
        e = assertThrows(InputException.class, () -> Records.read(new StringReader(good.replace("\"VOICE\"", "\"FAX\"")), "day.jsonl"));
        assertEquals("day.jsonl:1: Channel: VOICE or CHAT, not FAX", e.getMessage());
        e = assertThrows(InputException.class, () -> Records.read(new StringReader(good.replace("2026-12-01T00:00:04Z", "yesterday")), "d"));
        assertTrue(e.getMessage().startsWith("d:1: Queue.DequeueTimestamp: an ISO-8601 instant"), e.getMessage());
    }

    @Test
    void lineNumbersCountAcrossTheParallelBatches() {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 9000; i++) {
            file.append(i == 8193 ? "" : answered("c" + i, "Support", i, i, "alice", 0.5, 0)).append('\n'); // a blank line is skipped
        }
        assertEquals(8999, Records.read(new StringReader(file.toString()), "big").size());
        file.append(answered("x", "Support", 1, 1, "alice", 1, 0).replace("\"VOICE\"", "\"FAX\"")).append('\n');
        InputException e = assertThrows(InputException.class, () -> Records.read(new StringReader(file.toString()), "big"));
        assertEquals("big:9001: Channel: VOICE or CHAT, not FAX", e.getMessage());
    }

    @Test
    void timestampsReadAsInstantParseReadsThem() {
        for (String t : List.of("2026-12-01T22:00:02.850123Z", "2026-12-01T22:00:02Z", "2026-12-01T22:00:02.8Z", "2024-02-29T23:59:59.999Z",
                "1970-01-01T00:00:00Z", "2026-12-01T22:00:02.123456789Z", "2026-12-01T22:00:02+09:00", "2026-12-01T24:00:00Z")) {
            assertEquals(java.time.Instant.parse(t).toEpochMilli(), RecordInput.epochMillis(t), t);
        }
        for (String t : List.of("2026-02-30T00:00:00Z", "2026-12-01T22:00:0xZ", "2026-13-01T00:00:00.5Z")) {
            assertThrows(java.time.format.DateTimeParseException.class, () -> RecordInput.epochMillis(t), t);
        }
    }

    @Test
    void routingCriteriaInARecordAreReadInConnectsShape() {
        String line = answered("c1", "Support", 0, 0, "alice", 30, 0).replace("\"Queue\":", """
                "RoutingCriteria": {"Steps": [{"Expression": {"AttributeCondition": {"Name": "Language", "Value": "Japanese",
                 "ProficiencyLevel": 4.0, "ComparisonOperator": "NumberGreaterOrEqualTo"}}, "Expiry": {"DurationInSeconds": 45}}]},
                "Queue":""".replace("\n", ""));
        RecordInput r = Ctr.read(line).get(0);
        assertEquals(1, r.criteria().steps().size());
        assertEquals(45, r.criteria().steps().get(0).expirySeconds());
        // they take precedence over the rules: alice (no proficiencies, 0–300) gets c1 when the step expires, at 45 s
        Candidate c = Candidate.of(Json.parse("{\"staffing\": {\"agents\": [{\"agent\": \"alice\", \"from\": \"2026-12-01T00:00:00Z\", "
                + "\"to\": \"2026-12-01T00:05:00Z\"}]}}"), java.nio.file.Path.of("."));
        assertEquals(45.0, Simulation.run(List.of(r), c).total().replay().get("averageQueueAnswerTime"));
        InputException e = assertThrows(InputException.class, () -> Records.read(new StringReader(line.replace("4.0", "7.0")), "r"));
        assertTrue(e.getMessage().contains("ProficiencyLevel"), e.getMessage());
    }

    @Test
    void whatReallyHappenedIsWhatTheMetricsComputeForTheSameRecords() {
        // c1 queued 0, answered 5 by alice, handled 60, ACW 10; c2 queued 10, left at 30; c3 queued 20, answered 70, 30 s, ACW 0
        List<RecordInput> records = Ctr.read(
                answered("c1", "Support", 0, 5, "alice", 60, 10),
                abandoned("c2", "Support", 10, 30),
                answered("c3", "Support", 20, 75, "alice", 30, 0));
        // the same contacts as the server's metrics read them (Facts in ejb-routing), written out by hand
        Totals expected = new Totals();
        expected.add(new RecordFacts("c1", Channel.VOICE, "q-Support", false, "a-alice", "p-basic", T0, T0 + 5000, T0 + 5000,
                T0 + 65_000, T0 + 75_000, T0 + 65_000, 0, 0, 0, false, false, true), 1);
        expected.add(new RecordFacts("c2", Channel.VOICE, "q-Support", false, null, null, T0 + 10_000, T0 + 30_000, null,
                null, null, T0 + 30_000, 0, 0, 0, false, false, true), 1);
        expected.add(new RecordFacts("c3", Channel.VOICE, "q-Support", false, "a-alice", "p-basic", T0 + 20_000, T0 + 75_000, T0 + 75_000,
                T0 + 105_000, T0 + 105_000, T0 + 105_000, 0, 0, 0, false, false, true), 1);
        Map<String, Number> metrics = expected.metrics();
        Map<String, Number> actual = Simulation.run(records, Candidate.asRecorded()).queue("Support").actual();
        for (Map.Entry<String, Number> e : actual.entrySet()) {
            if (metrics.containsKey(e.getKey())) {
                assertEquals(metrics.get(e.getKey()), e.getValue(), e.getKey());
            }
        }
        // and by hand: waits 5 and 55, abandon after 20 → SL20 1/3, ASA 30, abandon rate 1/3, AHT (60+10+30+0)/2
        assertEquals(33.33, actual.get("serviceLevel20"));
        assertEquals(66.67, actual.get("serviceLevel60"));
        assertEquals(30.0, actual.get("averageQueueAnswerTime"));
        assertEquals(55.0, actual.get("p90QueueAnswerTime"));
        assertEquals(20.0, actual.get("averageQueueAbandonTime"));
        assertEquals(33.33, actual.get("abandonRate"));
        assertEquals(50.0, actual.get("averageHandleTime"));
        assertEquals(0L, actual.get("contactsNotAnswered"));
    }
}
