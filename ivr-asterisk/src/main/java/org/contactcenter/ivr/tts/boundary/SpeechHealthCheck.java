package org.contactcenter.ivr.tts.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code text-to-speech} on /health: per language its engine, or what it misses. UP either way — a missing engine
 * silences that language's text prompts, it does not stop the center — so the detail is what to watch.
 */
@Readiness
@ApplicationScoped
public class SpeechHealthCheck implements HealthCheck {
    @EJB
    Speech speech;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("text-to-speech").up();
        speech.status().forEach(b::withData);
        return b.build();
    }
}
