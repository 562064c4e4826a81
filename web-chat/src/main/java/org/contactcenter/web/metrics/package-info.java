/** REST and WebSocket surfaces of metrics: real-time (/api/v1/metrics/realtime, /ws/supervisor) and historical. */
package org.contactcenter.web.metrics;
