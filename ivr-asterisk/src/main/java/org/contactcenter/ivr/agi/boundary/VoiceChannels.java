package org.contactcenter.ivr.agi.boundary;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Asterisk channels of each voice contact this node plays: the caller's ({@code agi_channel} of its last AGI
 * step), the agent's once its phone answered, the id of the agent's phone while it rings, and whether the caller is
 * parked on hold. Per node: the node that plays a call's flow rings its agent and controls the call.
 */
@ApplicationScoped
public class VoiceChannels {
    private static final int MAX = 100_000;

    /**
     * One call's channels; null where not known. {@code thirdParty}: the external party of a consult (its Originate's
     * channel id until it answers, then its channel); {@code conference}: agent and caller are in the call's ConfBridge;
     * {@code leftBridge}: a phone ended the conversation itself (the agent hung up, or the caller left the bridge), so
     * the dialplans carry on from there and the center sends nothing when the contact ends.
     */
    public record Call(String caller, String agent, String ringing, boolean onHold, String thirdParty, boolean conference, boolean leftBridge) {
        Call(String caller, String agent, String ringing, boolean onHold) {
            this(caller, agent, ringing, onHold, null, false, false);
        }

        Call withAgent(String channel) {
            return new Call(caller, channel, null, onHold, thirdParty, conference, leftBridge);
        }

        Call withCaller(String channel) {
            return new Call(channel, agent, ringing, onHold, thirdParty, conference, leftBridge);
        }

        Call withRinging(String channelId) {
            return new Call(caller, agent, channelId, onHold, thirdParty, conference, leftBridge);
        }

        Call withHold(boolean held) {
            return new Call(caller, agent, ringing, held, thirdParty, conference, leftBridge);
        }

        Call withThirdParty(String channel, boolean inConference) {
            return new Call(caller, agent, ringing, onHold, channel, inConference, leftBridge);
        }
    }

    private final Map<String, Call> calls = new ConcurrentHashMap<>();

    void caller(String contactId, String channel) {
        if (contactId != null && channel != null && (calls.size() < MAX || calls.containsKey(contactId))) {
            calls.compute(contactId, (id, c) -> c == null ? new Call(channel, null, null, false) : c.withCaller(channel));
        }
    }

    /** The agent's phone answered for the contact: its channel. */
    void agent(String contactId, String channel) {
        calls.computeIfPresent(contactId, (id, c) -> c.withAgent(channel));
    }

    /** An outbound call: the agent's phone answered and dials the customer (no caller channel of its own here). */
    void outbound(String contactId, String agentChannel) {
        if (contactId != null && agentChannel != null && calls.size() < MAX) {
            calls.put(contactId, new Call(null, agentChannel, null, false));
        }
    }

    /**
     * The agent's phone rings for the contact as Asterisk channel id {@code channelId} (null: it stopped). A queued
     * callback has no caller channel: its ringing phone is all there is of it here.
     */
    public void ringing(String contactId, String channelId) {
        if (contactId == null || (calls.size() >= MAX && !calls.containsKey(contactId))) {
            return;
        }
        calls.compute(contactId, (id, c) -> c == null ? (channelId == null ? null : new Call(null, null, channelId, false))
                : c.withRinging(channelId));
    }

    /** The caller was parked on hold (true) or taken back into the bridge (false). */
    public void onHold(String contactId, boolean onHold) {
        calls.computeIfPresent(contactId, (id, c) -> c.withHold(onHold));
    }

    /**
     * The call's third party: its channel (null: gone) and whether agent and caller are in the call's conference.
     */
    public void thirdParty(String contactId, String channel, boolean conference) {
        calls.computeIfPresent(contactId, (id, c) -> c.withThirdParty(channel, conference));
    }

    /** The customer continues as another contact (a transfer): its caller channel goes with it; no agent yet. */
    public void moved(String from, String to) {
        Call c = calls.remove(from);
        if (c != null && to != null) {
            calls.put(to, new Call(c.caller, null, null, false));
        }
    }

    /**
     * What Asterisk says of a call's channels (after a restart, or AMI back): known channels stay as this node knows
     * them; unknown ones (null: not said) are filled in.
     */
    public void recovered(String contactId, String caller, String agent, boolean onHold) {
        if (contactId == null || (calls.size() >= MAX && !calls.containsKey(contactId))) {
            return;
        }
        calls.compute(contactId, (id, c) -> c == null ? new Call(caller, agent, null, onHold)
                : new Call(c.caller != null ? c.caller : caller, c.agent != null ? c.agent : agent, c.ringing, c.onHold || onHold, c.thirdParty, c.conference,
                        c.leftBridge));
    }

    /** The caller hung up: its channel is gone, the rest of the call (agent, third party) until the contact has ended. */
    void callerGone(String contactId) {
        calls.computeIfPresent(contactId, (id, c) -> c.withCaller(null));
    }

    /** A phone ended the conversation itself (see {@link Call#leftBridge}): the end of the contact needs no call control. */
    void leftBridge(String contactId) {
        calls.computeIfPresent(contactId, (id, c) -> new Call(c.caller, c.agent, c.ringing, c.onHold, c.thirdParty, c.conference, true));
    }

    public void gone(String contactId) {
        if (contactId != null) {
            calls.remove(contactId);
        }
    }

    /** The caller's channel of a contact whose call this node plays. */
    public Optional<String> caller(String contactId) {
        return call(contactId).map(Call::caller);
    }

    public Optional<Call> call(String contactId) {
        return Optional.ofNullable(contactId == null ? null : calls.get(contactId));
    }
}
