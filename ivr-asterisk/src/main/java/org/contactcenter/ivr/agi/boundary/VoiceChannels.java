package org.contactcenter.ivr.agi.boundary;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which Asterisk channel each voice contact's caller is on ({@code agi_channel} of its last AGI step), for the agent
 * leg that bridges it. Per node: the node that plays a call's flow rings its agent.
 */
@ApplicationScoped
public class VoiceChannels {
    private static final int MAX = 100_000;
    private final Map<String, String> channels = new ConcurrentHashMap<>();

    void caller(String contactId, String channel) {
        if (contactId != null && channel != null && (channels.size() < MAX || channels.containsKey(contactId))) {
            channels.put(contactId, channel);
        }
    }

    void gone(String contactId) {
        if (contactId != null) {
            channels.remove(contactId);
        }
    }

    /** The caller's channel of a contact whose call this node plays. */
    public Optional<String> caller(String contactId) {
        return Optional.ofNullable(contactId == null ? null : channels.get(contactId));
    }
}
