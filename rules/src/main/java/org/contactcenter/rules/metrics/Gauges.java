package org.contactcenter.rules.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.router.RouterSnapshot.AgentLoad;

/**
 * The real-time gauges of one group of agents and contacts (a queue, a routing profile, a channel, the center) at one
 * instant, as docs/METRICS.md defines them. Agents count once per group whatever the number of channels they serve
 * it on; slots count per channel. Not thread-safe.
 */
public final class Gauges {
    long contactsInQueue;
    long oldestEnqueuedAt = Long.MAX_VALUE;
    int online;
    int staffed;
    int available;
    int onContact;
    int incoming;
    int afterContactWork;
    int nonProductive;
    int error;
    long capacity;
    long active;
    long availabilitySlots;

    public void waiting(int contacts, long oldestEnqueuedAt) {
        contactsInQueue += contacts;
        this.oldestEnqueuedAt = Math.min(this.oldestEnqueuedAt, oldestEnqueuedAt);
    }

    /** Counts an agent, with its slots on these channels only (the channels it serves the group on). */
    public void agent(AgentLoad a, Iterable<Channel> channels) {
        if (a.presence() == Presence.OFFLINE && a.occupied().values().stream().allMatch(n -> n == 0)) {
            return;
        }
        boolean canTakeAny = false;
        for (Channel ch : channels) {
            int cap = a.capacity().getOrDefault(ch, 0);
            int held = a.occupied().getOrDefault(ch, 0);
            active += held;
            if (a.presence() != Presence.OFFLINE && !a.activity().blocksRouting()) {
                capacity += cap;
            }
            if (Boolean.TRUE.equals(a.canTake().get(ch))) {
                canTakeAny = true;
                availabilitySlots += Math.max(0, cap - held);
            }
        }
        if (a.presence() != Presence.OFFLINE) {
            online++;
            if (!a.activity().blocksRouting()) {
                staffed++;
            }
        }
        if (canTakeAny) {
            available++;
        }
        AgentActivity act = a.activity();
        switch (act) {
            case ON_CONTACT -> onContact++;
            case INCOMING -> incoming++;
            case AFTER_CONTACT_WORK -> afterContactWork++;
            case CUSTOM_STATUS -> nonProductive++;
            case ERROR, MISSED, REJECTED -> error++;
            default -> {
                // Available, Offline: counted above
            }
        }
    }

    /** The gauges by name; {@code now} for the oldest contact's age. */
    public Map<String, Number> metrics(long now, boolean withQueue) {
        Map<String, Number> m = new LinkedHashMap<>();
        if (withQueue) {
            m.put("contactsInQueue", contactsInQueue);
            m.put("oldestContactAge", contactsInQueue == 0 ? 0 : Math.max(0, now - oldestEnqueuedAt) / 1000.0);
        }
        m.put("agentsOnline", online);
        m.put("agentsStaffed", staffed);
        m.put("agentsAvailable", available);
        m.put("agentsOnContact", onContact);
        m.put("agentsIncoming", incoming);
        m.put("agentsAfterContactWork", afterContactWork);
        m.put("agentsNonProductive", nonProductive);
        m.put("agentsError", error);
        m.put("capacity", capacity);
        m.put("activeSlots", active);
        m.put("availabilitySlots", availabilitySlots);
        m.put("occupancy", capacity == 0 ? null : Math.round(active * 10000.0 / capacity) / 100.0);
        return m;
    }
}
