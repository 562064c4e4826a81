package org.contactcenter.routing.profiles.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.profiles.entity.MediaConcurrency;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.profiles.entity.RoutingProfileQueue;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.users.entity.User;

/** Routing profiles; deletion is refused while a user has the profile. */
@Stateless
@LocalBean
public class RoutingProfiles extends ConfigurationStore<RoutingProfile, RoutingProfileData> {
    public RoutingProfiles() {
        super("Routing profile", RoutingProfile.class, RoutingProfile.ALL);
    }

    @Override
    protected RoutingProfileData toData(RoutingProfile p) {
        return new RoutingProfileData(p.id(), p.name(), p.description(),
                p.mediaConcurrencies().stream().map(m -> new RoutingProfileData.Media(m.channel(), m.concurrency(), m.crossChannelBehavior())).toList(),
                p.queueConfigs().stream().map(q -> new RoutingProfileData.QueueConfig(q.queue().id(), q.channel(), q.priority(), q.delay())).toList(),
                p.defaultOutboundQueue().id());
    }

    @Override
    protected RoutingProfile newEntity(RoutingProfileData data) {
        Parts parts = parts(data);
        requireUnique(RoutingProfile.BY_NAME, "name", data.name, null);
        return new RoutingProfile(data.name, data.description, parts.media, parts.queues, parts.outbound);
    }

    @Override
    protected void apply(RoutingProfile profile, RoutingProfileData data) {
        Parts parts = parts(data);
        requireUnique(RoutingProfile.BY_NAME, "name", data.name, profile);
        profile.change(data.name, data.description, parts.media, parts.queues, parts.outbound);
    }

    @Override
    protected List<String> referencesTo(RoutingProfile profile) {
        return em.createNamedQuery(User.BY_ROUTING_PROFILE, User.class).setParameter("profile", profile).getResultList()
                .stream().map(u -> "user " + u.username()).toList();
    }

    private record Parts(List<MediaConcurrency> media, List<RoutingProfileQueue> queues, Queue outbound) {
    }

    private Parts parts(RoutingProfileData data) {
        Violations v = validate(data).noNullElements(data.mediaConcurrencies, "mediaConcurrencies")
                .noNullElements(data.queueConfigs, "queueConfigs");
        v.throwIfAny();
        List<MediaConcurrency> media = new ArrayList<>();
        for (int i = 0; i < data.mediaConcurrencies.size(); i++) {
            RoutingProfileData.Media m = data.mediaConcurrencies.get(i);
            if (m.channel.allowsConcurrency(m.concurrency)) {
                media.add(new MediaConcurrency(m.channel, m.concurrency, m.crossChannelBehavior));
            } else {
                v.add("mediaConcurrencies[" + i + "].concurrency", m.channel + " concurrency must be between "
                        + m.channel.minConcurrency() + " and " + m.channel.maxConcurrency());
            }
        }
        List<RoutingProfileQueue> queues = new ArrayList<>();
        for (int i = 0; i < data.queueConfigs.size(); i++) {
            RoutingProfileData.QueueConfig c = data.queueConfigs.get(i);
            Queue queue = reference(Queue.class, c.queueId, "queueConfigs[" + i + "].queueId", v);
            if (queue != null) {
                queues.add(new RoutingProfileQueue(queue, c.channel, c.priority, c.delay));
            }
        }
        Queue outbound = reference(Queue.class, data.defaultOutboundQueueId, "defaultOutboundQueueId", v);
        v.throwIfAny();
        return new Parts(media, queues, outbound);
    }
}
