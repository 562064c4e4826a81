package org.contactcenter.routing.platform;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A request that contradicts the stored configuration: a duplicate name, or deleting something still referenced
 * ({@link #referencedBy()} says by what). Answered as 409; the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final List<String> referencedBy;

    public Conflict(String field, String message, List<String> referencedBy) {
        super(message);
        this.field = field;
        this.referencedBy = List.copyOf(referencedBy);
    }

    public static Conflict duplicate(String field, String value) {
        return new Conflict(field, field + " '" + value + "' is already in use", List.of());
    }

    public static Conflict stillReferenced(String what, List<String> referencedBy) {
        return new Conflict(null, what + " is still referenced by " + String.join(", ", referencedBy), referencedBy);
    }

    public String field() {
        return field;
    }

    public List<String> referencedBy() {
        return referencedBy;
    }
}
