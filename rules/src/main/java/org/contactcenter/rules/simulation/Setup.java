package org.contactcenter.rules.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Proficiency;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;

/**
 * What a replay needs, resolved from the records and the candidate: the names of queues, profiles and agents; the
 * routing profiles as recorded (derived: the records do not carry a profile's configuration) and as the candidate
 * has them; the agents' shifts as recorded and as the candidate has them; and each contact's handle time, after-contact
 * work and patience (docs/SIMULATOR.md, "Modelling").
 */
final class Setup {
    /** An agent Available from {@code from} to {@code to} (epoch ms) on a routing profile. */
    record Shift(String agentId, String profileId, String agentQueueId, long from, long to, List<Proficiency> proficiencies) {
    }

    final Map<String, String> queueNames = new HashMap<>();
    final Map<String, String> profileNames = new HashMap<>();
    final Map<String, String> agentNames = new HashMap<>();
    /** name or id → id */
    private final Map<String, String> queueRefs = new HashMap<>();
    private final Map<String, String> profileRefs = new HashMap<>();
    private final Map<String, String> agentRefs = new HashMap<>();
    final Map<String, Profile> recordedProfiles = new TreeMap<>();
    final Map<String, Profile> profiles = new TreeMap<>();
    final List<Shift> recordedShifts = new ArrayList<>();
    final List<Shift> shifts = new ArrayList<>();
    private final Map<String, long[]> meanWork = new HashMap<>();

    Setup(List<RecordInput> records, Candidate candidate) {
        Map<String, String> agentQueueOfUser = new HashMap<>();
        for (RecordInput r : records) {
            name(queueNames, queueRefs, r.queueId(), r.queueName());
            if (r.agentId() != null) {
                name(agentNames, agentRefs, r.agentId(), r.agentUsername());
                if (r.profileId() != null) {
                    name(profileNames, profileRefs, r.profileId(), r.profileName());
                }
            }
            if (r.agentQueue()) {
                agentQueueOfUser.put(r.queueName().substring("agent:".length()), r.queueId());
            }
        }
        deriveProfiles(records);
        profiles.putAll(recordedProfiles);
        for (Candidate.ProfileSpec p : candidate.profiles()) {
            String id = profileRefs.getOrDefault(p.id(), p.id());
            profileNames.putIfAbsent(id, p.id());
            profileRefs.putIfAbsent(p.id(), id);
            List<QueueEntry> entries = new ArrayList<>();
            for (Candidate.QueueSpec q : p.queues()) {
                String queue = queueRefs.get(q.queue());
                if (queue == null) {
                    throw new InputException("routing profile " + p.id() + ": unknown queue " + q.queue() + " (the records name "
                            + new TreeMap<>(queueNames).values().stream().filter(n -> n != null && !n.startsWith("agent:")).toList() + ")");
                }
                entries.add(new QueueEntry(queue, q.channel(), q.priority(), q.delaySeconds()));
            }
            profiles.put(id, new Profile(id, p.media(), entries));
        }
        deriveShifts(records, agentQueueOfUser);
        Map<String, Candidate.StaffSpec> changes = new LinkedHashMap<>();
        for (Candidate.StaffSpec s : candidate.staff()) {
            changes.put(agentRefs.getOrDefault(s.agent(), s.agent()), s);
        }
        for (Shift recorded : recordedShifts) {
            Candidate.StaffSpec change = changes.remove(recorded.agentId());
            if (change == null) {
                if (candidate.recordedStaff()) {
                    shifts.add(recorded);
                }
            } else if (!change.absent()) {
                shifts.add(shift(change, recorded));
            }
        }
        for (Candidate.StaffSpec added : changes.values()) { // agents not in the records
            if (added.absent()) {
                throw new InputException("staffing: agent " + added.agent() + " is absent, but the records have no such agent");
            }
            if (added.profile() == null || added.from() == null) {
                throw new InputException("staffing: agent " + added.agent() + " is not in the records: give its routingProfile, from and to");
            }
            agentNames.putIfAbsent(added.agent(), added.agent());
            shifts.add(shift(added, null));
        }
        meanWork(records);
    }

    private static void name(Map<String, String> names, Map<String, String> refs, String id, String name) {
        if (names.putIfAbsent(id, name == null ? id : name) == null) {
            refs.put(id, id);
            if (name != null) {
                refs.putIfAbsent(name, id);
            }
        }
    }

    private Shift shift(Candidate.StaffSpec s, Shift recorded) {
        String agentId = agentRefs.getOrDefault(s.agent(), s.agent());
        String profile = recorded == null ? null : recorded.profileId();
        if (s.profile() != null) {
            profile = profileRefs.get(s.profile());
            if (profile == null || !profiles.containsKey(profile)) {
                throw new InputException("staffing: agent " + s.agent() + ": unknown routing profile " + s.profile());
            }
        }
        long from = s.from() != null ? s.from().toEpochMilli() : recorded.from();
        long to = s.to() != null ? s.to().toEpochMilli() : recorded.to();
        List<Proficiency> proficiencies = s.proficiencies() != null ? List.copyOf(s.proficiencies())
                : recorded == null ? List.of() : recorded.proficiencies();
        return new Shift(agentId, profile, recorded == null ? null : recorded.agentQueueId(), from, to, proficiencies);
    }

    /** The end of a contact's agent work: ACW end, else ACW start, else disconnect, else its connection (ms). */
    static long busyUntil(Long connected, Long acwStart, Long acwEnd, Long disconnected) {
        long end = acwEnd != null ? acwEnd : acwStart != null ? acwStart : disconnected != null ? disconnected : connected;
        return Math.max(end, connected);
    }

    /**
     * A recorded profile serves every (standard queue, channel) its agents answered, at priority 1 without delay; its
     * concurrency per channel is the most contacts of the channel any of its agents held at once (at least 1); cross-
     * channel ROUTE_ANY_CHANNEL if one of them held contacts of two channels at once.
     */
    private void deriveProfiles(List<RecordInput> records) {
        Map<String, Map<Channel, List<String>>> served = new TreeMap<>();
        Map<String, List<long[]>> intervals = new HashMap<>(); // agent → [start, end, channel ordinal]
        Map<String, String> profileOfAgent = new HashMap<>();
        for (RecordInput r : records) {
            if (r.connectedToAgentAt() == null || r.agentId() == null || r.profileId() == null) {
                continue;
            }
            Map<Channel, List<String>> byChannel = served.computeIfAbsent(r.profileId(), k -> new EnumMap<>(Channel.class));
            List<String> queues = byChannel.computeIfAbsent(r.channel(), k -> new ArrayList<>());
            if (!r.agentQueue() && !r.outbound() && !queues.contains(r.queueId())) {
                queues.add(r.queueId());
            }
            intervals.computeIfAbsent(r.agentId(), k -> new ArrayList<>()).add(new long[] {r.connectedToAgentAt(),
                    busyUntil(r.connectedToAgentAt(), r.acwStartedAt(), r.acwEndedAt(), r.disconnectedAt()), r.channel().ordinal()});
            profileOfAgent.put(r.agentId(), r.profileId());
        }
        Map<String, int[]> most = new HashMap<>(); // profile → max per channel
        Map<String, Boolean> mixed = new HashMap<>();
        intervals.forEach((agent, list) -> {
            String profile = profileOfAgent.get(agent);
            int[] max = most.computeIfAbsent(profile, k -> new int[Channel.values().length]);
            List<long[]> events = new ArrayList<>();
            for (long[] i : list) {
                events.add(new long[] {i[0], 1, i[2]});
                events.add(new long[] {i[1], -1, i[2]});
            }
            events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1])); // an end before a start at the same instant
            int[] held = new int[Channel.values().length];
            for (long[] e : events) {
                held[(int) e[2]] += (int) e[1];
                max[(int) e[2]] = Math.max(max[(int) e[2]], held[(int) e[2]]);
                if (held[0] > 0 && held[1] > 0) {
                    mixed.put(profile, true);
                }
            }
        });
        served.forEach((profile, byChannel) -> {
            List<MediaLimit> media = new ArrayList<>();
            List<QueueEntry> entries = new ArrayList<>();
            CrossChannelBehavior behavior = mixed.getOrDefault(profile, false) ? CrossChannelBehavior.ROUTE_ANY_CHANNEL
                    : CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY;
            byChannel.forEach((channel, queues) -> {
                int concurrency = Math.max(1, Math.min(channel.maxConcurrency(), most.getOrDefault(profile, new int[2])[channel.ordinal()]));
                media.add(new MediaLimit(channel, concurrency, behavior));
                queues.forEach(q -> entries.add(new QueueEntry(q, channel, 1, 0)));
            });
            recordedProfiles.put(profile, new Profile(profile, media, entries));
        });
    }

    /**
     * An agent seen in the records works on the routing profile of its last contact of the period, Available from the
     * connection of its first contact to the end of its last one's work (after-contact work, else disconnect).
     */
    private void deriveShifts(List<RecordInput> records, Map<String, String> agentQueueOfUser) {
        Map<String, long[]> window = new LinkedHashMap<>();
        Map<String, String> profileOf = new HashMap<>();
        Map<String, Long> lastConnection = new HashMap<>();
        for (RecordInput r : records) {
            if (r.connectedToAgentAt() == null || r.agentId() == null || r.profileId() == null) {
                continue;
            }
            long start = r.connectedToAgentAt();
            long end = busyUntil(start, r.acwStartedAt(), r.acwEndedAt(), r.disconnectedAt());
            long[] w = window.computeIfAbsent(r.agentId(), k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            w[0] = Math.min(w[0], start);
            w[1] = Math.max(w[1], end);
            if (start >= lastConnection.getOrDefault(r.agentId(), Long.MIN_VALUE)) {
                lastConnection.put(r.agentId(), start);
                profileOf.put(r.agentId(), r.profileId());
            }
        }
        window.forEach((agent, w) -> recordedShifts.add(new Shift(agent, profileOf.get(agent),
                agentQueueOfUser.get(agentNames.get(agent)), w[0], Math.max(w[1], w[0] + 1), List.of())));
    }

    /** Mean handle (connected → ACW start) and ACW per (queue, channel) and per channel, over contacts whose ACW is over. */
    private void meanWork(List<RecordInput> records) {
        for (RecordInput r : records) {
            if (r.connectedToAgentAt() != null && r.acwStartedAt() != null && r.acwEndedAt() != null) {
                long handle = Math.max(0, r.acwStartedAt() - r.connectedToAgentAt());
                long acw = Math.max(0, r.acwEndedAt() - r.acwStartedAt());
                for (String key : new String[] {r.queueId() + '\u001f' + r.channel(), r.channel().name()}) {
                    long[] sum = meanWork.computeIfAbsent(key, k -> new long[3]);
                    sum[0] += handle;
                    sum[1] += acw;
                    sum[2]++;
                }
            }
        }
    }

    /**
     * A contact's handle time (interaction + holds: connected → ACW start) and ACW in ms: as recorded when the contact was
     * handled; else the mean of its queue and channel (of its channel if its queue has none; 0 without any).
     */
    long[] work(RecordInput r) {
        Long handle = r.connectedToAgentAt() != null && r.acwStartedAt() != null ? Math.max(0, r.acwStartedAt() - r.connectedToAgentAt()) : null;
        Long acw = r.acwStartedAt() != null && r.acwEndedAt() != null ? Math.max(0, r.acwEndedAt() - r.acwStartedAt()) : null;
        if (handle == null || acw == null) {
            long[] sum = meanWork.get(r.queueId() + '\u001f' + r.channel());
            if (sum == null) {
                sum = meanWork.get(r.channel().name());
            }
            long[] mean = sum == null ? new long[2] : new long[] {sum[0] / sum[2], sum[1] / sum[2]};
            return new long[] {handle != null ? handle : mean[0], acw != null ? acw : mean[1]};
        }
        return new long[] {handle, acw};
    }

    /** How long the customer waits before leaving (ms): its recorded wait if it abandoned; patient (MAX_VALUE) otherwise. */
    static long patience(RecordInput r) {
        if (r.facts().abandoned()) {
            return Math.max(0, r.disconnectedAt() - r.enqueuedAt());
        }
        return Long.MAX_VALUE;
    }
}
