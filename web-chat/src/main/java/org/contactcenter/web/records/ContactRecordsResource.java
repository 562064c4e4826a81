package org.contactcenter.web.records;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.contactcenter.routing.chats.boundary.ChatMessageData;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.records.boundary.ContactRecords;
import org.contactcenter.routing.records.boundary.RecordQuery;
import org.contactcenter.routing.recordings.boundary.RecordingAccess;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.web.platform.Instants;
import org.contactcenter.web.platform.ClientAddresses;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static org.contactcenter.routing.platform.JsonP.JSON;

/**
 * Contact records (Amazon Connect's CTR shape). Supervisors and admins read all; an agent reads only the contacts it
 * was connected to (others are 404 to it).
 */
@Path("contact-records")
@ApplicationScoped
@Tag(name = "Contact records")
@Produces(MediaType.APPLICATION_JSON)
public class ContactRecordsResource {
    @Inject
    ContactRecords records;
    @Inject
    Users users;
    @Inject
    RecordingAccess access;
    @Inject
    ClientAddresses addresses;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "searchContactRecords", summary = "Search records, newest initiation first (stable: then by id); "
            + "from/to (ISO-8601 instants: initiation from inclusive, to exclusive), queueId, agentId, channel, initiationMethod, "
            + "attribute=name=value, text (in a chat's messages), customerEndpoint (the customer's timeline); limit 1-100 "
            + "(default 50), nextToken from the previous page")
    public JsonObject search(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("queueId") String queueId,
                             @QueryParam("agentId") String agentId, @QueryParam("channel") String channel,
                             @QueryParam("initiationMethod") String initiationMethod, @QueryParam("attribute") String attribute,
                             @QueryParam("text") String text, @QueryParam("customerEndpoint") String customerEndpoint,
                             @QueryParam("limit") @DefaultValue("50") String limit, @QueryParam("nextToken") String nextToken,
                             @Context SecurityContext security) {
        String name = null;
        String value = null;
        if (attribute != null) {
            int eq = attribute.indexOf('=');
            if (eq <= 0 || attribute.length() > 128 + 1 + 1024) {
                throw InvalidInput.of("attribute", "name=value (the value may be empty)");
            }
            name = attribute.substring(0, eq);
            value = attribute.substring(eq + 1);
        }
        if (text != null && (text.isBlank() || text.length() > 256)) {
            throw InvalidInput.of("text", "1-256 characters");
        }
        RecordQuery q = new RecordQuery(Instants.optional("from", from), Instants.optional("to", to), id("queueId", queueId), id("agentId", agentId),
                parse("channel", channel, Channel.class), parse("initiationMethod", initiationMethod, InitiationMethod.class), name, value,
                text == null ? null : text.strip(), bounded("customerEndpoint", customerEndpoint, 256), integer("limit", limit),
                bounded("nextToken", nextToken, 512), viewer(security));
        ContactRecords.Page page = records.search(q);
        var body = JSON.createObjectBuilder().add("records", JSON.createArrayBuilder(page.records()));
        if (page.nextToken() != null) {
            body.add("nextToken", page.nextToken());
        }
        return body.build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "getContactRecord", summary = "One contact's record")
    public JsonObject get(@PathParam("id") String id, @Context SecurityContext security) {
        return records.get(id, viewer(security));
    }

    @GET
    @Path("{id}/transcript")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "getContactTranscript", summary = "A chat contact's messages, oldest first (a resumed chat's earlier sessions first)")
    public List<ChatMessageData> transcript(@PathParam("id") String id, @Context SecurityContext security) {
        return records.transcript(id, viewer(security));
    }

    @GET
    @Path("{id}/recording")
    @Produces({"audio/*", MediaType.APPLICATION_OCTET_STREAM, "application/problem+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getContactRecording", summary = "Plays or downloads a call's recording (supervisors and admins; every access "
            + "audited). One byte range (Range: bytes=a-b) gives 206; 404 no recording, 410 deleted by retention (the reason)")
    public Response recording(@PathParam("id") String id, @HeaderParam("Range") String range, @Context SecurityContext security,
                              @Context HttpServletRequest request) {
        return RecordingDownloads.send(() -> access.recording(id, range, security.getUserPrincipal().getName(), addresses.of(request)), range);
    }

    @GET
    @Path("{id}/stored-transcript")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getStoredContactTranscript", summary = "A chat's transcript as the archive stored it once the chat ended "
            + "(Amazon Connect's transcript JSON; supervisors and admins; every access audited); 404 not stored yet, 410 deleted by retention")
    public Response storedTranscript(@PathParam("id") String id, @Context SecurityContext security, @Context HttpServletRequest request) {
        return RecordingDownloads.send(() -> access.transcript(id, security.getUserPrincipal().getName(), addresses.of(request)), null);
    }

    /** An agent that is neither supervisor nor admin sees only its own contacts: its user id; others null. */
    private String viewer(SecurityContext security) {
        if (security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.SUPERVISOR)) {
            return null;
        }
        String username = security.getUserPrincipal().getName();
        return users.byUsername(username).map(u -> u.id()).orElseThrow(() -> new NotFound("Agent", username));
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static int integer(String field, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "1-" + ContactRecords.MAX_LIMIT);
        }
    }

    private static String id(String field, String value) {
        return bounded(field, value, 36);
    }

    private static String bounded(String field, String value, int max) {
        if (value != null && (value.isEmpty() || value.length() > max)) {
            throw InvalidInput.of(field, "1-" + max + " characters");
        }
        return value;
    }
}
