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

import org.contactcenter.routing.queues.boundary.Queues;
import org.contactcenter.routing.queues.boundary.QueueData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.hours.boundary.HoursTimers;
import org.contactcenter.routing.hours.boundary.QueueStatus;
import org.contactcenter.rules.router.WaitingContact;
import org.contactcenter.web.platform.CrudResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.contactcenter.web.platform.Roles;

/** Queues (standard ones are created here; agent queues come with their agent): /api/v1/queues */
@Path("queues")
@RequestScoped
@Tag(name = "Queues")
@Produces(MediaType.APPLICATION_JSON)
public class QueuesResource extends CrudResource {
    @Inject
    Queues store;
    @Inject
    RoutingEngine engine;

    @Inject
    HoursTimers hours;

    @GET
    @Path("{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getQueueStatus", summary = "Whether the queue is open now, when that next changes, the last open/close transition")
    public QueueStatus getQueueStatus(@PathParam("id") String id) {
        return hours.status(id);
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listWaitingContacts", summary = "The contacts waiting in a queue, in routing order, with position and wait")
    public List<WaitingContact> listWaitingContacts(@PathParam("id") String id) {
        return engine.waiting(id);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listQueues", summary = "List every queue")
    public List<QueueData> listQueues() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getQueue", summary = "Read one queue")
    public QueueData getQueue(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createQueue", summary = "Create a queue")
    public Response createQueue(QueueData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateQueue", summary = "Replace a queue")
    public QueueData updateQueue(@PathParam("id") String id, QueueData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteQueue", summary = "Delete a queue (409 while still referenced)")
    public Response deleteQueue(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
