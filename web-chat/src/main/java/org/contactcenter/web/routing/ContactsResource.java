package org.contactcenter.web.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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

import org.contactcenter.ivr.ami.boundary.Monitoring;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.boundary.NewContactData;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.ConsultStep;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.engine.boundary.TransferData;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.web.platform.CrudResource;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contacts through the API, and what agents do with theirs. One instance (application scoped, stateless): a
 * request-scoped resource cost two EJB look-ups (JNDI) and its injection on every request of the routing hot path.
 */
@Path("contacts")
@ApplicationScoped
@Tag(name = "Routing")
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource extends CrudResource {
    @Inject
    RoutingEngine engine;
    @Inject
    org.contactcenter.routing.users.boundary.Users users;
    @Inject
    Monitoring monitoring;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createContact", summary = "Queue a contact (initiation method API); it is routed at once")
    public Response createContact(NewContactData data) {
        new Violations().attributeValuesPresent(data == null ? null : data.attributes).throwIfAny();
        ContactData contact = engine.enqueue(data, InitiationMethod.API);
        return created(contact, "contacts", contact.id);
    }

    /** Why a supervisor ends a contact. */
    public static class End {
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "1-200 characters", required = true)
        public String reason;
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "endContact", summary = "End a connected contact, or close one in after-contact work, whose agent cannot "
            + "(gone, never came back): the reason is kept with the contact (disconnectReason); 409 for a contact in another state")
    public ContactData endContact(@PathParam("id") String id, End body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        if (body == null || body.reason == null || body.reason.isBlank() || body.reason.length() > 200) {
            throw org.contactcenter.routing.platform.InvalidInput.of("reason", "why the contact is ended: 1-200 characters");
        }
        return engine.endBySupervisor(id, security.getUserPrincipal().getName(), body.reason.strip());
    }

    /** An outbound call: the number to dial. */
    public static class Outbound {
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "E.164 number", required = true)
        public String phoneNumber;
    }

    @POST
    @Path("outbound")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "startOutboundContact", summary = "The signed-in agent dials out: a voice contact (initiation OUTBOUND) in its "
            + "routing profile's default outbound queue, connected to it at once; 409 when it has no free voice slot")
    public Response startOutboundContact(Outbound body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        ContactData contact = engine.outbound(caller(security), body == null ? null : body.phoneNumber);
        return created(contact, "contacts", contact.id);
    }

    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "transferContact", summary = "The signed-in agent transfers its connected contact to a queue, an agent or a "
            + "quick connect: the answer is the contact, now in after-contact work, with nextContactId; refusals (closed queue, at capacity, "
            + "unknown target) leave it connected")
    public ContactData transferContact(@PathParam("id") String id, org.contactcenter.routing.engine.boundary.TransferData body,
                                       @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return engine.transfer(id, caller(security), body);
    }

    @POST
    @Path("{id}/hold")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "holdContact", summary = "The signed-in agent puts its connected call on hold (state CONNECTED_ONHOLD); chats: 409")
    public ContactData holdContact(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return engine.hold(id, caller(security));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "resumeContact", summary = "The signed-in agent takes its call off hold")
    public ContactData resumeContact(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return engine.resume(id, caller(security));
    }

    /** Whom an agent consults on a call: a number, or a quick connect of type PHONE_NUMBER. */
    public static class Consult {
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "E.164 number (or give quickConnectId)")
        public String phoneNumber;
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "a PHONE_NUMBER quick connect (or give phoneNumber)")
        public String quickConnectId;
    }

    @POST
    @Path("{id}/consult")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "consultContact", summary = "The signed-in agent calls a third party about its connected call: the customer is "
            + "put on hold, the agent's phone is bridged to the number once it answers (thirdPartyState CONSULTING); 409 for a chat or a "
            + "second third party")
    public ContactData consultContact(@PathParam("id") String id, Consult body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        Consult c = body == null ? new Consult() : body;
        return engine.consult(id, caller(security), ConsultStep.CONSULT, c.phoneNumber, new TransferData(null, null, c.quickConnectId));
    }

    @POST
    @Path("{id}/consult/{step:conference|transfer|cancel}")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "consultStep", summary = "conference: customer, agent and third party talk together (CONFERENCED); transfer: "
            + "the agent leaves the customer with the third party (after-contact work, transferredToEndpoint); cancel: the third party is "
            + "hung up (a consulted customer stays on hold until resumed)")
    public ContactData consultStep(@PathParam("id") String id, @PathParam("step") String step,
                                   @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return engine.consult(id, caller(security), ConsultStep.valueOf(step.toUpperCase(java.util.Locale.ROOT)), null, null);
    }

    /** How a supervisor monitors a call. */
    public static class Monitor {
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "SILENT_MONITOR (default: listen only) or BARGE (talk to both sides)")
        public String capability;
    }

    @POST
    @Path("{id}/monitor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "monitorContact", summary = "Listen to a live call (Amazon Connect's MonitorContact): the center rings the "
            + "caller's own phone (phoneEndpoint) into Asterisk's ChanSpy on the call; BARGE also talks to both sides. 202; 409 when the "
            + "contact is not a connected call played here, the caller has no phone endpoint or AMI is down")
    public Response monitorContact(@PathParam("id") String id, Monitor body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security,
                                   @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
        Monitoring.Capability capability;
        try {
            capability = body == null || body.capability == null ? Monitoring.Capability.SILENT_MONITOR : Monitoring.Capability.valueOf(body.capability);
        } catch (IllegalArgumentException e) {
            throw org.contactcenter.routing.platform.InvalidInput.of("capability", "SILENT_MONITOR or BARGE");
        }
        String name = security.getUserPrincipal().getName();
        return Response.accepted(monitoring.monitor(id, caller(security), name, capability, request.getRemoteAddr())).build();
    }

    private String caller(jakarta.ws.rs.core.SecurityContext security) {
        return users.byUsername(security.getUserPrincipal().getName()).map(u -> u.id())
                .orElseThrow(() -> new org.contactcenter.routing.platform.NotFound("Agent", security.getUserPrincipal().getName()));
    }

    @PUT
    @Path("{id}/routing-criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "updateContactRoutingCriteria", summary = "Set a waiting contact's routing criteria (Amazon Connect's "
            + "UpdateContactRoutingData): they apply from now, the first step at once; 409 when the contact does not wait")
    public ContactData updateContactRoutingCriteria(@PathParam("id") String id, org.contactcenter.routing.engine.boundary.RoutingCriteriaData body) {
        if (body == null) {
            throw org.contactcenter.routing.platform.InvalidInput.of("Steps", "routing criteria are required");
        }
        return engine.routingCriteria(id, body.toModel("routingCriteria"));
    }

    /** The body of {@code PUT /contacts/{id}/priority}: a new priority (1 = first) and/or an age adjustment in seconds. */
    public static class PriorityChange {
        public Integer priority;
        public Long queueTimeAdjustmentSeconds;
    }

    @PUT
    @Path("{id}/priority")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "updateContactPriority", summary = "Change a waiting contact's routing priority (1-99, 1 first) and/or its routing "
            + "age (QueueTimeAdjustmentSeconds, -86400..86400: it moves, its real wait does not change); 409 when the contact does not wait")
    public ContactData updateContactPriority(@PathParam("id") String id, PriorityChange body) {
        if (body == null || (body.priority == null && body.queueTimeAdjustmentSeconds == null)) {
            throw org.contactcenter.routing.platform.InvalidInput.of("priority", "give priority and/or queueTimeAdjustmentSeconds");
        }
        if (body.priority != null && (body.priority < 1 || body.priority > 99)) {
            throw org.contactcenter.routing.platform.InvalidInput.of("priority", "1-99");
        }
        long age = body.queueTimeAdjustmentSeconds == null ? 0 : body.queueTimeAdjustmentSeconds;
        if (Math.abs(age) > 86_400) {
            throw org.contactcenter.routing.platform.InvalidInput.of("queueTimeAdjustmentSeconds", "-86400..86400");
        }
        if (engine.contact(id).state != org.contactcenter.rules.model.ContactState.WAITING) {
            throw new org.contactcenter.routing.platform.Conflict("id", "contact " + id + " does not wait in a queue", java.util.List.of());
        }
        return engine.changePriority(id, body.priority, age);
    }

    @DELETE
    @Path("{id}/routing-criteria")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "deleteContactRoutingCriteria", summary = "Remove a waiting contact's routing criteria: any agent of the queue may take it")
    public ContactData deleteContactRoutingCriteria(@PathParam("id") String id) {
        return engine.routingCriteria(id, null);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "getContact", summary = "Read a contact and where it is in routing; an agent only its own (another's: 404)")
    public ContactData getContact(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        ContactData contact = engine.contact(id);
        if (!security.isUserInRole(Roles.ADMIN) && !security.isUserInRole(Roles.SUPERVISOR) && !caller(security).equals(contact.agentId)) {
            throw new org.contactcenter.routing.platform.NotFound("Contact", id); // as if it did not exist: no probing of others' contacts
        }
        return contact;
    }
}
