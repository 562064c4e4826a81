package org.contactcenter.web.rules;

import static org.contactcenter.routing.platform.JsonP.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.routing.rulebase.boundary.RulesStatus;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The running rule bases ({@code GET /api/v1/rules/status}), and analysts' files: validate one
 * ({@code POST /api/v1/rules/validation/{kbase}/{file}}) or upload it into the rules directory, which reloads
 * ({@code PUT /api/v1/rules/files/{kbase}/{file}}). Bodies are the file's text. A file with errors is refused with
 * 400 listing file:line problems, and nothing changes.
 */
@Path("rules")
@RequestScoped
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    @Inject
    RuleEngine engine;

    @GET
    @Path("status")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getRulesStatus", summary = "The running rule bases, their sources and rules, and the last rejected reload")
    public RulesStatus getRulesStatus() {
        return engine.status();
    }

    @POST
    @Path("validation/{kbase}/{file}")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "validateRuleFile", summary = "Check a rule file (.drl or .drl.csv) in its rule base without changing anything")
    public String validateRuleFile(@PathParam("kbase") String kbase, @PathParam("file") String file, String content) {
        engine.validate(kbase, file, content);
        return JSON.createObjectBuilder().add("valid", true).build().toString();
    }

    @PUT
    @Path("files/{kbase}/{file}")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "uploadRuleFile", summary = "Validate a rule file, write it into the rules directory and reload")
    public RulesStatus uploadRuleFile(@PathParam("kbase") String kbase, @PathParam("file") String file, String content) {
        return engine.upload(kbase, file, content);
    }
}
