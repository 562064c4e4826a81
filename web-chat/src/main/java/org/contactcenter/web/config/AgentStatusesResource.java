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
import org.contactcenter.web.platform.Roles;

/** Agent statuses: /api/v1/agent-statuses */
@Path("agent-statuses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentStatusesResource extends CrudResource {
    @Inject
    AgentStatuses store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<AgentStatusData> list() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public AgentStatusData get(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(AgentStatusData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public AgentStatusData update(@PathParam("id") String id, AgentStatusData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
