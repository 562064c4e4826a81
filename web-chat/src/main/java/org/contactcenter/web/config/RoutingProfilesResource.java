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

import org.contactcenter.routing.profiles.boundary.RoutingProfiles;
import org.contactcenter.routing.profiles.boundary.RoutingProfileData;
import org.contactcenter.web.platform.CrudResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.contactcenter.web.platform.Roles;

/** Routing profiles: /api/v1/routing-profiles */
@Path("routing-profiles")
@RequestScoped
@Tag(name = "RoutingProfiles")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingProfilesResource extends CrudResource {
    @Inject
    RoutingProfiles store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listRoutingProfiles", summary = "List every routing profile")
    public List<RoutingProfileData> listRoutingProfiles() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getRoutingProfile", summary = "Read one routing profile")
    public RoutingProfileData getRoutingProfile(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createRoutingProfile", summary = "Create a routing profile")
    public Response createRoutingProfile(RoutingProfileData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateRoutingProfile", summary = "Replace a routing profile")
    public RoutingProfileData updateRoutingProfile(@PathParam("id") String id, RoutingProfileData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteRoutingProfile", summary = "Delete a routing profile (409 while still referenced)")
    public Response deleteRoutingProfile(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
