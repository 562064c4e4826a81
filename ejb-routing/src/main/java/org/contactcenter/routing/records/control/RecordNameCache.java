package org.contactcenter.routing.records.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.contactcenter.routing.platform.ConfigurationChanged;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.users.entity.User;

/**
 * The names {@link RecordNames} has read, keyed by kind and id. Only the changed entity's names are dropped, once the
 * change is committed: agents signing in create users (and their agent queues) all along, and emptying every name for
 * each made the real-time metrics look thousands up again. A bean of its own, without a persistence context: the
 * after-commit observer may be the first to create it, inside the transaction's completion, where an injected entity
 * manager would never work.
 */
@ApplicationScoped
public class RecordNameCache {
    final Map<String, String> names = new ConcurrentHashMap<>();

    void configurationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        String id = change.id();
        if (id == null || change.type() == null) {
            names.clear();
        } else if (Queue.class.isAssignableFrom(change.type())) {
            names.remove("q:" + id);
            names.remove("t:" + id);
        } else if (User.class.isAssignableFrom(change.type())) {
            names.remove("u:" + id);
        } else if (RoutingProfile.class.isAssignableFrom(change.type())) {
            names.remove("p:" + id);
        }
    }
}
