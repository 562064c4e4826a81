package org.contactcenter.routing.engine.boundary;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.contactcenter.routing.engine.boundary.RoutingStore.AgentInfo;
import org.contactcenter.routing.engine.boundary.RoutingStore.QueueInfo;
import org.contactcenter.routing.engine.boundary.RoutingStore.StatusInfo;

/**
 * What the routing engine caches of the configuration — agents, queues, enabled statuses, also their absence — so
 * that routing reads no configuration from the database per event. Emptied on every configuration change; a value
 * loaded across a change is not kept. At most 100,000 entries.
 */
final class RoutingDirectory {
    private static final Object NONE = new Object();
    private static final int MAX = 100_000;

    private final RoutingStore store;
    private final Map<String, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    RoutingDirectory(RoutingStore store) {
        this.store = store;
    }

    /** The agent (null: no such user, or not an agent). */
    AgentInfo agent(String userId) {
        return userId == null ? null : (AgentInfo) cached("agent:" + userId, () -> store.agent(userId));
    }

    QueueInfo queue(String queueId) {
        return queueId == null ? null : (QueueInfo) cached("queue:" + queueId, () -> store.queue(queueId));
    }

    /** An enabled status by name (null: none). */
    StatusInfo status(String name) {
        return name == null ? null : (StatusInfo) cached("status:" + name, () -> store.status(name));
    }

    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    private Object cached(String key, Supplier<Optional<?>> load) {
        Object value = entries.get(key);
        if (value == null) {
            long loadedIn = generation.get();
            value = load.get().map(Object.class::cast).orElse(NONE);
            if (generation.get() == loadedIn && entries.size() < MAX) {
                entries.put(key, value);
            }
        }
        return value == NONE ? null : value;
    }
}
