package org.contactcenter.web.config;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.contactcenter.routing.statuses.boundary.AgentStatuses;
import org.contactcenter.routing.statuses.boundary.AgentStatusData;
import org.contactcenter.web.platform.CrudResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.contactcenter.web.platform.Roles;

/** Agent statuses: /api/v1/agent-statuses */
@Path("agent-statuses")
@RequestScoped
@Tag(name = "AgentStatuses")
@Produces(MediaType.APPLICATION_JSON)
public class AgentStatusesResource extends CrudResource {
    @Inject
    AgentStatuses store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listAgentStatuses", summary = "List every agent status")
    public List<AgentStatusData> listAgentStatuses() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getAgentStatus", summary = "Read one agent status")
    public AgentStatusData getAgentStatus(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAgentStatus", summary = "Create a agent status")
    public Response createAgentStatus(AgentStatusData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateAgentStatus", summary = "Replace a agent status")
    public AgentStatusData updateAgentStatus(@PathParam("id") String id, AgentStatusData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteAgentStatus", summary = "Delete a agent status (409 while still referenced)")
    public Response deleteAgentStatus(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
