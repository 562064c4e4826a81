package org.contactcenter.ivr.agi.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the FastAGI server accepts calls (always, when disabled by configuration). */
@Readiness
@ApplicationScoped
public class FastAgiHealthCheck implements HealthCheck {
    @EJB
    FastAgiService service;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("fastagi").status(service.healthy()).build();
    }
}
