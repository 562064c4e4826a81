package org.contactcenter.routing.hours.boundary;

import java.time.Instant;

/** CDI event: a standard queue's hours of operation closed. Contacts already waiting stay queued. */
public record QueueClosed(String queueId, String hoursOfOperationId, Instant at) {
}
