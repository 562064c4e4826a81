package org.contactcenter.routing.users.boundary;

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
    @Schema(description = "ADMIN, SUPERVISOR and/or AGENT")
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
