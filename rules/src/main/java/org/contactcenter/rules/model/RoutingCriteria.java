package org.contactcenter.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A contact's routing criteria (Amazon Connect's "Set routing criteria", {@code UpdateRoutingCriteria}): steps, each
 * an expression over agents' proficiencies with an optional expiry. The first step applies from the moment the
 * criteria take effect (the contact is queued, or the criteria are set while it waits); when a step expires the next
 * one applies; when all are exhausted the contact is offered to any agent of the queue. The last step may have no
 * expiry: it then applies as long as the contact waits.
 */
public record RoutingCriteria(List<Step> steps) {
    public static final int MAX_STEPS = 10;
    public static final int MAX_CONDITIONS = 20;

    public RoutingCriteria {
        if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("routing criteria have 1 to " + MAX_STEPS + " steps");
        }
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).expirySeconds() == null) {
                throw new IllegalArgumentException("only the last routing step may have no expiry (step " + (i + 1) + ")");
            }
        }
    }

    /** One step: who qualifies, and for how long (null: until the contact is answered). */
    public record Step(Expression expression, Integer expirySeconds) {
        public Step {
            if (expression == null) {
                throw new IllegalArgumentException("a routing step needs an expression");
            }
            if (expirySeconds != null && (expirySeconds < 1 || expirySeconds > 86_400)) {
                throw new IllegalArgumentException("a routing step expires after 1 to 86400 seconds, not " + expirySeconds);
            }
            if (expression.disjuncts().stream().mapToInt(List::size).sum() > MAX_CONDITIONS) {
                throw new IllegalArgumentException("a routing step has at most " + MAX_CONDITIONS + " conditions");
            }
        }
    }

    /** An expression over proficiencies: a condition, an AND or an OR of expressions. */
    public sealed interface Expression permits Condition, And, Or {
        /** Whether an agent with these proficiencies (key → level) qualifies. */
        boolean met(Map<String, Integer> proficiencies);

        /** The expression as an OR of ANDs of conditions (what routing indexes). */
        List<List<Condition>> disjuncts();
    }

    /** {@code Name = Value} at {@code minLevel} or more (Connect's ComparisonOperator NumberGreaterOrEqualTo). */
    public record Condition(String name, String value, int minLevel) implements Expression {
        public Condition {
            if (!Proficiency.valid(name) || !Proficiency.valid(value)) {
                throw new IllegalArgumentException("a condition's name and value are 1-64 characters without control characters");
            }
            if (minLevel < 1 || minLevel > 5) {
                throw new IllegalArgumentException("a proficiency level is 1 to 5, not " + minLevel);
            }
        }

        public String key() {
            return Proficiency.key(name, value);
        }

        @Override
        public boolean met(Map<String, Integer> proficiencies) {
            Integer level = proficiencies.get(key());
            return level != null && level >= minLevel;
        }

        @Override
        public List<List<Condition>> disjuncts() {
            return List.of(List.of(this));
        }
    }

    public record And(List<Expression> all) implements Expression {
        public And {
            all = nonEmpty(all, "AndExpression");
        }

        @Override
        public boolean met(Map<String, Integer> proficiencies) {
            return all.stream().allMatch(e -> e.met(proficiencies));
        }

        @Override
        public List<List<Condition>> disjuncts() {
            List<List<Condition>> product = List.of(List.of());
            for (Expression e : all) {
                List<List<Condition>> next = new ArrayList<>();
                for (List<Condition> left : product) {
                    for (List<Condition> right : e.disjuncts()) {
                        List<Condition> both = new ArrayList<>(left);
                        both.addAll(right);
                        next.add(List.copyOf(both));
                    }
                }
                if (next.size() > MAX_CONDITIONS) {
                    throw new IllegalArgumentException("a routing step expands to more than " + MAX_CONDITIONS + " alternatives");
                }
                product = next;
            }
            return product;
        }
    }

    public record Or(List<Expression> any) implements Expression {
        public Or {
            any = nonEmpty(any, "OrExpression");
        }

        @Override
        public boolean met(Map<String, Integer> proficiencies) {
            return any.stream().anyMatch(e -> e.met(proficiencies));
        }

        @Override
        public List<List<Condition>> disjuncts() {
            List<List<Condition>> all = new ArrayList<>();
            any.forEach(e -> all.addAll(e.disjuncts()));
            return all;
        }
    }

    private static List<Expression> nonEmpty(List<Expression> list, String what) {
        if (list == null || list.isEmpty() || list.size() > MAX_CONDITIONS || list.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException(what + " lists 1 to " + MAX_CONDITIONS + " expressions");
        }
        return List.copyOf(list);
    }

    /**
     * The step that applies {@code elapsedMillis} after the criteria took effect; null once all are exhausted (any
     * agent of the queue qualifies).
     */
    public Step stepAt(long elapsedMillis) {
        int i = stepIndexAt(elapsedMillis);
        return i < 0 ? null : steps.get(i);
    }

    /** The index of {@link #stepAt}; -1 once all steps are exhausted. */
    public int stepIndexAt(long elapsedMillis) {
        long end = 0;
        for (int i = 0; i < steps.size(); i++) {
            Integer expiry = steps.get(i).expirySeconds();
            if (expiry == null) {
                return i;
            }
            end += expiry * 1000L;
            if (elapsedMillis < end) {
                return i;
            }
        }
        return -1;
    }

    /** The offsets (ms after the criteria took effect) at which a step expires. */
    public List<Long> expiryOffsets() {
        List<Long> offsets = new ArrayList<>();
        long end = 0;
        for (Step s : steps) {
            if (s.expirySeconds() == null) {
                break;
            }
            end += s.expirySeconds() * 1000L;
            offsets.add(end);
        }
        return offsets;
    }
}
