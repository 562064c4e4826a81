package org.contactcenter.routing.metrics.boundary;

import java.time.Instant;

/**
 * New real-time figures were computed (taken {@code at}): {@link RealtimeMetrics#current} has them now. Fired on the
 * metrics' own thread after every refresh, so the supervisors' sockets push each compute at once instead of on a
 * period of their own (which would add its phase to the figures' age).
 */
public record RealtimeFigures(Instant at) {
}
