package org.contactcenter.rules.model;

import java.util.List;

/** What routing needs of a routing profile: per-channel limits and the queues it serves. */
public record Profile(String id, List<MediaLimit> media, List<QueueEntry> queues) {
    public Profile {
        media = List.copyOf(media);
        queues = List.copyOf(queues);
    }

    public MediaLimit limit(Channel channel) {
        for (MediaLimit limit : media) {
            if (limit.channel() == channel) {
                return limit;
            }
        }
        return null;
    }
}
