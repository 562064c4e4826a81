package org.contactcenter.routing.users.boundary;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.users.entity.PhoneType;
import org.contactcenter.routing.users.entity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON of a user. {@code password} is write-only (required on create, optional on update, never returned);
 * {@code agentQueueId} is read-only. {@code phoneEndpoint}: an E.164 number or an Asterisk dial string such as
 * PJSIP/1001. ACW timeouts in seconds per channel, 0 = until the agent ends ACW.
 */
public class UserData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique sign-in name")
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*", message = "may contain letters, digits and . _ @ -") public String username;
    @Schema(description = "Write-only; 8-128 characters; never returned")
    @Size(min = 8, max = 128) public String password;
    @Schema(description = "First name")
    @Size(max = 100) public String firstName;
    @Schema(description = "Last name")
    @Size(max = 100) public String lastName;
    @Schema(description = "E-mail address")
    @Email @Size(max = 254) public String email;
    @Schema(description = "ADMIN, SUPERVISOR, AGENT and/or ANALYST")
    @NotEmpty public Set<Role> roles;
    @Schema(description = "Routing profile; required for agents")
    public String routingProfileId;
    @Schema(description = "SOFT_PHONE or DESK_PHONE")
    public PhoneType phoneType;
    @Schema(description = "E.164 number or Asterisk dial string (PJSIP/1001); required for a desk phone")
    @Pattern(regexp = "\\+[1-9]\\d{1,14}|[A-Za-z0-9]+/[A-Za-z0-9@._:-]+", message = "must be an E.164 number or a dial string such as PJSIP/1001") public String phoneEndpoint;
    @Schema(description = "After-contact-work timeouts per channel, seconds; 0 = until the agent ends ACW")
    @Valid public AfterContactWork afterContactWorkTimeouts;
    @Schema(description = "The agent's own queue", readOnly = true)
    public String agentQueueId;
    @Schema(description = "The agent's proficiencies (at most 50): a predefined attribute's name and value with a level 1-5; routing criteria match them")
    @Size(max = 50) @Valid public List<ProficiencyData> proficiencies;

    public UserData() {
    }

    public UserData(String id, String username, String password, String firstName, String lastName, String email, Set<Role> roles, String routingProfileId, PhoneType phoneType, String phoneEndpoint, AfterContactWork afterContactWorkTimeouts, String agentQueueId) {
        this.id = id;
        this.username = username;
        this.password = password;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.roles = roles;
        this.routingProfileId = routingProfileId;
        this.phoneType = phoneType;
        this.phoneEndpoint = phoneEndpoint;
        this.afterContactWorkTimeouts = afterContactWorkTimeouts;
        this.agentQueueId = agentQueueId;
    }

    @Override
    public String id() {
        return id;
    }

    /** A proficiency: e.g. Language = Japanese at level 4. */
    public static class ProficiencyData {
        @Schema(description = "Predefined attribute name, e.g. Language (1-64 characters)")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+", message = "must not contain control characters") public String name;
        @Schema(description = "Its value, e.g. Japanese (1-64 characters)")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+", message = "must not contain control characters") public String value;
        @Schema(description = "Level 1 (lowest) to 5")
        @NotNull @Min(1) @Max(5) public Integer level;

        public ProficiencyData() {
        }

        public ProficiencyData(String name, String value, Integer level) {
            this.name = name;
            this.value = value;
            this.level = level;
        }
    }

    /** After-contact-work timeouts in seconds; 0 = ACW lasts until the agent ends it. */
    public static class AfterContactWork {
        @Schema(description = "Seconds for voice contacts")
        @NotNull @Min(0) @Max(86_400) public Integer voice;
        @Schema(description = "Seconds for chat contacts")
        @NotNull @Min(0) @Max(86_400) public Integer chat;

        public AfterContactWork() {
        }

        public AfterContactWork(Integer voice, Integer chat) {
            this.voice = voice;
            this.chat = chat;
        }
    }
}
