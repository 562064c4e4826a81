package org.contactcenter.web.platform;

import jakarta.ws.rs.WebApplicationException;

/** A request body over the limit: 413. */
public class PayloadTooLarge extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLarge(long limit) {
        super(Problems.of(413, "Payload too large", "Request bodies are limited to " + limit + " bytes."));
    }
}
