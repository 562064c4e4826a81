package org.contactcenter.rules.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Proficiency;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.model.RoutingCriteria.Condition;
import org.contactcenter.rules.model.RoutingCriteria.Step;
import org.junit.jupiter.api.Test;

/** The routing criteria model: steps in time, expressions, and what it refuses. */
class RoutingCriteriaTest {
    static final Condition JA4 = new Condition("Language", "Japanese", 4);
    static final Condition BILLING2 = new Condition("Product", "Billing", 2);

    @Test
    void stepsApplyInTurnAndAreExhaustedAfterTheLastExpiry() {
        RoutingCriteria c = new RoutingCriteria(List.of(new Step(JA4, 30), new Step(BILLING2, 60)));
        assertEquals(0, c.stepIndexAt(0));
        assertEquals(0, c.stepIndexAt(29_999));
        assertEquals(1, c.stepIndexAt(30_000));
        assertEquals(1, c.stepIndexAt(89_999));
        assertNull(c.stepAt(90_000));
        assertEquals(List.of(30_000L, 90_000L), c.expiryOffsets());
    }

    @Test
    void aLastStepWithoutExpiryNeverExpires() {
        RoutingCriteria c = new RoutingCriteria(List.of(new Step(JA4, 30), new Step(BILLING2, null)));
        assertEquals(1, c.stepIndexAt(86_400_000L * 365));
        assertEquals(List.of(30_000L), c.expiryOffsets());
    }

    @Test
    void onlyTheLastStepMayLackAnExpiry() {
        assertThrows(IllegalArgumentException.class, () -> new RoutingCriteria(List.of(new Step(JA4, null), new Step(BILLING2, 10))));
        assertThrows(IllegalArgumentException.class, () -> new RoutingCriteria(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Step(JA4, 0));
    }

    @Test
    void levelsAndTextAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Condition("Language", "Japanese", 6));
        assertThrows(IllegalArgumentException.class, () -> new Condition("Language", "Japa\u0000nese", 1));
        assertThrows(IllegalArgumentException.class, () -> new Proficiency("", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Proficiency("a".repeat(65), "x", 1));
    }

    @Test
    void expressionsExpandToAlternativesOfConditions() {
        var and = new RoutingCriteria.And(List.of(JA4, new RoutingCriteria.Or(List.of(BILLING2, new Condition("Product", "Travel", 1)))));
        assertEquals(List.of(List.of(JA4, BILLING2), List.of(JA4, new Condition("Product", "Travel", 1))), and.disjuncts());
        Map<String, Integer> agent = Map.of(JA4.key(), 5, new Condition("Product", "Travel", 1).key(), 1);
        assertTrue(and.met(agent));
        assertFalse(and.met(Map.of(JA4.key(), 3, BILLING2.key(), 5)));
    }

    @Test
    void anExpressionThatExpandsTooFarIsRefused() {
        List<RoutingCriteria.Expression> pair = List.of(JA4, BILLING2);
        RoutingCriteria.Expression wide = new RoutingCriteria.And(List.of(new RoutingCriteria.Or(pair), new RoutingCriteria.Or(pair),
                new RoutingCriteria.Or(pair), new RoutingCriteria.Or(pair), new RoutingCriteria.Or(pair)));
        assertThrows(IllegalArgumentException.class, () -> new Step(wide, 10));
    }
}
