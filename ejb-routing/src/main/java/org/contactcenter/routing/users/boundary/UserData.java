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

/**
 * JSON of a user. {@code password} is write-only (required on create, optional on update, never returned);
 * {@code agentQueueId} is read-only. {@code phoneEndpoint}: an E.164 number or an Asterisk dial string such as
 * PJSIP/1001. ACW timeouts in seconds per channel, 0 = until the agent ends ACW.
 */
public record UserData(
        String id,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*", message = "may contain letters, digits and . _ @ -") String username,
        @Size(min = 8, max = 128) String password,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @NotEmpty Set<@NotNull Role> roles,
        String routingProfileId,
        PhoneType phoneType,
        @Pattern(regexp = "\\+[1-9]\\d{1,14}|[A-Za-z0-9]+/[A-Za-z0-9@._:-]+", message = "must be an E.164 number or a dial string such as PJSIP/1001") String phoneEndpoint,
        @Valid AfterContactWork afterContactWorkTimeouts,
        String agentQueueId) implements org.contactcenter.routing.platform.HasId {

    /** After-contact-work timeouts in seconds; 0 = ACW lasts until the agent ends it. */
    public record AfterContactWork(@NotNull @Min(0) @Max(86_400) Integer voice, @NotNull @Min(0) @Max(86_400) Integer chat) {
    }
}
