package org.contactcenter.web.config;

import java.util.List;
import java.util.Map;

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

import org.contactcenter.routing.functions.boundary.ExternalFunctionData;
import org.contactcenter.routing.functions.boundary.ExternalFunctions;
import org.contactcenter.routing.functions.boundary.FunctionFailed;
import org.contactcenter.web.platform.CrudResource;
import org.contactcenter.web.platform.Problems;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** External functions (/api/v1/external-functions), and a test call for admins ({id}/invocations). */
@Path("external-functions")
@RequestScoped
@Tag(name = "ExternalFunctions")
@Produces(MediaType.APPLICATION_JSON)
public class ExternalFunctionsResource extends CrudResource {
    @Inject
    ExternalFunctions store;

    /** A test call: the attributes, the customer's number and the parameters a flow block would send. */
    public static class Invocation {
        public Map<String, String> attributes;
        public String customerNumber;
        public Map<String, String> parameters;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listExternalFunctions", summary = "List every external function")
    public List<ExternalFunctionData> listExternalFunctions() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getExternalFunction", summary = "Read one external function")
    public ExternalFunctionData getExternalFunction(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createExternalFunction", summary = "Create an external function")
    public Response createExternalFunction(ExternalFunctionData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateExternalFunction", summary = "Replace an external function")
    public ExternalFunctionData updateExternalFunction(@PathParam("id") String id, ExternalFunctionData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteExternalFunction", summary = "Delete an external function")
    public Response deleteExternalFunction(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }

    @POST
    @Path("{id}/invocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "invokeExternalFunction", summary = "Call the function as a flow would; 502 when it fails (the reason is in the server log, by incident id)")
    public Response invokeExternalFunction(@PathParam("id") String id, Invocation call) {
        Invocation c = call == null ? new Invocation() : call;
        try {
            Map<String, String> result = store.invoke(id, null, c.attributes == null ? Map.of() : c.attributes, c.customerNumber,
                    c.parameters == null ? Map.of() : c.parameters);
            return Response.ok(result).build();
        } catch (FunctionFailed e) {
            // the reason (a timeout, a closed port, a status) is for the log: an API caller learns nothing about the network
            String incident = java.util.UUID.randomUUID().toString();
            java.util.logging.Logger.getLogger(ExternalFunctionsResource.class.getName()).warning(() -> "Incident " + incident + ": " + e.getMessage());
            return Problems.of(502, "External function failed", "the function failed (no answer in time, not reachable, an error status or "
                    + "not a JSON object); incident " + incident + " is logged with the reason");
        }
    }
}
