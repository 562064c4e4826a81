package org.contactcenter.routing.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the configured database answers a query. The query runs in an EJB call, which gives it the
 * application's naming context also when the server calls health checks from its own threads (as Payara Server does).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
    @EJB
    Database database;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("database").status(database.reachable()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
