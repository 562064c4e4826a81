package org.contactcenter.rules.kbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBasesTest {
    static RuleBases ruleBases;

    @BeforeAll
    static void load() {
        ruleBases = RuleBases.loadBuiltIn(Clock.systemUTC());
    }

    @Test
    void decisionTableRowsAreRulesOfTheRoutingKbase() {
        RuleBaseStatus routing = ruleBases.status().stream().filter(s -> s.name().equals("routing")).findFirst().orElseThrow();
        assertTrue(routing.rules().contains("org.contactcenter.rules.routing.Default contact priority"), routing.rules().toString());
        assertTrue(routing.rules().stream().anyMatch(r -> r.endsWith("VIP customer")), routing.rules().toString());
        assertTrue(routing.rules().stream().anyMatch(r -> r.endsWith("Platinum member")), routing.rules().toString());
    }

    @Test
    void contactWithoutAttributesGetsTheDefaultPriority() {
        assertEquals(5, ruleBases.contactPriority(Channel.VOICE, Map.of()));
    }

    @Test
    void vipAttributeBoostsToPriorityOne() {
        assertEquals(1, ruleBases.contactPriority(Channel.CHAT, Map.of("vip", "true")));
        assertEquals(5, ruleBases.contactPriority(Channel.CHAT, Map.of("vip", "false")));
    }

    @Test
    void mostUrgentMatchingRowWins() {
        assertEquals(2, ruleBases.contactPriority(Channel.VOICE, Map.of("membership", "platinum")));
        assertEquals(1, ruleBases.contactPriority(Channel.VOICE, Map.of("membership", "platinum", "vip", "true")));
    }

    @Test
    void channelConcurrencyLimitsAreConnects() {
        assertTrue(Channel.VOICE.allowsConcurrency(1));
        assertTrue(!Channel.VOICE.allowsConcurrency(2));
        assertTrue(Channel.CHAT.allowsConcurrency(10));
        assertTrue(!Channel.CHAT.allowsConcurrency(11));
        assertTrue(!Channel.CHAT.allowsConcurrency(0));
    }

    @Test
    void aRulesDirectoryReplacesAndAddsFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("routing"));
        Files.writeString(dir.resolve("routing/priority-boosts.drl.csv"), Files.readString(builtIn("priority-boosts.drl.csv"))
                + "Gold member,\"membership,gold\",3\n");
        Files.writeString(dir.resolve("routing/night-shift.drl"), """
                package org.contactcenter.rules.routing
                import org.contactcenter.rules.model.ContactPriorityRequest
                rule "Callbacks wait"
                when
                    $r : ContactPriorityRequest(attribute("callback") == "yes")
                then
                    $r.decide(9, drools.getRule().getName());
                end
                """);
        RuleBases loaded = RuleBases.load(Clock.systemUTC(), dir);
        assertEquals(3, loaded.contactPriority(Channel.VOICE, Map.of("membership", "gold")));
        assertEquals(1, loaded.contactPriority(Channel.VOICE, Map.of("vip", "true")), "the replaced table keeps its other rows");
        assertEquals(5, loaded.contactPriority(Channel.VOICE, Map.of("callback", "yes")), "a less urgent decision never wins over the default");
        assertTrue(loaded.status().stream().filter(s -> s.name().equals("routing")).findFirst().orElseThrow().source().contains("night-shift.drl"),
                loaded.status().toString());
    }

    @Test
    void aRuleThatThrowsAtRunTimeFallsBackToTheDefaultAndIsCountedByName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("routing"));
        Files.writeString(dir.resolve("routing/levels.drl"), """
                package org.contactcenter.rules.routing
                import org.contactcenter.rules.model.ContactPriorityRequest
                rule "Level decides"
                when
                    $r : ContactPriorityRequest(attribute("level") != null)
                then
                    $r.decide(Integer.parseInt($r.attribute("level")), drools.getRule().getName());
                end
                rule "Level in the condition"
                when
                    $r : ContactPriorityRequest(attribute("tier") != null, Integer.parseInt(attribute("tier")) > 3)
                then
                    $r.decide(2, drools.getRule().getName());
                end
                """);
        RuleBases loaded = RuleBases.load(Clock.systemUTC(), dir);
        List<RuleFailure> heard = new java.util.ArrayList<>();
        loaded.onFailure(heard::add);
        assertEquals(3, loaded.contactPriority(Channel.VOICE, Map.of("level", "3")), "the rule works for a number");
        assertEquals(5, loaded.contactPriority(Channel.VOICE, Map.of("level", "high")), "and falls back to the default when it throws");
        assertEquals(5, loaded.contactPriority(Channel.CHAT, Map.of("tier", "gold")), "also when a condition throws");
        assertEquals(List.of("Level decides", "Level in the condition"), heard.stream().map(RuleFailure::rule).toList(), heard.toString());
        assertTrue(heard.get(0).message().contains("NumberFormatException"), heard.get(0).message());
        RuleBaseStatus routing = loaded.status().stream().filter(st -> st.name().equals("routing")).findFirst().orElseThrow();
        assertEquals(2, routing.runtimeFailures());
        assertEquals("Level in the condition", routing.lastFailure().rule());
    }

    @Test
    void aBrokenDecisionTableIsReportedAtTheRowAndColumnTheAnalystWrote(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("routing"));
        String table = Files.readString(builtIn("priority-boosts.drl.csv"))
                + "Gold member,\"membership,gold\",3\n"
                + "Broken boost,\"membership,bronze\",not-a-number\n";
        Files.writeString(dir.resolve("routing/priority-boosts.drl.csv"), table);
        int row = (int) table.lines().count(); // the last line: the broken row
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBases.load(Clock.systemUTC(), dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("priority-boosts.drl.csv:" + row + ":C:")), e.problems().toString());
    }

    @Test
    void aBrokenFileIsRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("routing"));
        Files.writeString(dir.resolve("routing/broken.drl"), """
                package org.contactcenter.rules.routing

                rule "Broken"
                when
                    $r : NoSuchFact(
                then
                end
                """);
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBases.load(Clock.systemUTC(), dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("broken.drl:") && !p.contains("broken.drl:0:")), e.problems().toString());
    }

    @Test
    void validateChecksACandidateFileInItsRuleBase() throws Exception {
        assertEquals(List.of(), RuleBases.validate(null, "routing", "extra.drl", """
                package org.contactcenter.rules.routing
                import org.contactcenter.rules.model.ContactPriorityRequest
                rule "Emergency"
                when
                    $r : ContactPriorityRequest(attribute("emergency") == "true")
                then
                    $r.decide(1, drools.getRule().getName());
                end
                """));
        List<String> problems = RuleBases.validate(null, "routing", "extra.drl", "rule \"x\" when then nonsense(; end");
        assertTrue(!problems.isEmpty() && problems.get(0).startsWith("routing/extra.drl (uploaded):"), problems.toString());
        assertTrue(RuleBases.validate(null, "nope", "x.drl", "").get(0).contains("unknown rule base"));
        assertTrue(RuleBases.validate(null, "routing", "../x.drl", "").get(0).contains(".drl"));
    }

    private static Path builtIn(String name) throws Exception {
        return Path.of(RuleBasesTest.class.getResource("/org/contactcenter/rules/routing/" + name).toURI());
    }
}
