package org.contactcenter.routing.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the configured database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
    @PersistenceContext
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        try {
            Object answer = em.createNativeQuery("select 1").getSingleResult();
            return HealthCheckResponse.named("database").status(answer != null).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
