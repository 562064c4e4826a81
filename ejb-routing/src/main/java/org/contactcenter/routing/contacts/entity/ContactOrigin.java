package org.contactcenter.routing.contacts.entity;

import java.time.OffsetDateTime;

/**
 * What the flow that queues a contact knows of it and routing does not: when it reached the center, the customer's
 * endpoint (the caller's number, the callback number), the center's (the number dialled), and the flow and version
 * that queued it. Any part may be null.
 */
public record ContactOrigin(OffsetDateTime connectedToSystemAt, String customerEndpoint, String systemEndpoint, String flowId, Integer flowVersion) {
    public static final ContactOrigin NONE = new ContactOrigin(null, null, null, null, null);
}
