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

import org.contactcenter.routing.prompts.boundary.PromptData;
import org.contactcenter.routing.prompts.boundary.Prompts;
import org.contactcenter.web.platform.CrudResource;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Prompts: /api/v1/prompts */
@Path("prompts")
@RequestScoped
@Tag(name = "Prompts")
@Produces(MediaType.APPLICATION_JSON)
public class PromptsResource extends CrudResource {
    @Inject
    Prompts store;
    @Inject
    org.contactcenter.ivr.tts.boundary.Speech speech;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listPrompts", summary = "List every prompt")
    public List<PromptData> listPrompts() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getPrompt", summary = "Read one prompt")
    public PromptData getPrompt(@PathParam("id") String id) {
        return store.get(id);
    }

    @GET
    @Path("{id}/speech")
    @Produces({"audio/wav", "application/problem+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getPromptSpeech", summary = "A text prompt as callers hear it: its text rendered by the text-to-speech engine of its"
            + " language (audio/wav, 8 kHz mono); 404 without text, 503 when that language cannot be spoken here")
    public jakarta.ws.rs.core.Response getPromptSpeech(@PathParam("id") String id) {
        PromptData prompt = store.get(id);
        if (prompt.text == null || prompt.text.isBlank()) {
            throw new org.contactcenter.routing.platform.NotFound("text of prompt", id);
        }
        java.nio.file.Path file = speech.rendered(prompt.text).orElseThrow(() -> new jakarta.ws.rs.ServiceUnavailableException(
                "the prompt's language cannot be spoken here (see /health, text-to-speech)", 30L));
        return jakarta.ws.rs.core.Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> java.nio.file.Files.copy(file, out), "audio/wav")
                .header("Cache-Control", "private, max-age=300").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createPrompt", summary = "Create a prompt (text and/or audio file)")
    public Response createPrompt(PromptData data) {
        return created(store.create(data));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updatePrompt", summary = "Replace a prompt")
    public PromptData updatePrompt(@PathParam("id") String id, PromptData data) {
        return store.update(id, data);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deletePrompt", summary = "Delete a prompt (409 while a flow uses it)")
    public Response deletePrompt(@PathParam("id") String id) {
        store.delete(id);
        return deleted();
    }
}
