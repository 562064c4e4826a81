package org.contactcenter.ivr.agi.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.DisconnectReason;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.rules.model.ContactState;

/**
 * {@code [cc-agent] exten => s,1,AGI(agi://HOST:4573/agent)}: the agent answered the phone the center rang for an
 * offer ({@code CC_CONTACT_ID}, {@code CC_AGENT_ID}, {@code CC_CALLER_CHANNEL}). The offer is accepted (already
 * accepted in the workspace is fine), the agent whisper flow's prompts are played to the agent (waiting at most
 * {@code cc.agi.whisper-wait-millis} for the flow), then {@code CC_ACTION=BRIDGE}: the dialplan's {@code Bridge(caller
 * channel)} joins agent and caller, so a call in conversation holds no AGI worker. With a customer whisper the caller
 * is sent to hear it instead and its dialplan bridges the two; the agent's line waits ({@code CC_ACTION=WAIT}). When the bridge ends the dialplan
 * comes back ({@code CC_ACTION=BRIDGED}):
 * <ul>
 * <li>the call is on hold (the caller was taken to music): {@code CC_ACTION=WAIT}, {@code CC_WAIT_SECONDS} — the
 * dialplan waits and comes back; resume bridges the two again over AMI, or on the next visit here;</li>
 * <li>the contact is still connected: the agent's side ended it (after-contact work);</li>
 * <li>otherwise (transferred, the caller hung up): the agent's phone is hung up.</li>
 * </ul>
 * From the {@code h} extension ({@code CC_ACTION=AGENT_HANGUP}): the agent hung up; a contact still connected (or on
 * hold) ends; in a conference with a third party the agent leaves the two talking (the transfer to the number). An offer that has expired or went to someone else hangs the agent's phone up.
 */
public class AgentAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(AgentAgiScript.class.getName());
    static final int CUSTOMER_WHISPER_WAIT_SECONDS = 30;
    private final RoutingEngine routing;
    private final VoiceSettings settings;
    private final FlowRuns flows;
    private final AgentWhispers whispers;
    private final Prompts prompts;
    private final CallerWhisper callerWhisper;

    AgentAgiScript(RoutingEngine routing, VoiceSettings settings, FlowRuns flows, AgentWhispers whispers, Prompts prompts, CallerWhisper callerWhisper) {
        this.routing = routing;
        this.settings = settings;
        this.flows = flows;
        this.whispers = whispers;
        this.prompts = prompts;
        this.callerWhisper = callerWhisper;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        String agentId = channel.getVariable("CC_AGENT_ID");
        String caller = channel.getVariable("CC_CALLER_CHANNEL");
        String step = channel.getVariable("CC_ACTION");
        if ("AGENT_HANGUP".equals(step)) {
            ContactData now = current(contactId);
            if (now != null && org.contactcenter.routing.contacts.entity.ThirdParty.CONFERENCED.equals(now.thirdPartyState)) {
                leaveConference(contactId, agentId); // as in Amazon Connect: customer and third party talk on
            } else {
                if (now != null && now.state == ContactState.CONNECTED) {
                    // hung up in the bridge: the caller's dialplan goes on by itself ([cc-call] bridged: the disconnect flow)
                    settings.channels().leftBridge(contactId);
                }
                endIfConnected(contactId, agentId, DisconnectReason.AGENT);
            }
            return;
        }
        if (!"BRIDGED".equals(step)) {
            ContactData contact;
            try {
                contact = routing.contact(contactId);
                if (contact.state == ContactState.OFFERED && (step == null || step.isBlank())) {
                    contact = routing.accept(contactId, agentId);
                }
            } catch (RuntimeException e) {
                LOG.info(() -> "Agent phone answered for call " + contactId + " that could not be accepted (" + e.getMessage() + "): hanging up");
                channel.hangup();
                return;
            }
            if (!connected(contact) || !agentId.equals(contact.agentId) || caller == null) {
                LOG.info(() -> "Agent " + agentId + "'s phone answered for call " + contactId + ", which is not theirs to take: hanging up");
                channel.hangup();
                return;
            }
            settings.channels().agent(contactId, channel.getName());
            if (contact.state == ContactState.CONNECTED) {
                try {
                    if (step == null || step.isBlank()) {
                        whisper(channel, contactId);
                        if (customerWhisper(channel, contactId, caller)) {
                            channel.setVariable("CC_ACTION", "WAIT"); // the caller hears its whisper, then its dialplan bridges the two
                            channel.setVariable("CC_WAIT_SECONDS", String.valueOf(CUSTOMER_WHISPER_WAIT_SECONDS));
                            channel.setVariable("CC_HOLD_PROMPTS", "");
                            return;
                        }
                    }
                    channel.setVariable("CC_ACTION", "BRIDGE"); // the dialplan's Bridge(): no worker held while they talk
                    return;
                } catch (AgiHangupException e) {
                    LOG.log(Level.FINE, "the agent hung up", e);
                    endIfConnected(contactId, agentId, DisconnectReason.AGENT);
                    return;
                }
            }
        }
        ContactData now = current(contactId);
        if (now != null && now.state == ContactState.CONNECTED_ONHOLD && agentId.equals(now.agentId)) {
            holdPrompts(channel, contactId, now.holdCount);
            channel.setVariable("CC_ACTION", "WAIT");
            channel.setVariable("CC_WAIT_SECONDS", String.valueOf(settings.queuePollSeconds()));
            return;
        }
        // the bridge ended, neither on hold nor handed on: the caller left it (the agent's own hang-up runs h instead; an
        // end in the workspace sends the caller to continue, and this line finds the contact ended)
        settings.channels().leftBridge(contactId);
        endIfConnected(contactId, agentId, DisconnectReason.CUSTOMER);
        channel.hangup();
    }

    /** Connect's agent whisper: what the flow says to the agent once connected, on the agent's phone only, before the bridge. */
    private void whisper(AgiChannel channel, String contactId) throws AgiException {
        if (flows.state(contactId).isEmpty() || !flows.hooked(contactId, "AgentWhisper")) {
            return; // no flow run (a contact of the API), or no agent whisper set: nothing to wait for
        }
        for (var a : whispers.await(contactId, settings.whisperWait())) {
            prompts.play(channel, a, contactId);
        }
    }

    /**
     * Connect's customer whisper: the CustomerWhisper flow's prompts, played to the caller by its dialplan, which then
     * has this agent's line bridge the caller ({@link CallerWhisper}); false when there is none (or it could not be sent):
     * the agent's dialplan bridges at once. Should the caller's bridge not come within
     * {@value #CUSTOMER_WHISPER_WAIT_SECONDS} s, the agent's next visit bridges.
     */
    private boolean customerWhisper(AgiChannel channel, String contactId, String caller) throws AgiException {
        if (!flows.hooked(contactId, "CustomerWhisper")) {
            return false;
        }
        String sounds = String.join("&", whispers.awaitCustomer(contactId, settings.whisperWait()).stream().map(prompts::sound)
                .filter(java.util.Objects::nonNull).toList());
        if (sounds.isEmpty()) {
            return false;
        }
        int said;
        try {
            said = flows.get(contactId, Integer.MAX_VALUE).lastSequence;
        } catch (RuntimeException e) {
            said = -1;
        }
        return callerWhisper.play(contactId, caller, channel.getName(), sounds, said);
    }

    /**
     * The AgentHold flow's prompts, once per hold ({@code CC_HOLD_PLAYED}: the hold they were given for), for the
     * dialplan to play before its Wait ({@code CC_HOLD_PROMPTS}: sounds joined by {@code &}, as Playback takes them).
     * Played by the dialplan, not here: resume's Bridge may take the agent's channel at any moment, which would look
     * like a hang-up to a script that is still playing.
     */
    private void holdPrompts(AgiChannel channel, String contactId, int hold) throws AgiException {
        String sounds = "";
        if (!String.valueOf(hold).equals(channel.getVariable("CC_HOLD_PLAYED"))
                && flows.state(contactId).filter(s -> s == org.contactcenter.routing.flows.control.FlowRun.State.CONNECTED).isPresent()) {
            sounds = String.join("&", whispers.awaitHold(contactId, settings.whisperWait()).stream().map(prompts::sound)
                    .filter(java.util.Objects::nonNull).toList());
            channel.setVariable("CC_HOLD_PLAYED", String.valueOf(hold));
        }
        channel.setVariable("CC_HOLD_PROMPTS", sounds);
    }

    private void leaveConference(String contactId, String agentId) {
        try {
            routing.consult(contactId, agentId, org.contactcenter.routing.engine.boundary.ConsultStep.TRANSFER, null, null);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "call " + contactId + " changed meanwhile", e);
            endIfConnected(contactId, agentId, DisconnectReason.AGENT);
        }
    }

    private void endIfConnected(String contactId, String agentId, String reason) {
        ContactData now = current(contactId);
        if (now != null && connected(now) && agentId != null && agentId.equals(now.agentId)) {
            try {
                routing.end(contactId, agentId, reason);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "contact " + contactId + " had ended already", e);
            }
        }
    }

    private ContactData current(String contactId) {
        try {
            return routing.contact(contactId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static boolean connected(ContactData c) {
        return c.state == ContactState.CONNECTED || c.state == ContactState.CONNECTED_ONHOLD;
    }
}
