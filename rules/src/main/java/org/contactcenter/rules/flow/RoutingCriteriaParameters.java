package org.contactcenter.rules.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.model.RoutingCriteria.Expression;

/**
 * Reads the {@code UpdateRoutingCriteria} block's {@code RoutingCriteria} parameter, flattened as every block
 * parameter is ({@code Steps.0.Expression.AttributeCondition.Name}, {@code Steps.0.Expiry.DurationInSeconds}, …),
 * into the model. Expressions are Amazon Connect's: {@code AttributeCondition} (Name, Value, ProficiencyLevel 1.0–5.0,
 * ComparisonOperator NumberGreaterOrEqualTo), {@code AndExpression}, {@code OrExpression}.
 */
public final class RoutingCriteriaParameters {
    /** A parameter that is not routing criteria; {@code key} is the flattened name below {@code RoutingCriteria}. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public final String key;

        Invalid(String key, String message) {
            super(key + ": " + message);
            this.key = key;
        }
    }

    private RoutingCriteriaParameters() {
    }

    /** {@code parameters}: the block's parameters under {@code RoutingCriteria}. */
    public static RoutingCriteria parse(Map<String, String> parameters) {
        List<RoutingCriteria.Step> steps = new ArrayList<>();
        for (int i = 0; has(parameters, "Steps." + i); i++) {
            String at = "Steps." + i;
            Expression expression = expression(parameters, at + ".Expression", 0);
            String expiry = parameters.get(at + ".Expiry.DurationInSeconds");
            try {
                steps.add(new RoutingCriteria.Step(expression, expiry == null ? null : (int) number(expiry, at + ".Expiry.DurationInSeconds")));
            } catch (Invalid e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new Invalid(at, e.getMessage());
            }
        }
        if (steps.isEmpty()) {
            throw new Invalid("Steps", "routing criteria need at least one step");
        }
        try {
            return new RoutingCriteria(steps);
        } catch (IllegalArgumentException e) {
            throw new Invalid("Steps", e.getMessage());
        }
    }

    /**
     * For validation before a run: values that are {@code $.} references (decided per contact) replaced by valid
     * placeholders, so only the structure and the static values are checked.
     */
    public static Map<String, String> placeholders(Map<String, String> parameters) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        parameters.forEach((k, v) -> p.put(k, v != null && v.contains("$.") ? (k.endsWith("ProficiencyLevel") || k.endsWith("DurationInSeconds") ? "1" : "reference") : v));
        return p;
    }

    private static Expression expression(Map<String, String> p, String at, int depth) {
        boolean condition = has(p, at + ".AttributeCondition");
        boolean and = has(p, at + ".AndExpression");
        boolean or = has(p, at + ".OrExpression");
        if ((condition ? 1 : 0) + (and ? 1 : 0) + (or ? 1 : 0) != 1) {
            throw new Invalid(at, "an expression is exactly one of AttributeCondition, AndExpression, OrExpression");
        }
        if (depth > 3) {
            throw new Invalid(at, "expressions nest at most 3 deep");
        }
        if (condition) {
            String c = at + ".AttributeCondition";
            String operator = p.get(c + ".ComparisonOperator");
            if (operator != null && !operator.equals("NumberGreaterOrEqualTo")) {
                throw new Invalid(c + ".ComparisonOperator", "the only operator is NumberGreaterOrEqualTo");
            }
            String level = p.get(c + ".ProficiencyLevel");
            double l = level == null ? 1 : number(level, c + ".ProficiencyLevel");
            if (l != Math.rint(l) || l < 1 || l > 5) {
                throw new Invalid(c + ".ProficiencyLevel", "is 1.0, 2.0, 3.0, 4.0 or 5.0");
            }
            try {
                return new RoutingCriteria.Condition(p.get(c + ".Name"), p.get(c + ".Value"), (int) l);
            } catch (IllegalArgumentException e) {
                throw new Invalid(c, e.getMessage());
            }
        }
        String list = at + (and ? ".AndExpression" : ".OrExpression");
        List<Expression> parts = new ArrayList<>();
        for (int i = 0; has(p, list + "." + i); i++) {
            parts.add(expression(p, list + "." + i, depth + 1));
        }
        try {
            return and ? new RoutingCriteria.And(parts) : new RoutingCriteria.Or(parts);
        } catch (IllegalArgumentException e) {
            throw new Invalid(list, e.getMessage());
        }
    }

    private static boolean has(Map<String, String> p, String prefix) {
        String dotted = prefix + ".";
        for (String key : p.keySet()) {
            if (key.startsWith(dotted)) {
                return true;
            }
        }
        return false;
    }

    private static double number(String value, String key) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(key, "is not a number: " + value);
        }
    }
}
