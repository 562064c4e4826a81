package org.contactcenter.routing.users.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.contactcenter.routing.platform.Ids;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.Proficiency;

/**
 * A user. Invariants: at least one role; an agent has a routing profile; a desk phone has an endpoint; ACW timeouts
 * are 0 (until the agent ends ACW) or more seconds. The password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "cc_user")
@NamedQuery(name = User.ALL, query = "select u from User u order by u.username")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :name")
@NamedQuery(name = User.BY_ROUTING_PROFILE, query = "select u from User u where u.routingProfile = :profile order by u.username")
@NamedQuery(name = User.WITH_ROLE, query = "select u from User u join u.roles r where r = :role")
public class User {
    public static final String ALL = "User.all";
    public static final String BY_USERNAME = "User.byUsername";
    public static final String BY_ROUTING_PROFILE = "User.byRoutingProfile";
    public static final String WITH_ROLE = "User.withRole";

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, unique = true, length = 64)
    private String username;
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;
    @Column(name = "first_name", length = 100)
    private String firstName;
    @Column(name = "last_name", length = 100)
    private String lastName;
    @Column(length = 254)
    private String email;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cc_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();
    @ManyToOne
    @JoinColumn(name = "routing_profile_id")
    private RoutingProfile routingProfile;
    @Enumerated(EnumType.STRING)
    @Column(name = "phone_type", nullable = false, length = 12)
    private PhoneType phoneType;
    @Column(name = "phone_endpoint", length = 128)
    private String phoneEndpoint;
    @Column(name = "acw_voice_seconds", nullable = false)
    private int acwVoiceSeconds;
    @Column(name = "acw_chat_seconds", nullable = false)
    private int acwChatSeconds;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cc_user_proficiency", joinColumns = @JoinColumn(name = "user_id"))
    private List<UserProficiency> proficiencies = new ArrayList<>();
    @Version
    private long version;

    protected User() {
    }

    public User(String username, String passwordHash, Profile profile) {
        this.id = Ids.next();
        this.passwordHash = require(passwordHash, "password hash");
        change(username, profile);
    }

    /** Everything about a user but the username and password. */
    public record Profile(String firstName, String lastName, String email, Set<Role> roles, RoutingProfile routingProfile,
                          PhoneType phoneType, String phoneEndpoint, int acwVoiceSeconds, int acwChatSeconds) {
    }

    public final void change(String username, Profile p) {
        if (p.roles() == null || p.roles().isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        if (p.roles().contains(Role.AGENT) && p.routingProfile() == null) {
            throw new IllegalArgumentException("an agent needs a routing profile");
        }
        if (p.phoneType() == PhoneType.DESK_PHONE && p.phoneEndpoint() == null) {
            throw new IllegalArgumentException("a desk phone needs an endpoint");
        }
        if (p.acwVoiceSeconds() < 0 || p.acwChatSeconds() < 0) {
            throw new IllegalArgumentException("ACW timeouts are 0 or more seconds");
        }
        this.username = require(username, "username");
        this.firstName = p.firstName();
        this.lastName = p.lastName();
        this.email = p.email();
        this.roles = EnumSet.copyOf(p.roles());
        this.routingProfile = p.routingProfile();
        this.phoneType = p.phoneType() == null ? PhoneType.SOFT_PHONE : p.phoneType();
        this.phoneEndpoint = p.phoneEndpoint();
        this.acwVoiceSeconds = p.acwVoiceSeconds();
        this.acwChatSeconds = p.acwChatSeconds();
    }

    /** The agent's proficiencies (routing criteria match them); at most one per attribute name and value. */
    public List<Proficiency> proficiencies() {
        return proficiencies.stream().map(UserProficiency::model).toList();
    }

    public void proficiencies(List<Proficiency> list) {
        if (list.stream().map(Proficiency::key).distinct().count() != list.size()) {
            throw new IllegalArgumentException("a proficiency is listed twice");
        }
        proficiencies.clear();
        list.forEach(p -> proficiencies.add(new UserProficiency(p)));
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = require(hash, "password hash");
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
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
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean isAgent() {
        return roles.contains(Role.AGENT);
    }

    public RoutingProfile routingProfile() {
        return routingProfile;
    }

    public PhoneType phoneType() {
        return phoneType;
    }

    public String phoneEndpoint() {
        return phoneEndpoint;
    }

    /** ACW timeout in seconds for a channel; 0 means ACW lasts until the agent ends it. */
    public int afterContactWorkTimeout(Channel channel) {
        return channel == Channel.VOICE ? acwVoiceSeconds : acwChatSeconds;
    }
}
