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

import org.contactcenter.routing.phonenumbers.boundary.PhoneNumbers;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumberData;
import org.contactcenter.web.platform.CrudResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.contactcenter.web.platform.Roles;

/** Phone numbers and their inbound flows: /api/v1/phone-numbers */
@Path("phone-numbers")
@RequestScoped
@Tag(name = "PhoneNumbers")
@Produces(MediaType.APPLICATION_JSON)
public class PhoneNumbersResource extends CrudResource {
    @Inject
    PhoneNumbers store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listPhoneNumbers", summary = "List every phone number")
    public List<PhoneNumberData> listPhoneNumbers() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getPhoneNumber", summary = "Read one phone number")
    public PhoneNumberData getPhoneNumber(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createPhoneNumber", summary = "Create a phone number")
    public Response createPhoneNumber(PhoneNumberData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updatePhoneNumber", summary = "Replace a phone number")
    public PhoneNumberData updatePhoneNumber(@PathParam("id") String id, PhoneNumberData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deletePhoneNumber", summary = "Delete a phone number (409 while still referenced)")
    public Response deletePhoneNumber(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
