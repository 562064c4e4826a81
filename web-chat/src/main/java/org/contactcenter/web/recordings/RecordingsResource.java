package org.contactcenter.web.recordings;


import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.contactcenter.routing.recordings.boundary.AuditLog;
import org.contactcenter.routing.recordings.boundary.Retention;
import org.contactcenter.web.platform.ClientAddresses;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static org.contactcenter.routing.platform.JsonP.JSON;

/** The recordings archive for administrators: run the retention policy now (the audit trail: {@link AuditEventsResource}). */
@Path("recordings")
@ApplicationScoped
@Tag(name = "Recordings archive")
@Produces(MediaType.APPLICATION_JSON)
public class RecordingsResource {
    @Inject
    Retention retention;
    @Inject
    AuditLog audit;
    @Inject
    ClientAddresses addresses;

    @POST
    @Path("retention-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runRetention", summary = "Runs the retention policy now (archive, then delete what is due; finishes steps a "
            + "crash left); answers what it did: recovered, moved, deleted, failed")
    public JsonObject runRetention(@Context SecurityContext security, @Context HttpServletRequest request) {
        Retention.Result r = retention.run();
        audit.record(security.getUserPrincipal().getName(), AuditLog.RETENTION_RUN, null, r.toString(), addresses.of(request));
        return JSON.createObjectBuilder().add("recovered", r.recovered()).add("moved", r.moved()).add("deleted", r.deleted())
                .add("failed", r.failed()).build();
    }
}
