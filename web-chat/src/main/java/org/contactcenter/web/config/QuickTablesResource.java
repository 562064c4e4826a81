package org.contactcenter.web.config;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.quicktables.boundary.QuickTableData;
import org.contactcenter.routing.quicktables.boundary.QuickTableItemData;
import org.contactcenter.routing.quicktables.boundary.QuickTables;
import org.contactcenter.web.platform.CrudResource;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quick tables (/api/v1/quick-tables) and their items (…/{id}/items/{key}). */
@Path("quick-tables")
@RequestScoped
@Tag(name = "QuickTables")
@Produces(MediaType.APPLICATION_JSON)
public class QuickTablesResource extends CrudResource {
    @Inject
    QuickTables store;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listQuickTables", summary = "List every quick table")
    public List<QuickTableData> listQuickTables() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getQuickTable", summary = "Read one quick table")
    public QuickTableData getQuickTable(@PathParam("id") String id) {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createQuickTable", summary = "Create a quick table")
    public Response createQuickTable(QuickTableData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateQuickTable", summary = "Rename or describe a quick table")
    public QuickTableData updateQuickTable(@PathParam("id") String id, QuickTableData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteQuickTable", summary = "Delete a quick table and its items")
    public Response deleteQuickTable(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }

    @GET
    @Path("{id}/items")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listQuickTableItems", summary = "The table's items in key order (limit 1-1000, default 100)")
    public List<QuickTableItemData> listQuickTableItems(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("100") int limit) {
        return store.items(id, Math.max(1, Math.min(limit, 1000)));
    }

    @GET
    @Path("{id}/items/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getQuickTableItem", summary = "Read one item")
    public QuickTableItemData getQuickTableItem(@PathParam("id") String id, @PathParam("key") String key) {
        return store.read(id, key).orElseThrow(() -> new NotFound("Item", key));
    }

    @PUT
    @Path("{id}/items/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putQuickTableItem", summary = "Create or replace an item; the body is its attributes, a JSON object of strings")
    public QuickTableItemData putQuickTableItem(@PathParam("id") String id, @PathParam("key") String key, Map<String, String> value) {
        return store.write(id, key, value);
    }

    @DELETE
    @Path("{id}/items/{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteQuickTableItem", summary = "Delete an item")
    public Response deleteQuickTableItem(@PathParam("id") String id, @PathParam("key") String key) {
        store.remove(id, key);
        return deleted();
    }
}
