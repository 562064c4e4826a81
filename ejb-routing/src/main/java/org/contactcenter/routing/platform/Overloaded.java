package org.contactcenter.routing.platform;

import jakarta.ejb.ApplicationException;

/**
 * The center cannot take more of this work now (it is at capacity): answered at once as 503 with
 * {@code Retry-After} instead of holding the request; nothing was stored.
 */
@ApplicationException(rollback = true)
public class Overloaded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int retryAfterSeconds;

    public Overloaded(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
