package org.contactcenter.ivr.ami.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code ami} on /health: DOWN while a configured AMI connection is not logged in (UP when AMI is not configured). */
@Readiness
@ApplicationScoped
public class AmiHealthCheck implements HealthCheck {
    @EJB
    AmiService ami;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ami").status(!ami.configured() || ami.up()).withData("state", ami.state()).build();
    }
}
