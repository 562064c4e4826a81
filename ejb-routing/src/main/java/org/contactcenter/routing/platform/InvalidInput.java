package org.contactcenter.routing.platform;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** Bad input: one or more fields violate the model's rules. Answered as 400; the transaction rolls back. */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
