package org.contactcenter.routing.engine.boundary;

import java.util.List;

import org.contactcenter.routing.platform.Conflict;

/** The queue already holds its maximum of waiting contacts (a flow takes its QueueAtCapacity branch; the API answers 409). */
public class QueueAtCapacity extends Conflict {
    private static final long serialVersionUID = 1L;

    public QueueAtCapacity(String queueName, int maxContacts) {
        super("queueId", "queue " + queueName + " is at capacity (" + maxContacts + " waiting contacts)", List.of());
    }
}
