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
import org.contactcenter.routing.flows.boundary.FlowImport;
import org.contactcenter.routing.flows.boundary.FlowImportReport;
import org.contactcenter.routing.flows.boundary.FlowValidation;
import org.contactcenter.routing.flows.boundary.FlowVersionData;
import org.contactcenter.routing.platform.InvalidInput;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
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
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listContactFlows", summary = "List every contact flow")
    public List<ContactFlowData> listContactFlows() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
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

    @GET
    @Path("block-types")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listFlowBlockTypes", summary = "The block catalogue: every block type with its parameters (required, "
            + "ranges, references), conditions, results and error branches, and the condition operators (what validation checks)")
    public BlockTypesData listFlowBlockTypes() {
        return BlockTypesData.catalogue();
    }

    @POST
    @Path("validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "validateContactFlow",
            summary = "Validate a flow document for a flow type: every problem with a JSON pointer (200 even when invalid)")
    public FlowValidation validateContactFlow(ContactFlowData data) {
        if (data == null) {
            throw InvalidInput.of("content", "a body {type, content} is required");
        }
        return store.check(data.type, data.content);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishContactFlow",
            summary = "Publish the draft as the next version (400 with every problem's pointer when invalid; nothing is published)")
    public ContactFlowData publishContactFlow(@PathParam("id") String id, @Context SecurityContext security) {
        return store.publish(id, security.getUserPrincipal().getName());
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listContactFlowVersions", summary = "List the published versions of a flow, newest first")
    public List<FlowVersionData> listContactFlowVersions(@PathParam("id") String id) {
        return store.versions(id);
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getContactFlowVersion", summary = "Read one published version with its document")
    public FlowVersionData getContactFlowVersion(@PathParam("id") String id, @PathParam("version") int version) {
        return store.version(id, version);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importContactFlow", summary = "Import an Amazon Connect flow export: 201 with the report when the "
            + "flow was created, 200 with the report (imported false) when something is unsupported or unresolved and placeholders were not asked for")
    public Response importContactFlow(FlowImport request, @Context SecurityContext security) {
        if (request == null) {
            throw InvalidInput.of("content", "a body {content, …} is required");
        }
        FlowImportReport report = store.importConnect(request, security.getUserPrincipal().getName());
        return report.imported ? created(report, "contact-flows", report.flow.id) : Response.ok(report).build();
    }
}
