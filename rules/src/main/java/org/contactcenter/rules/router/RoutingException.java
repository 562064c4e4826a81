package org.contactcenter.rules.router;

/** A request the router refuses (unknown agent or contact, an offer answered by the wrong agent or twice, …). */
public class RoutingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RoutingException(String message) {
        super(message);
    }
}
