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
public class UserData implements org.contactcenter.routing.platform.HasId {
    public String id;
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*", message = "may contain letters, digits and . _ @ -") public String username;
    @Size(min = 8, max = 128) public String password;
    @Size(max = 100) public String firstName;
    @Size(max = 100) public String lastName;
    @Email @Size(max = 254) public String email;
    @NotEmpty public Set<Role> roles;
    public String routingProfileId;
    public PhoneType phoneType;
    @Pattern(regexp = "\\+[1-9]\\d{1,14}|[A-Za-z0-9]+/[A-Za-z0-9@._:-]+", message = "must be an E.164 number or a dial string such as PJSIP/1001") public String phoneEndpoint;
    @Valid public AfterContactWork afterContactWorkTimeouts;
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

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        return roles;
    }

    public String routingProfileId() {
        return routingProfileId;
    }

    public PhoneType phoneType() {
        return phoneType;
    }

    public String phoneEndpoint() {
        return phoneEndpoint;
    }

    public AfterContactWork afterContactWorkTimeouts() {
        return afterContactWorkTimeouts;
    }

    public String agentQueueId() {
        return agentQueueId;
    }


    /** After-contact-work timeouts in seconds; 0 = ACW lasts until the agent ends it. */
    public static class AfterContactWork {
        @NotNull @Min(0) @Max(86_400) public Integer voice;
        @NotNull @Min(0) @Max(86_400) public Integer chat;

        public AfterContactWork() {
        }

        public AfterContactWork(Integer voice, Integer chat) {
            this.voice = voice;
            this.chat = chat;
        }

        public Integer voice() {
            return voice;
        }

        public Integer chat() {
            return chat;
        }

    }
}
