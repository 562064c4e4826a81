package org.contactcenter.routing.functions.boundary;

import jakarta.ejb.ApplicationException;

/** An external function timed out, could not be reached, answered an error or no JSON object: the error branch. */
@ApplicationException(rollback = false)
public class FunctionFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FunctionFailed(String message) {
        super(message);
    }
}
