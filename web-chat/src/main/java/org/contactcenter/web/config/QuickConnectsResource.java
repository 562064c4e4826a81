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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.contactcenter.web.platform.Roles;

/** Quick connects: /api/v1/quick-connects */
@Path("quick-connects")
@RequestScoped
@Tag(name = "QuickConnects")
@Produces(MediaType.APPLICATION_JSON)
public class QuickConnectsResource extends CrudResource {
    @Inject
    QuickConnects store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listQuickConnects", summary = "List every quick connect")
    public List<QuickConnectData> listQuickConnects() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getQuickConnect", summary = "Read one quick connect")
    public QuickConnectData getQuickConnect(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createQuickConnect", summary = "Create a quick connect")
    public Response createQuickConnect(QuickConnectData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateQuickConnect", summary = "Replace a quick connect")
    public QuickConnectData updateQuickConnect(@PathParam("id") String id, QuickConnectData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteQuickConnect", summary = "Delete a quick connect (409 while still referenced)")
    public Response deleteQuickConnect(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
