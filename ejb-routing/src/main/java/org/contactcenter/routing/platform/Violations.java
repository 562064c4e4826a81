package org.contactcenter.routing.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Collects every problem of a request before anything is written, then throws them together. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    /** Bean Validation of a request body; paths become JSON paths such as {@code config[0].start}. */
    public static Violations validate(Validator validator, Object body) {
        Violations violations = new Violations();
        if (body == null) {
            violations.add("", "a request body is required");
            return violations;
        }
        Set<? extends ConstraintViolation<?>> result = validator.validate(body);
        result.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .forEach(violations.found::add);
        return violations;
    }

    /** Records {@code field[i]} for every null element (type-use constraints inside generics trip Payara's OpenAPI). */
    public Violations noNullElements(java.util.Collection<?> values, String field) {
        if (values != null) {
            int i = 0;
            for (Object value : values) {
                check(value != null, field + "[" + i++ + "]", "must not be null");
            }
        }
        return this;
    }

    /** Contact attributes as Amazon Connect limits them: names 1-128 characters, values up to 1,024 (the count is Bean Validation's). */
    public Violations contactAttributes(java.util.Map<String, String> attributes) {
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                check(name != null && !name.isBlank() && name.length() <= 128, "attributes", "attribute names are 1-128 characters");
                check(value == null || value.length() <= 1024, "attributes." + name, "values are at most 1024 characters");
            });
        }
        return this;
    }

    /** Attributes sent from outside: every value is a string (a JSON null, refused here, broke later readers with a 500). */
    public Violations attributeValuesPresent(java.util.Map<String, String> attributes) {
        if (attributes != null) {
            attributes.forEach((name, value) -> check(value != null, "attributes." + name, "must be a string, not null"));
        }
        return this;
    }

    public Violations add(String field, String message) {
        found.add(new Violation(field, message));
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field) || v.field().startsWith(field + ".") || v.field().startsWith(field + "["));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
