package org.contactcenter.routing.records.control;

import java.util.Collection;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.users.entity.User;

/**
 * The names a record shows beside ids (queue, agent's username, routing profile), cached; a changed entity's are
 * dropped. Call inside a transaction. A name that is gone is shown as null.
 */
@ApplicationScoped
public class RecordNames {
    private static final int MAX = 100_000;
    private static final String NONE = "\u0000";

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordNameCache cache;

    public String queue(String id) {
        return name("q:", id, k -> {
            Queue q = em.find(Queue.class, k);
            return q == null ? null : q.name();
        });
    }

    /** Whether the queue is an agent's own queue (kept out of queue metrics, as in Amazon Connect). */
    public boolean agentQueue(String id) {
        return "AGENT".equals(name("t:", id, k -> {
            Queue q = em.find(Queue.class, k);
            return q == null ? null : q.type().name();
        }));
    }

    public String username(String id) {
        return name("u:", id, k -> {
            User u = em.find(User.class, k);
            return u == null ? null : u.username();
        });
    }

    public String profile(String id) {
        return name("p:", id, k -> {
            RoutingProfile p = em.find(RoutingProfile.class, k);
            return p == null ? null : p.name();
        });
    }

    /**
     * Makes sure these users' names are cached: if one is not (the cache was emptied by a configuration change), every
     * user's name is read in one query — for the real-time metrics, which name every agent each refresh and would
     * otherwise look up thousands one by one after each change (agents signing in create users all along).
     */
    public void knowUsernames(Collection<String> ids) {
        for (String id : ids) {
            if (id != null && !cache.names.containsKey("u:" + id)) {
                for (Object[] row : em.createQuery("select u.id, u.username from User u", Object[].class).getResultList()) {
                    if (cache.names.size() < MAX) {
                        cache.names.putIfAbsent("u:" + row[0], (String) row[1]);
                    }
                }
                return;
            }
        }
    }

    private String name(String kind, String id, Function<String, String> load) {
        if (id == null) {
            return null;
        }
        String name = cache.names.get(kind + id);
        if (name == null) {
            name = load.apply(id);
            if (cache.names.size() < MAX) {
                cache.names.put(kind + id, name == null ? NONE : name);
            }
        }
        return NONE.equals(name) ? null : name;
    }
}
