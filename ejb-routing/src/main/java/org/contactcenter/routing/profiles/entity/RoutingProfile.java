package org.contactcenter.routing.profiles.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.queues.entity.QueueType;
import org.contactcenter.rules.model.Channel;

/**
 * A routing profile. Invariants: each channel configured once with a concurrency allowed for it; every queue entry
 * names a standard queue on a configured channel, at most once per (queue, channel); a standard default outbound queue.
 */
@Entity
@Table(name = "cc_routing_profile")
@NamedQuery(name = RoutingProfile.ALL, query = "select p from RoutingProfile p order by p.name")
@NamedQuery(name = RoutingProfile.BY_NAME, query = "select p from RoutingProfile p where p.name = :name")
@NamedQuery(name = RoutingProfile.USING_QUEUE, query = "select distinct p from RoutingProfile p left join p.queueConfigs c"
        + " where c.queue = :queue or p.defaultOutboundQueue = :queue order by p.name")
public class RoutingProfile extends NamedEntity {
    public static final String ALL = "RoutingProfile.all";
    public static final String BY_NAME = "RoutingProfile.byName";
    public static final String USING_QUEUE = "RoutingProfile.usingQueue";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cc_routing_profile_media", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "list_index")
    private List<MediaConcurrency> mediaConcurrencies = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cc_routing_profile_queue", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "list_index")
    private List<RoutingProfileQueue> queueConfigs = new ArrayList<>();
    @ManyToOne(optional = false)
    @JoinColumn(name = "default_outbound_queue_id", nullable = false)
    private Queue defaultOutboundQueue;

    protected RoutingProfile() {
    }

    public RoutingProfile(String name, String description, List<MediaConcurrency> media, List<RoutingProfileQueue> queues, Queue defaultOutboundQueue) {
        super(true);
        change(name, description, media, queues, defaultOutboundQueue);
    }

    public final void change(String name, String description, List<MediaConcurrency> media, List<RoutingProfileQueue> queues, Queue defaultOutboundQueue) {
        Violations v = new Violations();
        v.check(!media.isEmpty(), "mediaConcurrencies", "must configure at least one channel");
        Set<Channel> channels = new HashSet<>();
        for (int i = 0; i < media.size(); i++) {
            v.check(channels.add(media.get(i).channel()), "mediaConcurrencies[" + i + "].channel", "channel " + media.get(i).channel() + " is configured twice");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < queues.size(); i++) {
            RoutingProfileQueue q = queues.get(i);
            String at = "queueConfigs[" + i + "]";
            v.check(q.queue().type() == QueueType.STANDARD, at + ".queueId", "agent queues are served by their agent, not through a routing profile");
            v.check(channels.contains(q.channel()), at + ".channel", "channel " + q.channel() + " is not in mediaConcurrencies");
            v.check(seen.add(q.queue().id() + "/" + q.channel()), at, "queue " + q.queue().name() + " is listed twice for " + q.channel());
        }
        v.check(defaultOutboundQueue != null, "defaultOutboundQueueId", "must not be null");
        v.check(defaultOutboundQueue == null || defaultOutboundQueue.type() == QueueType.STANDARD, "defaultOutboundQueueId", "must be a standard queue");
        v.throwIfAny();
        named(name, description);
        this.mediaConcurrencies = new ArrayList<>(media);
        this.queueConfigs = new ArrayList<>(queues);
        this.defaultOutboundQueue = defaultOutboundQueue;
    }

    public List<MediaConcurrency> mediaConcurrencies() {
        return List.copyOf(mediaConcurrencies);
    }

    public List<RoutingProfileQueue> queueConfigs() {
        return List.copyOf(queueConfigs);
    }

    public Queue defaultOutboundQueue() {
        return defaultOutboundQueue;
    }
}
