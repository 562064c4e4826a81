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
    @Operation(operationId = "listWaitingContacts", summary = "The contacts waiting in a queue, in routing order, with position, wait and attributes")
    public List<WaitingContactData> listWaitingContacts(@PathParam("id") String id) {
        return engine.waiting(id).stream().map(w -> WaitingContactData.of(w, attributes(w.contactId()))).toList();
    }

    /** A waiting contact's attributes (what a supervisor decides a priority by); empty when it has just left. */
    private java.util.Map<String, String> attributes(String contactId) {
        try {
            return engine.contact(contactId).attributes;
        } catch (org.contactcenter.routing.platform.NotFound gone) {
            return java.util.Map.of();
        }
    }

    /** One waiting contact as the supervisor's queue view shows it: the router's view and the contact's attributes. */
    public record WaitingContactData(String contactId, String queueId, org.contactcenter.rules.model.Channel channel, int priority,
            java.time.Instant enqueuedAt, int position, java.time.Duration waited, java.util.Map<String, String> attributes) {
        static WaitingContactData of(WaitingContact w, java.util.Map<String, String> attributes) {
            return new WaitingContactData(w.contactId(), w.queueId(), w.channel(), w.priority(), w.enqueuedAt(), w.position(), w.waited(),
                    attributes == null ? java.util.Map.of() : attributes);
        }
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
