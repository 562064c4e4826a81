package org.contactcenter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;

/**
 * The benchmark's contact center: 50 queues, 100 routing profiles (voice 1 or 3 chats; 5 chat queues each with
 * priorities 1–5 and no delay), 1,000 agents (10 per profile, each with its agent queue) and a stream of chat
 * contacts spread over the queues, every 10th with {@code vip=true} (which the routing rules boost to priority 1).
 */
final class CenterFixture {
    static final int QUEUES = 50;
    static final int PROFILES = 100;
    static final int AGENTS = 1_000;
    static final int CHATS_PER_AGENT = 3;
    static final int WAITING = 10_000;
    static final int ENTRIES_PER_PROFILE = 5;

    static String queue(int i) {
        return "q" + Math.floorMod(i, QUEUES);
    }

    static String agent(int i) {
        return "agent" + i;
    }

    static String profileOf(int agent) {
        return "p" + (agent % PROFILES);
    }

    static List<Profile> profiles() {
        List<Profile> profiles = new ArrayList<>();
        for (int p = 0; p < PROFILES; p++) {
            List<QueueEntry> entries = new ArrayList<>();
            for (int k = 0; k < ENTRIES_PER_PROFILE; k++) {
                entries.add(new QueueEntry(queue(p * 7 + k * 11), Channel.CHAT, k + 1, 0));
            }
            profiles.add(new Profile("p" + p, List.of(new MediaLimit(Channel.VOICE, 1, null), new MediaLimit(Channel.CHAT, CHATS_PER_AGENT, null)), entries));
        }
        return profiles;
    }

    /** Queue of the n-th contact of the stream. */
    static String contactQueue(long n) {
        return queue((int) (n * 31 % QUEUES));
    }

    static Map<String, String> attributes(long n) {
        return n % 10 == 0 ? Map.of("vip", "true", "customer", "c" + n % 1000) : Map.of("customer", "c" + n % 1000);
    }

    private CenterFixture() {
    }
}
