package org.contactcenter.rules.simulation;

import static org.contactcenter.rules.simulation.Ctr.abandoned;
import static org.contactcenter.rules.simulation.Ctr.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.kbase.RuleBases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-worked replays: every expected figure is computed in the comments from the timeline. One voice queue
 * "Support" unless said otherwise; ACW 0 unless said otherwise; times in seconds after T0.
 */
class SimulationTest {
    static Candidate shipped;

    @BeforeAll
    static void rules() {
        shipped = Candidate.asRecorded();
    }

    static Candidate candidate(String json) {
        return Candidate.of(Json.parse(json), Path.of("."));
    }

    /**
     * Reality: alice answered c1 (queued 0) at 0, c2 (queued 10) at 35 and c3 (queued 20) at 65 — she was slow to
     * accept — each handled 30 s: waits 0, 25, 45. Her recorded shift: 0 (first connection) to 95 (last end).
     */
    static final List<RecordInput> SLOW_ALICE = Ctr.read(
            answered("c1", "Support", 0, 0, "alice", 30, 0),
            answered("c2", "Support", 10, 35, "alice", 30, 0),
            answered("c3", "Support", 20, 65, "alice", 30, 0));

    @Test
    void oneAgentThreeContacts() {
        Report report = Simulation.run(SLOW_ALICE, shipped);
        Report.Row support = report.queue("Support");
        // replay: accepted at once → c1 at 0, c2 at 30 (c1's end), c3 at 60 → waits 0, 20, 40
        Map<String, Number> replay = support.replay();
        assertEquals(3L, replay.get("contactsQueued"));
        assertEquals(3L, replay.get("contactsAnswered"));
        assertEquals(0L, replay.get("contactsAbandoned"));
        assertEquals(66.67, replay.get("serviceLevel20")); // 0 and 20 are within 20 s (wait ≤ X): 2/3
        assertEquals(66.67, replay.get("serviceLevel30"));
        assertEquals(100.0, replay.get("serviceLevel60"));
        assertEquals(33.33, replay.get("serviceLevel15")); // only 0
        assertEquals(20.0, replay.get("averageQueueAnswerTime")); // (0 + 20 + 40) / 3
        assertEquals(40.0, replay.get("p90QueueAnswerTime")); // nearest rank ⌈0.9 · 3⌉ = 3rd of 0, 20, 40
        assertEquals(40.0, replay.get("maxQueuedTime"));
        assertEquals(30.0, replay.get("averageHandleTime"));
        // reality: waits 0, 25, 45 → SL20 1/3, SL30 2/3, ASA 70/3
        Map<String, Number> actual = support.actual();
        assertEquals(33.33, actual.get("serviceLevel20"));
        assertEquals(66.67, actual.get("serviceLevel30"));
        assertEquals(23.333, actual.get("averageQueueAnswerTime"));
        assertEquals(45.0, actual.get("p90QueueAnswerTime"));
        assertEquals(33.34, support.delta().get("serviceLevel20")); // 66.67 − 33.33
        assertEquals(-3.333, support.delta().get("averageQueueAnswerTime"));
        assertEquals(0L, support.delta().get("contactsAnswered"));
        // occupancy: shift 0–95; replay busy 0–90 → 90/95; reality busy 0–30, 35–95 → 90/95
        Report.Row basic = report.routingProfile("Basic");
        assertEquals(94.74, basic.replay().get("occupancy"));
        assertEquals(94.74, basic.actual().get("occupancy"));
        assertEquals(1L, basic.replay().get("agents"));
        assertEquals(report.queue("Support").replay(), report.total().replay()); // one queue: the total is the queue
    }

    @Test
    void aSecondAgentImprovesTheServiceLevel() {
        // bob joins Basic from 0 to 120. At 0 both are idle since 0: the tie goes to the smaller id, "a-alice" < "bob".
        // c1 (0) → alice 0–30; c2 (10) → bob at 10, 10–40; c3 (20) waits for alice, free at 30 → 30–60.
        // waits 0, 0, 10 → SL20 100 %, ASA 10/3 s, p90 10 s.
        Report report = Simulation.run(SLOW_ALICE, candidate("""
                {"staffing": {"agents": [{"agent": "bob", "routingProfile": "Basic",
                  "from": "2026-12-01T00:00:00Z", "to": "2026-12-01T09:02:00+09:00"}]}}"""));
        Map<String, Number> replay = report.queue("Support").replay();
        assertEquals(100.0, replay.get("serviceLevel20"));
        assertEquals(100.0, replay.get("serviceLevel15"));
        assertEquals(3.333, replay.get("averageQueueAnswerTime"));
        assertEquals(10.0, replay.get("p90QueueAnswerTime"));
        assertEquals(66.67, report.queue("Support").delta().get("serviceLevel20")); // 100 − 33.33
        // occupancy of Basic: busy alice 60 s of 95 + bob 30 s of 120 = 90 / 215 = 41.86 %
        Report.Row basic = report.routingProfile("Basic");
        assertEquals(2L, basic.replay().get("agents"));
        assertEquals(41.86, basic.replay().get("occupancy"));
        assertEquals(1L, basic.delta().get("agents"));
        assertEquals(2, report.summary().get("agentsReplayed"));
    }

    @Test
    void aCandidateRuleThatRaisesAnAttributesPriorityChangesTheOrder(@TempDir Path dir) throws Exception {
        // alice serves Support and Gold (both recorded, so the derived profile has both at priority 1, delay 0).
        // c1 Support at 0 (answered 0), c2 Support at 5, c3 Gold at 10 with tier=gold; 30 s each.
        List<RecordInput> records = Ctr.read(
                answered("c1", "Support", 0, 0, "alice", 30, 0),
                answered("c2", "Support", 5, 30, "alice", 30, 0),
                answered("c3", "Gold", 10, 60, "alice", 30, 0, "tier", "gold"));
        // shipped rules: all at priority 5 → FIFO: c2 at 30 (waited 25), c3 at 60 (waited 50)
        Report before = Simulation.run(records, shipped);
        assertEquals(50.0, before.queue("Gold").replay().get("averageQueueAnswerTime"));
        assertEquals(12.5, before.queue("Support").replay().get("averageQueueAnswerTime")); // (0 + 25) / 2
        // candidate: a decision-table row gives tier=gold priority 1 → at 30 alice takes c3 (waited 20), then c2 at 60 (55)
        Path table = dir.resolve("priority-boosts.drl.csv");
        Files.writeString(table, builtIn("priority-boosts.drl.csv") + "Gold tier,\"tier,gold\",1\n");
        Files.writeString(dir.resolve("candidate.json"), "{\"rules\": {\"routing\": [\"priority-boosts.drl.csv\"]}}");
        Report after = Simulation.run(records, Candidate.read(dir.resolve("candidate.json")));
        assertEquals(20.0, after.queue("Gold").replay().get("averageQueueAnswerTime"));
        assertEquals(27.5, after.queue("Support").replay().get("averageQueueAnswerTime")); // (0 + 55) / 2
        assertEquals(100.0, after.queue("Gold").replay().get("serviceLevel20"));
        assertEquals(0.0, before.queue("Gold").replay().get("serviceLevel20"));
    }

    static String builtIn(String file) throws Exception {
        return new String(RuleBases.class.getResourceAsStream("/org/contactcenter/rules/routing/" + file).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** c1 queued 0, answered 0 by alice, 60 s; c2 queued 10, left at 30 unanswered (patience 20 s). */
    static final List<RecordInput> ABANDONED = Ctr.read(
            answered("c1", "Support", 0, 0, "alice", 60, 0),
            abandoned("c2", "Support", 10, 30));

    @Test
    void aCustomerLeavesWhenItsPatienceRunsOut() {
        // as recorded: alice is busy until 60; c2's patience ends at 10 + 20 = 30 → abandoned after 20 s
        Report report = Simulation.run(ABANDONED, shipped);
        Map<String, Number> replay = report.queue("Support").replay();
        assertEquals(1L, replay.get("contactsAbandoned"));
        assertEquals(1L, replay.get("contactsAnswered"));
        assertEquals(20.0, replay.get("averageQueueAbandonTime"));
        assertEquals(50.0, replay.get("serviceLevel20"));
        assertEquals(50.0, replay.get("abandonRate"));
        assertEquals(replay, report.queue("Support").actual()); // the same configuration replays what happened
    }

    @Test
    void anAbandonedContactAnsweredInTheReplayGetsItsQueuesMeanHandleTime() {
        // bob (Basic, 0–100) takes c2 at 10: not abandoned. Its handle time is unknown (it never reached an agent):
        // the mean of Support's handled contacts, c1's 60 s → bob busy 10–70.
        Report report = Simulation.run(ABANDONED, candidate("""
                {"staffing": {"agents": [{"agent": "bob", "routingProfile": "p-basic",
                  "from": "2026-12-01T00:00:00Z", "to": "2026-12-01T00:01:40Z"}]}}"""));
        Map<String, Number> replay = report.queue("Support").replay();
        assertEquals(0L, replay.get("contactsAbandoned"));
        assertEquals(2L, replay.get("contactsAnswered"));
        assertNull(replay.get("averageQueueAbandonTime"));
        assertEquals(100.0, replay.get("serviceLevel20"));
        assertEquals(-1L, report.queue("Support").delta().get("contactsAbandoned"));
        assertEquals(60.0, replay.get("averageHandleTime"));
        // alice 60 busy of 0–60, bob 60 of 0–100 → 120 / 160 = 75 %
        assertEquals(75.0, report.routingProfile("Basic").replay().get("occupancy"));
        assertEquals(1.0, report.routingProfile("Basic").actual().get("occupancy") .doubleValue() / 100.0);
    }

    @Test
    void aRoutingProfileDelayIsARouterTimerOfTheReplay() {
        // candidate Basic serves Support after a 20 s delay: c1 (queued 0) becomes eligible at 20, with no other event
        // then — the router's due time must wake it up
        Report report = Simulation.run(Ctr.read(answered("c1", "Support", 0, 0, "alice", 30, 0)), candidate("""
                {"routingProfiles": [{"routingProfile": "Basic", "media": [{"channel": "VOICE", "concurrency": 1}],
                  "queues": [{"queue": "Support", "channel": "VOICE", "priority": 1, "delaySeconds": 20}]}],
                 "staffing": {"agents": [{"agent": "alice", "from": "2026-12-01T00:00:00Z", "to": "2026-12-01T00:05:00Z"}]}}"""));
        Map<String, Number> replay = report.queue("Support").replay();
        assertEquals(20.0, replay.get("averageQueueAnswerTime"));
        assertEquals(0.0, replay.get("serviceLevel15"));
        assertEquals(100.0, replay.get("serviceLevel20"));
    }

    @Test
    void routingCriteriaStepsExpireInTheReplay() {
        // the shipped routing-criteria table: preferredLanguage=ja → step 1 Language=Japanese ≥ 4 for 30 s, step 2 ≥ 1
        // for 60 s, then any agent. alice works 0–300.
        String ja = answered("c1", "Support", 0, 0, "alice", 30, 0, "preferredLanguage", "ja");
        String shift = "\"agent\": \"alice\", \"from\": \"2026-12-01T00:00:00Z\", \"to\": \"2026-12-01T00:05:00Z\"";
        // without proficiencies she qualifies only once both steps expired: 30 + 60 = 90 s
        assertEquals(90.0, Simulation.run(Ctr.read(ja), candidate("{\"staffing\": {\"agents\": [{" + shift + "}]}}"))
                .queue("Support").replay().get("averageQueueAnswerTime"));
        // Japanese at level 2 meets step 2: answered when step 1 expires, at 30 s
        assertEquals(30.0, Simulation.run(Ctr.read(ja), candidate("{\"staffing\": {\"agents\": [{" + shift
                + ", \"proficiencies\": [{\"name\": \"Language\", \"value\": \"Japanese\", \"level\": 2}]}]}}"))
                .queue("Support").replay().get("averageQueueAnswerTime"));
        // level 5 meets step 1: at once
        assertEquals(0.0, Simulation.run(Ctr.read(ja), candidate("{\"staffing\": {\"agents\": [{" + shift
                + ", \"proficiencies\": [{\"name\": \"Language\", \"value\": \"Japanese\", \"level\": 5}]}]}}"))
                .queue("Support").replay().get("averageQueueAnswerTime"));
    }

    @Test
    void anAbsentAgentsContactsWaitAndCountAgainstTheServiceLevel() {
        // alice absent, nobody else: c1 to c3 wait to the end; queued 3, answered 0, abandoned 0 → not answered 3
        Report report = Simulation.run(SLOW_ALICE, candidate("{\"staffing\": {\"agents\": [{\"agent\": \"alice\", \"absent\": true}]}}"));
        Map<String, Number> replay = report.total().replay();
        assertEquals(3L, replay.get("contactsNotAnswered"));
        assertEquals(0.0, replay.get("serviceLevel600"));
        assertEquals(3, report.summary().get("stillWaitingAtEnd"));
        assertEquals(0L, report.routingProfile("Basic").replay().get("agents"));
    }
    @Test
    void aCandidateChatConcurrencyLetsOneAgentTakeTwoChatsAtOnce() {
        // two chats queued at 0, 60 s each; alice held one at a time (the derived Basic: CHAT concurrency 1) → waits 0, 60
        List<RecordInput> chats = Ctr.read(
                answered("c1", "Chat", 0, 0, "alice", 60, 0).replace("\"VOICE\"", "\"CHAT\""),
                answered("c2", "Chat", 0, 60, "alice", 60, 0).replace("\"VOICE\"", "\"CHAT\""));
        assertEquals(30.0, Simulation.run(chats, shipped).queue("Chat").replay().get("averageQueueAnswerTime"));
        // CHAT concurrency 2: both at 0
        Report two = Simulation.run(chats, candidate("""
                {"routingProfiles": [{"routingProfile": "Basic", "media": [{"channel": "CHAT", "concurrency": 2}],
                  "queues": [{"queue": "Chat", "channel": "CHAT"}]}]}"""));
        assertEquals(0.0, two.queue("Chat").replay().get("averageQueueAnswerTime"));
        // alice's shift 0–120, busy 0–60 (two chats count once) → 50 %; as recorded busy 0–120 → 100 %
        assertEquals(50.0, two.routingProfile("Basic").replay().get("occupancy"));
        assertEquals(100.0, two.routingProfile("Basic").actual().get("occupancy"));
    }

    @Test
    void aContactInAnAgentsQueueWaitsForThatAgentAndStaysOutOfQueueMetrics() {
        // c1 Support at 0, alice 30 s; c2 transferred to alice's own queue at 5 (answered by her at 30, 30 s).
        // Candidate: bob on a new profile serving Support, 0–100. c2 still waits for alice: answered at 30.
        List<RecordInput> records = Ctr.read(
                answered("c1", "Support", 0, 0, "alice", 30, 0),
                answered("c2", "agent:alice", 5, 30, "alice", 30, 0).replace("\"INBOUND\"", "\"TRANSFER\""));
        Report report = Simulation.run(records, candidate("""
                {"routingProfiles": [{"routingProfile": "Other", "media": [{"channel": "VOICE"}],
                  "queues": [{"queue": "Support", "channel": "VOICE"}]}],
                 "staffing": {"agents": [{"agent": "bob", "routingProfile": "Other",
                   "from": "2026-12-01T00:00:00Z", "to": "2026-12-01T00:01:40Z"}]}}"""));
        assertEquals(List.of("Support"), report.queues().stream().map(Report.Row::name).toList());
        assertEquals(1L, report.total().replay().get("contactsQueued"));
        assertEquals(2L, report.routingProfile("Basic").replay().get("contactsConnected"));
        assertEquals(0L, report.routingProfile("Other").replay().get("contactsConnected"));
        assertEquals(100.0, report.routingProfile("Basic").replay().get("occupancy")); // alice busy 0–60 of 0–60
    }

    @Test
    void anOutboundCallTakesItsAgentsSlot() {
        // alice dials out at 0 for 60 s (OUTBOUND: connected at once, no routing); c2 queued in Support at 10 waits for
        // her until 60 → wait 50. The outbound contact counts in its own queue, answered at once.
        List<RecordInput> records = Ctr.read(
                answered("c1", "Outbound", 0, 0, "alice", 60, 0).replace("\"INBOUND\"", "\"OUTBOUND\""),
                answered("c2", "Support", 10, 60, "alice", 30, 0));
        Report report = Simulation.run(records, shipped);
        assertEquals(50.0, report.queue("Support").replay().get("averageQueueAnswerTime"));
        assertEquals(0.0, report.queue("Outbound").replay().get("averageQueueAnswerTime"));
        assertEquals(0L, report.summary().get("outboundNotReplayed"));
        // without alice nobody can make the call: it is not replayed (and c2 waits to the end)
        Report without = Simulation.run(records, candidate("{\"staffing\": {\"agents\": [{\"agent\": \"alice\", \"absent\": true}]}}"));
        assertEquals(1L, without.summary().get("outboundNotReplayed"));
        assertEquals(0L, without.queue("Outbound").replay().get("contactsQueued"));
        assertEquals(1L, without.queue("Support").replay().get("contactsNotAnswered"));
    }
}
