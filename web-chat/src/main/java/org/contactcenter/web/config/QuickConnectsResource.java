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

import org.contactcenter.routing.quickconnects.boundary.QuickConnects;
import org.contactcenter.routing.quickconnects.boundary.QuickConnectData;
import org.contactcenter.web.platform.CrudResource;
import org.contactcenter.web.platform.Roles;

/** Quick connects: /api/v1/quick-connects */
@Path("quick-connects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuickConnectsResource extends CrudResource {
    @Inject
    QuickConnects store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<QuickConnectData> list() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public QuickConnectData get(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(QuickConnectData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public QuickConnectData update(@PathParam("id") String id, QuickConnectData data) {
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
