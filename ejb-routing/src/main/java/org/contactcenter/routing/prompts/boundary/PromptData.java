package org.contactcenter.routing.prompts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.platform.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a prompt. */
public class PromptData implements HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "What chat customers read (and a text-to-speech voice says); text or audio is required")
    @Size(max = 2000) public String text;
    @Schema(description = "Sound file the voice adapter plays, as Asterisk names it (e.g. custom/welcome, no extension)")
    @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9_/.-]+", message = "letters, digits, _ / . - only") public String audio;

    public PromptData() {
    }

    public PromptData(String id, String name, String description, String text, String audio) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.text = text;
        this.audio = audio;
    }

    @Override
    public String id() {
        return id;
    }
}
