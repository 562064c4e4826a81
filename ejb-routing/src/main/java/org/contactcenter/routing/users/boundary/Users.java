package org.contactcenter.routing.users.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.contactcenter.routing.agents.entity.AgentState;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.quickconnects.entity.QuickConnect;
import org.contactcenter.routing.users.entity.PhoneType;
import org.contactcenter.routing.users.entity.Role;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.rules.model.ContactState;

/**
 * Users. Passwords are hashed with Jakarta Security's PBKDF2 (the same hash the identity store verifies). Each
 * agent has an agent queue, created, renamed and removed here with the user. The last admin cannot be removed.
 */
@Stateless
@LocalBean
public class Users extends ConfigurationStore<User, UserData> {
    @Inject
    Pbkdf2PasswordHash passwordHash;

    public Users() {
        super("User", User.class, User.ALL);
    }

    public Optional<User> byUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("name", username).getResultStream().findFirst();
    }

    @Override
    protected UserData toData(User u) {
        return new UserData(u.id(), u.username(), null, u.firstName(), u.lastName(), u.email(), u.roles(),
                u.routingProfile() == null ? null : u.routingProfile().id(), u.phoneType(), u.phoneEndpoint(),
                new UserData.AfterContactWork(u.afterContactWorkTimeout(org.contactcenter.rules.model.Channel.VOICE),
                        u.afterContactWorkTimeout(org.contactcenter.rules.model.Channel.CHAT)),
                agentQueue(u).map(Queue::id).orElse(null));
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
        return new User(data.username, passwordHash.generate(data.password.toCharArray()), profile);
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

    private User.Profile profile(UserData data, boolean creating) {
        Violations v = validate(data).noNullElements(data.roles, "roles");
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
