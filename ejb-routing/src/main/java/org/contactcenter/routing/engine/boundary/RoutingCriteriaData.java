package org.contactcenter.routing.engine.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;

import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.model.RoutingCriteria.And;
import org.contactcenter.rules.model.RoutingCriteria.Condition;
import org.contactcenter.rules.model.RoutingCriteria.Expression;
import org.contactcenter.rules.model.RoutingCriteria.Or;
import org.contactcenter.rules.model.RoutingCriteria.Step;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Routing criteria as Amazon Connect writes them (the {@code UpdateRoutingCriteria} block's {@code RoutingCriteria}
 * parameter, the contact API's {@code routingCriteria}): {@code {"Steps": [{"Expression": {...}, "Expiry":
 * {"DurationInSeconds": 30}}]}}, an expression being one of {@code AttributeCondition}, {@code AndExpression},
 * {@code OrExpression}. Also how a contact's criteria are stored (cc_contact.routing_criteria).
 */
@Schema(description = "Amazon Connect RoutingCriteria: steps relaxed one after the other while the contact waits")
public class RoutingCriteriaData {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @JsonbProperty("Steps")
    @Schema(description = "1-10 steps; every step but the last needs an Expiry")
    public List<StepData> steps;

    public static class StepData {
        @JsonbProperty("Expression")
        public ExpressionData expression;
        @JsonbProperty("Expiry")
        public ExpiryData expiry;
    }

    public static class ExpiryData {
        @JsonbProperty("DurationInSeconds")
        @Schema(description = "1-86400 seconds")
        public java.math.BigDecimal durationInSeconds;
    }

    /** Exactly one of its three members. */
    public static class ExpressionData {
        @JsonbProperty("AttributeCondition")
        public ConditionData attributeCondition;
        @JsonbProperty("AndExpression")
        public List<ExpressionData> andExpression;
        @JsonbProperty("OrExpression")
        public List<ExpressionData> orExpression;
    }

    public static class ConditionData {
        @JsonbProperty("Name")
        public String name;
        @JsonbProperty("Value")
        public String value;
        @JsonbProperty("ProficiencyLevel")
        @Schema(description = "1.0, 2.0, 3.0, 4.0 or 5.0")
        public Double proficiencyLevel;
        @JsonbProperty("ComparisonOperator")
        @Schema(description = "NumberGreaterOrEqualTo (the only operator)")
        public String comparisonOperator;
    }

    /** The model; {@link InvalidInput} naming {@code field} and the step when something is wrong. */
    public RoutingCriteria toModel(String field) {
        if (steps == null || steps.isEmpty()) {
            throw InvalidInput.of(field + ".Steps", "routing criteria need at least one step");
        }
        List<Step> model = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = field + ".Steps[" + i + "]";
            StepData s = steps.get(i);
            if (s == null || s.expression == null) {
                throw InvalidInput.of(at + ".Expression", "a step needs an expression");
            }
            Integer expiry = null;
            if (s.expiry != null && s.expiry.durationInSeconds != null) {
                java.math.BigDecimal seconds = s.expiry.durationInSeconds;
                if (seconds.stripTrailingZeros().scale() > 0 || seconds.compareTo(java.math.BigDecimal.ONE) < 0
                        || seconds.compareTo(java.math.BigDecimal.valueOf(86_400)) > 0) {
                    throw InvalidInput.of(at + ".Expiry.DurationInSeconds", "a whole number of seconds from 1 to 86400");
                }
                expiry = seconds.intValueExact();
            }
            try {
                model.add(new Step(expression(s.expression, at + ".Expression", 0), expiry));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of(at, e.getMessage());
            }
        }
        try {
            return new RoutingCriteria(model);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field + ".Steps", e.getMessage());
        }
    }

    private static Expression expression(ExpressionData e, String at, int depth) {
        if (e == null) {
            throw InvalidInput.of(at, "an expression must not be null");
        }
        int members = (e.attributeCondition == null ? 0 : 1) + (e.andExpression == null ? 0 : 1) + (e.orExpression == null ? 0 : 1);
        if (members != 1) {
            throw InvalidInput.of(at, "an expression is exactly one of AttributeCondition, AndExpression, OrExpression");
        }
        if (depth > 3) {
            throw InvalidInput.of(at, "expressions nest at most 3 deep");
        }
        if (e.attributeCondition != null) {
            ConditionData c = e.attributeCondition;
            if (c.comparisonOperator != null && !c.comparisonOperator.equals("NumberGreaterOrEqualTo")) {
                throw InvalidInput.of(at + ".AttributeCondition.ComparisonOperator", "the only operator is NumberGreaterOrEqualTo");
            }
            double level = c.proficiencyLevel == null ? 1 : c.proficiencyLevel;
            if (level != Math.rint(level) || level < 1 || level > 5) {
                throw InvalidInput.of(at + ".AttributeCondition.ProficiencyLevel", "is 1.0, 2.0, 3.0, 4.0 or 5.0");
            }
            try {
                return new Condition(c.name, c.value, (int) level);
            } catch (IllegalArgumentException ex) {
                throw InvalidInput.of(at + ".AttributeCondition", ex.getMessage());
            }
        }
        boolean and = e.andExpression != null;
        List<ExpressionData> list = and ? e.andExpression : e.orExpression;
        List<Expression> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            parts.add(expression(list.get(i), at + (and ? ".AndExpression[" : ".OrExpression[") + i + "]", depth + 1));
        }
        try {
            return and ? new And(parts) : new Or(parts);
        } catch (IllegalArgumentException ex) {
            throw InvalidInput.of(at, ex.getMessage());
        }
    }

    public static RoutingCriteriaData of(RoutingCriteria criteria) {
        if (criteria == null) {
            return null;
        }
        RoutingCriteriaData d = new RoutingCriteriaData();
        d.steps = new ArrayList<>();
        for (Step s : criteria.steps()) {
            StepData step = new StepData();
            step.expression = of(s.expression());
            if (s.expirySeconds() != null) {
                step.expiry = new ExpiryData();
                step.expiry.durationInSeconds = java.math.BigDecimal.valueOf(s.expirySeconds());
            }
            d.steps.add(step);
        }
        return d;
    }

    private static ExpressionData of(Expression e) {
        ExpressionData d = new ExpressionData();
        if (e instanceof Condition c) {
            d.attributeCondition = new ConditionData();
            d.attributeCondition.name = c.name();
            d.attributeCondition.value = c.value();
            d.attributeCondition.proficiencyLevel = (double) c.minLevel();
            d.attributeCondition.comparisonOperator = "NumberGreaterOrEqualTo";
        } else if (e instanceof And a) {
            d.andExpression = a.all().stream().map(RoutingCriteriaData::of).toList();
        } else if (e instanceof Or o) {
            d.orExpression = o.any().stream().map(RoutingCriteriaData::of).toList();
        }
        return d;
    }

    /** The stored form (Connect's JSON); null for none. */
    public static String json(RoutingCriteria criteria) {
        return criteria == null ? null : JSONB.toJson(of(criteria));
    }

    /** The stored form as it is (written by {@link #json}, so valid). */
    public static RoutingCriteriaData stored(String json) {
        return JSONB.fromJson(json, RoutingCriteriaData.class);
    }

    /** Reads Connect's JSON (a flow block's parameter, a stored contact's criteria). */
    public static RoutingCriteria parse(String json, String field) {
        if (json == null) {
            return null;
        }
        RoutingCriteriaData data;
        try {
            data = JSONB.fromJson(json, RoutingCriteriaData.class);
        } catch (JsonbException e) {
            throw InvalidInput.of(field, "is not routing criteria JSON: " + e.getMessage());
        }
        if (data == null) {
            throw InvalidInput.of(field, "is not routing criteria JSON");
        }
        return data.toModel(field);
    }
}
