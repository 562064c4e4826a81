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

import org.contactcenter.routing.flows.boundary.ContactFlows;
import org.contactcenter.routing.flows.boundary.ContactFlowData;
import org.contactcenter.web.platform.CrudResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.contactcenter.web.platform.Roles;

/** Contact flows: /api/v1/contact-flows */
@Path("contact-flows")
@RequestScoped
@Tag(name = "ContactFlows")
@Produces(MediaType.APPLICATION_JSON)
public class ContactFlowsResource extends CrudResource {
    @Inject
    ContactFlows store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listContactFlows", summary = "List every contact flow")
    public List<ContactFlowData> listContactFlows() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getContactFlow", summary = "Read one contact flow")
    public ContactFlowData getContactFlow(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createContactFlow", summary = "Create a contact flow")
    public Response createContactFlow(ContactFlowData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateContactFlow", summary = "Replace a contact flow")
    public ContactFlowData updateContactFlow(@PathParam("id") String id, ContactFlowData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteContactFlow", summary = "Delete a contact flow (409 while still referenced)")
    public Response deleteContactFlow(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
