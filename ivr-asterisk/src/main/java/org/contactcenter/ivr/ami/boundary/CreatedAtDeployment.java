package org.contactcenter.ivr.ami.boundary;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * The AMI beans that observe routing's announcements are created while the application is deployed, where the
 * container can inject their {@code @Resource}s. Created lazily by the first announcement instead (the routing
 * journal's thread, which has no web module environment), they got none: a null executor, and on a real Asterisk no
 * agent's phone was rung. Subclasses inherit the observer (CDI's inheritance of member-level metadata).
 */
abstract class CreatedAtDeployment {
    private static final Logger LOG = Logger.getLogger(CreatedAtDeployment.class.getName());

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine(() -> getClass().getSimpleName() + " created at deployment");
    }
}
