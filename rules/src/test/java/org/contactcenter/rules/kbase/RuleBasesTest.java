package org.contactcenter.rules.kbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
