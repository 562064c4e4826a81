package org.contactcenter.benchmarks;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;

/**
 * The limit to compare against: a plain-Java indexed router with no rules — one FIFO per queue, each profile's
 * entries in priority order; an agent with a free slot takes the head of its first non-empty queue. No delays, no
 * contact priorities, no cross-channel rules, no agent queues: the least work a routing decision can be.
 */
final class ReferenceRouter {
    private final Map<String, ArrayDeque<String>> queues = new HashMap<>();
    private final Map<String, ArrayDeque<String>[]> entriesOfProfile = new HashMap<>();

    @SuppressWarnings("unchecked")
    ReferenceRouter(List<Profile> profiles) {
        for (Profile p : profiles) {
            List<QueueEntry> sorted = p.queues().stream().sorted((a, b) -> Integer.compare(a.priority(), b.priority())).toList();
            ArrayDeque<String>[] entries = new ArrayDeque[sorted.size()];
            for (int i = 0; i < entries.length; i++) {
                entries[i] = queues.computeIfAbsent(sorted.get(i).queueId(), q -> new ArrayDeque<>());
            }
            entriesOfProfile.put(p.id(), entries);
        }
    }

    void enqueue(String contactId, String queueId) {
        queues.computeIfAbsent(queueId, q -> new ArrayDeque<>()).addLast(contactId);
    }

    /** An agent of this profile freed a slot: the contact it gets, or null. */
    String next(String profileId) {
        for (ArrayDeque<String> queue : entriesOfProfile.get(profileId)) {
            String head = queue.pollFirst();
            if (head != null) {
                return head;
            }
        }
        return null;
    }
}
