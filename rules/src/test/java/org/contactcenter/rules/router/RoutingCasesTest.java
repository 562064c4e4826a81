package org.contactcenter.rules.router;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.stream.Stream;

import org.contactcenter.rules.kbase.RuleBases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every analyst case file, played against the router with the real routing rules deciding contact priorities. */
class RoutingCasesTest {
    static RuleBases rules;

    @BeforeAll
    static void loadRules() {
        rules = RuleBases.loadBuiltIn(Clock.systemUTC());
    }

    static Stream<RoutingCases.Scenario> scenarios() {
        return RoutingCases.builtIn().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(RoutingCases.Scenario scenario) {
        RoutingCases.play(scenario, rules);
    }

    @Test
    void thereAreAtLeastThirtyScenarios() {
        long count = RoutingCases.builtIn().size();
        assertTrue(count >= 30, "only " + count + " routing scenarios");
    }
}
