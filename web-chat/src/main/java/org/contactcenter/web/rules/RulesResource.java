package org.contactcenter.web.rules;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.rules.kbase.RuleBaseStatus;
import org.contactcenter.web.platform.Roles;

/** GET /api/v1/rules/status: each rule base, where it came from, when it was loaded and its rules. */
@Path("rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    @Inject
    RuleEngine engine;

    @GET
    @Path("status")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<RuleBaseStatus> status() {
        return engine.status();
    }
}
