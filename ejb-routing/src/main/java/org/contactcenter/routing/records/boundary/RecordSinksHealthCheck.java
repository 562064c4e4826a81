package org.contactcenter.routing.records.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The record sinks on /health: backlog, lag and the last error of each. A sink that is down keeps the check UP — the
 * center takes contacts all the same and the records wait in the outbox — so a load balancer never drops a center
 * for its BI stream; alert on {@code cc_records_sink_lag_seconds} instead (docs/RECORDS.md).
 */
@Readiness
@ApplicationScoped
public class RecordSinksHealthCheck implements HealthCheck {
    @EJB
    RecordDelivery delivery;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("contact-record-sinks").up();
        try {
            for (RecordDelivery.SinkState s : delivery.states()) {
                b.withData(s.name() + ".backlog", s.backlog());
                b.withData(s.name() + ".lagSeconds", String.valueOf(s.lagSeconds()));
                b.withData(s.name() + ".state", s.failingSince() == null ? "delivering" : "failing since " + s.failingSince());
                if (s.lastError() != null) {
                    b.withData(s.name() + ".lastError", s.lastError());
                }
            }
        } catch (RuntimeException e) {
            b.withData("error", e.getClass().getSimpleName());
        }
        return b.build();
    }
}
