package org.contactcenter.web.chat;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.contactcenter.routing.chats.boundary.ChatData;
import org.contactcenter.routing.chats.boundary.ChatMessageData;
import org.contactcenter.routing.chats.boundary.Chats;
import org.contactcenter.routing.chats.boundary.StartChat;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.web.platform.Anonymous;
import org.contactcenter.web.platform.CrudResource;
import org.contactcenter.web.platform.Problems;
import org.contactcenter.web.platform.Roles;
import org.contactcenter.routing.chats.boundary.ChatStore;
import org.contactcenter.routing.chats.entity.ChatState;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Chats: customers start and resume them (no account: the participant token is the key); staff read transcripts. */
@Path("chats")
@RequestScoped
@Tag(name = "Chats")
@Produces(MediaType.APPLICATION_JSON)
public class ChatsResource extends CrudResource {
    @Inject
    Chats chats;
    @Inject
    Users users;
    @Inject
    ChatLimits limits;
    @Context
    HttpServletRequest http;

    /** The token of a chat to resume. */
    public static class Resume {
        public String participantToken;
    }

    @POST
    @Anonymous
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startChat", summary = "Start a chat (customers, no account): 201 with the chat id and its participant token, "
            + "which opens /ws/chat; the chat runs its inbound flow")
    public Response startChat(StartChat request) {
        Response limited = limited();
        if (limited != null) {
            return limited;
        }
        if (request == null) {
            throw InvalidInput.of("displayName", "a body {displayName, flowId?, attributes?} is required");
        }
        ChatData chat = chats.start(request);
        return created(chat, "chats", chat.chatId);
    }

    @POST
    @Path("resume")
    @Anonymous
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resumeChat", summary = "Resume an ended chat within cc.chat.resume-window-hours: 201 with a new chat (new token), "
            + "linked to the old one, whose transcript includes the past sessions and whose numbers go on from them; resuming the same chat "
            + "again answers 200 with that same successor chat (and the same token), never a second live chat")
    public Response resumeChat(Resume request) {
        Response limited = limited();
        if (limited != null) {
            return limited;
        }
        if (request == null || request.participantToken == null) {
            throw InvalidInput.of("participantToken", "must not be blank");
        }
        ChatStore.Resumed resumed = chats.resume(request.participantToken);
        return resumed.fresh() ? created(resumed.chat(), "chats", resumed.chat().chatId) : Response.ok(resumed.chat()).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listChats", summary = "The newest chats (supervisors, admins), newest first: state ACTIVE or ENDED (default both), "
            + "limit 1-500 (default 100); never a token")
    public List<ChatData> listChats(@QueryParam("state") String state, @QueryParam("limit") @DefaultValue("100") String limit) {
        ChatState wanted = null;
        if (state != null) {
            try {
                wanted = ChatState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("state", "ACTIVE or ENDED");
            }
        }
        int n;
        try {
            n = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 500) {
            throw InvalidInput.of("limit", "a whole number from 1 to 500");
        }
        return chats.list(wanted, n);
    }

    /** 429 with Retry-After when this client started or resumed too many chats in the last minute. */
    private Response limited() {
        long wait = limits.start(http);
        if (wait == 0) {
            return null;
        }
        return Response.fromResponse(Problems.of(429, "Too Many Requests", "at most " + limits.maxStartsPerMinute()
                + " chats a minute from one address; try again in " + wait + " s")).header("Retry-After", wait).build();
    }

    @GET
    @Path("{chatId}/transcript")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "getChatTranscript", summary = "The whole transcript of a chat, past sessions first (agents: only chats "
            + "whose contact or callback is or was theirs)")
    public List<ChatMessageData> getChatTranscript(@PathParam("chatId") String chatId, @Context SecurityContext security) {
        ChatData chat = chats.get(chatId);
        if (!security.isUserInRole(Roles.ADMIN) && !security.isUserInRole(Roles.SUPERVISOR)) {
            String me = users.byUsername(security.getUserPrincipal().getName()).map(u -> u.id()).orElse("");
            if (!chats.mayRead(chat.chatId, me)) {
                throw new ForbiddenException("not your chat");
            }
        }
        return chats.transcript(chatId, 0, true);
    }
}
