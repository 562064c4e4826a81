package org.contactcenter.web.recordings;


import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.recordings.boundary.AuditLog;
import org.contactcenter.web.platform.Instants;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static org.contactcenter.routing.platform.JsonP.JSON;

/** The audit trail of the recordings archive, for administrators. */
@Path("audit-events")
@ApplicationScoped
@Tag(name = "Recordings archive")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {
    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "searchAuditEvents", summary = "The audit trail, newest first: recording and transcript reads, retention runs; "
            + "from/to (ISO-8601 instants), contactId, limit 1-500 (default 100), nextToken")
    public JsonObject auditEvents(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("contactId") String contactId,
                                  @QueryParam("limit") @DefaultValue("100") String limit, @QueryParam("nextToken") String nextToken) {
        if (contactId != null && (contactId.isEmpty() || contactId.length() > 36)) {
            throw InvalidInput.of("contactId", "1-36 characters");
        }
        if (nextToken != null && nextToken.length() > 512) {
            throw InvalidInput.of("nextToken", "not a token this API gave");
        }
        int max;
        try {
            max = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("limit", "1-" + AuditLog.MAX_LIMIT);
        }
        AuditLog.Page page = audit.search(Instants.optional("from", from), Instants.optional("to", to), contactId, max, nextToken);
        JsonArrayBuilder events = JSON.createArrayBuilder();
        for (AuditLog.Entry e : page.events()) {
            JsonObjectBuilder b = JSON.createObjectBuilder().add("id", e.id()).add("at", e.at().toString()).add("username", e.username())
                    .add("action", e.action());
            optional(b, "contactId", e.contactId());
            optional(b, "detail", e.detail());
            optional(b, "remoteAddress", e.remoteAddress());
            events.add(b);
        }
        JsonObjectBuilder body = JSON.createObjectBuilder().add("events", events);
        optional(body, "nextToken", page.nextToken());
        return body.build();
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
