package org.contactcenter.web.flows;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.contactcenter.routing.flows.boundary.FlowEvent;
import org.contactcenter.routing.flows.boundary.FlowRunData;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.routing.flows.boundary.StartFlowRun;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.web.platform.CrudResource;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Flow runs: /api/v1/flow-runs (admins and supervisors). */
@Path("flow-runs")
@RequestScoped
@Tag(name = "FlowRuns")
@Produces(MediaType.APPLICATION_JSON)
public class FlowRunsResource extends CrudResource {
    @Inject
    FlowRuns runs;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listFlowRuns", summary = "List the contacts in flows on this server (without their actions)")
    public List<FlowRunData> listFlowRuns() {
        return runs.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "startFlowRun", summary = "Start a contact in a flow's published version (by flowId or phoneNumber); "
            + "answers the media actions up to the first wait")
    public Response startFlowRun(StartFlowRun request) {
        if (request == null) {
            throw InvalidInput.of("channel", "a body {flowId or phoneNumber, channel, …} is required");
        }
        FlowRunData run = runs.start(request);
        return created(run, "flow-runs", run.contactId);
    }

    @GET
    @Path("{contactId}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getFlowRun", summary = "Read a run with its media actions after sequence number 'after' and its flow log")
    public FlowRunData getFlowRun(@PathParam("contactId") String contactId, @QueryParam("after") @DefaultValue("0") int after) {
        return runs.get(contactId, after);
    }

    @POST
    @Path("{contactId}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "sendFlowEvent", summary = "The customer's input, a timeout, a returning chat customer or a hang-up; "
            + "answers the media actions it caused")
    public FlowRunData sendFlowEvent(@PathParam("contactId") String contactId, FlowEvent event) {
        if (event == null) {
            throw InvalidInput.of("type", "a body {type, input} is required");
        }
        return runs.event(contactId, event);
    }
}
