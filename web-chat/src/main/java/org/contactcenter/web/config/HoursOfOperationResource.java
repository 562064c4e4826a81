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

import org.contactcenter.routing.hours.boundary.HoursOfOperations;
import org.contactcenter.routing.hours.boundary.HoursOfOperationData;
import org.contactcenter.routing.hours.boundary.HoursStatus;
import org.contactcenter.routing.hours.boundary.HoursTimers;
import org.contactcenter.web.platform.CrudResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.contactcenter.web.platform.Roles;

/** Hours of operation: /api/v1/hours-of-operation */
@Path("hours-of-operation")
@RequestScoped
@Tag(name = "HoursOfOperations")
@Produces(MediaType.APPLICATION_JSON)
public class HoursOfOperationResource extends CrudResource {
    @Inject
    HoursOfOperations store;
    @Inject
    HoursTimers timers;

    @GET
    @Path("{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getHoursOfOperationStatus", summary = "Whether the hours are open now and when that next changes")
    public HoursStatus getHoursOfOperationStatus(@PathParam("id") String id) {
        return timers.hoursStatus(id);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listHoursOfOperations", summary = "List every hours of operation")
    public List<HoursOfOperationData> listHoursOfOperations() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getHoursOfOperation", summary = "Read one hours of operation")
    public HoursOfOperationData getHoursOfOperation(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createHoursOfOperation", summary = "Create a hours of operation")
    public Response createHoursOfOperation(HoursOfOperationData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateHoursOfOperation", summary = "Replace a hours of operation")
    public HoursOfOperationData updateHoursOfOperation(@PathParam("id") String id, HoursOfOperationData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteHoursOfOperation", summary = "Delete a hours of operation (409 while still referenced)")
    public Response deleteHoursOfOperation(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
