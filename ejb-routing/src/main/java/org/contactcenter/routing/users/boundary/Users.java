package org.contactcenter.routing.users.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.contactcenter.routing.agents.entity.AgentState;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.quickconnects.entity.QuickConnect;
import org.contactcenter.routing.users.entity.PhoneType;
import org.contactcenter.routing.users.entity.Role;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.Proficiency;

/**
 * Users. Passwords are hashed with Jakarta Security's PBKDF2-HMAC-SHA256 with {@code cc.security.pbkdf2-iterations}
 * (600,000, OWASP's figure); a stored hash keeps its own iterations, so older hashes still verify and are upgraded at
 * the user's next successful sign-in ({@link #signIn}). Each agent has an agent queue, created, renamed and removed
 * here with the user. The last admin cannot be removed.
 */
@Stateless
@LocalBean
public class Users extends ConfigurationStore<User, UserData> {
    @Inject
    Pbkdf2PasswordHash passwordHash;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cc.security.pbkdf2-iterations", defaultValue = "600000")
    int iterations;

    public Users() {
        super("User", User.class, User.ALL);
    }

    @jakarta.annotation.PostConstruct
    void hashParameters() {
        passwordHash.initialize(java.util.Map.of("Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(10_000, iterations)),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
    }

    /** A sign-in's outcome: the user's roles when the password is right (empty: wrong user or password). */
    public record SignedIn(String username, java.util.Set<Role> roles, boolean upgraded) {
    }

    /**
     * Checks a user's password; right, and its stored hash has fewer iterations than configured, the hash is
     * replaced by one with the configured iterations (the clear password is at hand only now).
     */
    public Optional<SignedIn> signIn(String username, String password) {
        Optional<User> user = username == null || password == null ? Optional.empty() : byUsername(username);
        if (user.isEmpty()) {
            passwordHash.verify(password == null ? new char[0] : password.toCharArray(), dummyHash()); // as long as a real check
            return Optional.empty();
        }
        String stored = user.get().passwordHash();
        if (!passwordHash.verify(password.toCharArray(), stored)) {
            return Optional.empty();
        }
        boolean upgrade = iterationsOf(stored) < Math.max(10_000, iterations);
        if (upgrade) {
            user.get().changePasswordHash(passwordHash.generate(password.toCharArray()));
        }
        return Optional.of(new SignedIn(user.get().username(), Set.copyOf(user.get().roles()), upgrade));
    }

    /** The iterations of a stored hash ({@code PBKDF2WithHmacSHA256:ITERATIONS:salt:hash}); 0 when unreadable. */
    static int iterationsOf(String stored) {
        String[] parts = stored.split(":");
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Checked against when the user does not exist, so a wrong name takes as long as a wrong password. */
    private static volatile String dummy;

    private String dummyHash() {
        String d = dummy;
        if (d == null) {
            d = passwordHash.generate("no such user".toCharArray());
            dummy = d;
        }
        return d;
    }

    public Optional<User> byUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("name", username).getResultStream().findFirst();
    }

    @Override
    protected UserData toData(User u) {
        UserData data = new UserData(u.id(), u.username(), null, u.firstName(), u.lastName(), u.email(), u.roles(),
                u.routingProfile() == null ? null : u.routingProfile().id(), u.phoneType(), u.phoneEndpoint(),
                new UserData.AfterContactWork(u.afterContactWorkTimeout(org.contactcenter.rules.model.Channel.VOICE),
                        u.afterContactWorkTimeout(org.contactcenter.rules.model.Channel.CHAT)),
                agentQueue(u).map(Queue::id).orElse(null));
        data.proficiencies = u.proficiencies().stream().map(p -> new UserData.ProficiencyData(p.name(), p.value(), p.level())).toList();
        return data;
    }

    @Override
    public UserData create(UserData data) {
        UserData created = super.create(data);
        if (data.roles.contains(Role.AGENT)) {
            em.persist(Queue.agentQueue(created.id(), data.username));
            flush();
            return get(created.id());
        }
        return created;
    }

    @Override
    protected User newEntity(UserData data) {
        User.Profile profile = profile(data, true);
        requireUnique(User.BY_USERNAME, "username", data.username, null);
        User user = new User(data.username, passwordHash.generate(data.password.toCharArray()), profile);
        user.proficiencies(proficiencies(data));
        return user;
    }

    @Override
    protected void apply(User user, UserData data) {
        User.Profile profile = profile(data, false);
        requireUnique(User.BY_USERNAME, "username", data.username, user);
        if (user.roles().contains(Role.ADMIN) && !profile.roles().contains(Role.ADMIN) && admins() == 1) {
            throw new Conflict("roles", "user " + user.username() + " is the last admin", List.of());
        }
        Optional<Queue> agentQueue = agentQueue(user);
        user.change(data.username, profile);
        if (data.proficiencies != null) {
            user.proficiencies(proficiencies(data));
        }
        if (data.password != null) {
            user.changePasswordHash(passwordHash.generate(data.password.toCharArray()));
        }
        if (user.isAgent() && agentQueue.isEmpty()) {
            em.persist(Queue.agentQueue(user.id(), user.username()));
        } else if (!user.isAgent() && agentQueue.isPresent()) {
            em.remove(agentQueue.get());
        } else {
            agentQueue.ifPresent(q -> q.renameAgent(user.username()));
        }
    }

    @Override
    protected List<String> referencesTo(User user) {
        List<String> refs = new ArrayList<>();
        if (user.roles().contains(Role.ADMIN) && admins() == 1) {
            refs.add("the center itself (the last admin)");
        }
        em.createNamedQuery(QuickConnect.USING_USER, QuickConnect.class).setParameter("user", user).getResultList()
                .forEach(c -> refs.add("quick connect " + c.name()));
        agentQueue(user).ifPresent(q -> {
            em.createNamedQuery(QuickConnect.USING_QUEUE, QuickConnect.class).setParameter("queue", q).getResultList()
                    .forEach(c -> refs.add("quick connect " + c.name()));
            long waiting = em.createNamedQuery(Contact.OPEN_IN_QUEUE, Long.class).setParameter("queueId", q.id())
                    .setParameter("ended", ContactState.ENDED).getSingleResult();
            if (waiting > 0) {
                refs.add(waiting + " contacts in its agent queue");
            }
        });
        long held = em.createNamedQuery(Contact.OPEN_OF_AGENT, Long.class).setParameter("agentId", user.id())
                .setParameter("ended", ContactState.ENDED).getSingleResult();
        if (held > 0) {
            refs.add(held + " contacts the agent holds");
        }
        return refs;
    }

    @Override
    protected void beforeDelete(User user) {
        agentQueue(user).ifPresent(em::remove);
        AgentState state = em.find(AgentState.class, user.id());
        if (state != null) {
            em.remove(state);
        }
        em.flush(); // no mapped relation tells EclipseLink to delete these rows before the user's
    }

    private long admins() {
        return em.createNamedQuery(User.WITH_ROLE, User.class).setParameter("role", Role.ADMIN).getResultList().size();
    }

    private Optional<Queue> agentQueue(User user) {
        return em.createNamedQuery(Queue.BY_AGENT, Queue.class).setParameter("userId", user.id()).getResultStream().findFirst();
    }

    /** The proficiencies given (none when left out), each attribute name and value once. */
    private static List<Proficiency> proficiencies(UserData data) {
        if (data.proficiencies == null) {
            return List.of();
        }
        List<Proficiency> list = data.proficiencies.stream().map(p -> new Proficiency(p.name, p.value, p.level)).toList();
        if (list.stream().map(Proficiency::key).distinct().count() != list.size()) {
            throw InvalidInput.of("proficiencies", "lists the same attribute name and value twice");
        }
        return list;
    }

    private User.Profile profile(UserData data, boolean creating) {
        Violations v = validate(data).noNullElements(data.roles, "roles");
        if (data.proficiencies != null) {
            v.noNullElements(data.proficiencies, "proficiencies");
        }
        v.throwIfAny();
        v.check(!creating || data.password != null, "password", "must not be null");
        boolean agent = data.roles.contains(Role.AGENT);
        v.check(!agent || data.routingProfileId != null, "routingProfileId", "an agent needs a routing profile");
        RoutingProfile profile = reference(RoutingProfile.class, data.routingProfileId, "routingProfileId", v);
        PhoneType phoneType = data.phoneType == null ? PhoneType.SOFT_PHONE : data.phoneType;
        v.check(phoneType != PhoneType.DESK_PHONE || data.phoneEndpoint != null, "phoneEndpoint", "a desk phone needs a phone endpoint");
        v.throwIfAny();
        UserData.AfterContactWork acw = data.afterContactWorkTimeouts == null ? new UserData.AfterContactWork(0, 0) : data.afterContactWorkTimeouts;
        return new User.Profile(data.firstName, data.lastName, data.email, data.roles, profile, phoneType,
                data.phoneEndpoint, acw.voice, acw.chat);
    }
}
