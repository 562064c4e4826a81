package org.contactcenter.rules.kbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule files reach the fact model only: an attacker's rule is refused with file and line before Drools compiles it. */
class RuleFilePolicyTest {
    static final String HEAD = "package org.contactcenter.rules.routing\nimport org.contactcenter.rules.model.ContactPriorityRequest\n";

    static String rule(String when, String then) {
        return HEAD + "rule \"r\"\nwhen\n    $r : ContactPriorityRequest(" + when + ")\nthen\n    " + then + "\nend\n";
    }

    @Test
    void aConsequenceThatWouldWriteAFileIsRefusedWithItsLineAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pwned.txt");
        String drl = rule("", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target + "\"), \"owned\");");
        Path rules = Files.createDirectories(dir.resolve("rules/routing"));
        Files.writeString(rules.resolve("evil.drl"), drl);
        RuleBaseException refused = assertThrows(RuleBaseException.class, () -> RuleBases.load(Clock.systemUTC(), dir.resolve("rules")));
        assertEquals(1, refused.problems().size(), refused.problems()::toString);
        assertTrue(refused.problems().get(0).startsWith(rules.resolve("evil.drl") + ":7: fully qualified names (java.…)"), refused.problems()::toString);
        // the built-in rules keep deciding, and nothing ran
        assertEquals(5, RuleBases.loadBuiltIn(Clock.systemUTC()).contactPriority(Channel.VOICE, Map.of()));
        assertFalse(Files.exists(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Runtime.getRuntime().exec(\"touch /tmp/x\");",
            "System.exit(1);",
            "new Thread(() -> {}).start();",
            "Object o = $r.getClass().getClassLoader();",
            "Channel.VOICE.getDeclaringClass();",
            "drools.getKieRuntime().halt();",
            "kcontext.getKieRuntime();",
            "while (true) { }",
            "for (int i = 0; i < 9; i++) { }",
            "try { $r.decide(1, \"x\"); } catch (Exception e) { }",
            "throw new IllegalStateException();",
            "Integer.getInteger(\"cc.softphone.secret\");",
            "Class c = String.class;",
            "ProcessBuilder p = null;",
            "org.contactcenter.rules.model.Channel c = null;",
            "$r.decide(\\u0031, \"x\");",
            "// a comment that javac would end: \\u000a Runtime.getRuntime();",
            "synchronized ($r) { }",
            "Object loader = $r.class;",
            "$r.decide($r.get\u200bClass().hashCode(), \"x\");",
            "List.of(1, 2).parallelStream().count();"})
    void codeThatReachesBeyondTheFactModelIsRefused(String consequence) {
        List<RuleFilePolicy.Problem> problems = RuleFilePolicy.check(rule("", consequence));
        assertFalse(problems.isEmpty(), consequence);
        assertEquals(7, problems.get(0).line(), problems::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "this.getClass().getName() == \"x\"",
            "eval(Runtime.getRuntime() != null)",
            "attribute(\"a\") == java.lang.System.getenv(\"HOME\")",
            "eval(Class.forName(\"java.lang.Runtime\") != null)"})
    void constraintsAreCheckedLikeConsequences(String constraint) {
        List<RuleFilePolicy.Problem> problems = RuleFilePolicy.check(rule(constraint, "$r.decide(1, drools.getRule().getName());"));
        assertFalse(problems.isEmpty(), constraint);
        assertEquals(5, problems.get(0).line(), problems::toString);
    }

    @Test
    void importsGlobalsFunctionsAndShadowingDeclarationsAreRefused() {
        String drl = HEAD + "import java.io.File\nimport function java.lang.System.exit\nglobal java.util.List leaks\n"
                + "function int f() { return 1; }\ndeclare Runtime\n  x : int\nend\nimport org.contactcenter.rules.model.Channel\n";
        List<RuleFilePolicy.Problem> problems = RuleFilePolicy.check(drl);
        assertEquals(List.of(3, 4, 5, 6, 7), problems.stream().map(RuleFilePolicy.Problem::line).distinct().toList(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("import java.io.File is not allowed"), problems::toString);
    }

    @Test
    void anAnalystsRuleOverTheFactModelIsAccepted() {
        String drl = HEAD + "import org.contactcenter.rules.model.Channel\nimport java.util.List\n"
                + "// Runtime.getRuntime() in a comment is not code; nor is \"java.lang.System\" in a string\n"
                + "rule \"プラチナ会員\" salience 10 dialect \"mvel\"\nwhen\n"
                + "    $r : ContactPriorityRequest(channel == Channel.VOICE, attribute(\"会員\") == \"プラチナ\", attribute(\"tier\") != null,"
                + " Integer.parseInt(attribute(\"tier\")) > 3)\n"
                + "then\n    $r.decide(Math.max(1, ContactPriorityRequest.DEFAULT_PRIORITY - 3), drools.getRule().getName() + \" java.io\");\nend\n";
        assertEquals(List.of(), RuleFilePolicy.check(drl));
        assertEquals(List.of(), RuleBases.validate(null, "routing", "platinum.drl", drl));
    }

    @Test
    void aTableDroolsCannotReadIsAProblemOfItsFileNotAnException(@TempDir Path dir) throws Exception {
        String unreadable = "RuleSet,org.contactcenter.rules.routing,\nbad\n";
        List<String> problems = RuleBases.validate(null, "routing", "priority-boosts.drl.csv", unreadable);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("routing/priority-boosts.drl.csv (uploaded):0: not a decision table Drools can read"), problems::toString);
        Path routing = Files.createDirectories(dir.resolve("routing"));
        Files.writeString(routing.resolve("dropped.drl.csv"), unreadable);
        RuleBaseException refused = assertThrows(RuleBaseException.class, () -> RuleBases.load(Clock.systemUTC(), dir));
        assertTrue(refused.problems().get(0).startsWith(routing.resolve("dropped.drl.csv") + ":0: not a decision table"), refused.problems()::toString);
        assertThrows(RuleBaseException.class, () -> RuleBases.withCandidates(Clock.systemUTC(), null, Map.of("routing", Map.of("x.drl.csv", unreadable))));
    }

    @Test
    void aDecisionTableCellIsRefusedAtItsRowAndColumn() {
        String csv = String.join("\n",
                "RuleSet,org.contactcenter.rules.routing,",
                "Import,org.contactcenter.rules.model.ContactPriorityRequest,",
                ",,",
                "RuleTable Boosts,,",
                "NAME,CONDITION,ACTION",
                ",$r : ContactPriorityRequest,",
                ",\"attribute(\"\"$1\"\") == \"\"$2\"\"\",\"$r.decide($param, drools.getRule().getName()); java.lang.System.exit(0);\"",
                "Rule name,\"Attribute name, value\",Priority",
                "VIP customer,\"vip,true\",1") + "\n";
        List<String> problems = RuleBases.validate(null, "routing", "boosts.drl.csv", csv);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("routing/boosts.drl.csv (uploaded):9:C: fully qualified names"), problems::toString);
    }
}
