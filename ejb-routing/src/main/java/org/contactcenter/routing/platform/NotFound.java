package org.contactcenter.routing.platform;

import jakarta.ejb.ApplicationException;

/** An id that names nothing. Answered as 404. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String resource, String id) {
        super(resource + " " + id + " does not exist");
    }
}
