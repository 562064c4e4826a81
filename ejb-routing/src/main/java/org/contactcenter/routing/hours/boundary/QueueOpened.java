package org.contactcenter.routing.hours.boundary;

import java.time.Instant;

/** CDI event: a standard queue's hours of operation opened. */
public record QueueOpened(String queueId, String hoursOfOperationId, Instant at) {
}
