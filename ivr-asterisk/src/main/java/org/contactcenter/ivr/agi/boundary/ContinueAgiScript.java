package org.contactcenter.ivr.agi.boundary;

import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.flows.boundary.FlowEvent;
import org.contactcenter.routing.flows.boundary.FlowRunData;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.rules.model.ContactState;

/**
 * {@code AGI(agi://HOST:4573/continue)} after the dialplan did what {@code CC_ACTION} said: music on hold for
 * {@code CC_HOLD_SECONDS} (the queue flow's next loop prompt is due: TIMEOUT) or a Dial (its {@code DIALSTATUS} as
 * {@code CC_DIALSTATUS}: ANSWER → the flow's "CallCompleted", anything else → failed). Whatever the flow emitted
 * meanwhile ({@code CC_SEQUENCE}: what was played) is played first. A contact the center no longer knows is hung up.
 * <p>
 * {@code CC_ACTION=BRIDGED} ({@code [cc-call] bridged}, where the agent's {@code Bridge()} sends the caller when the
 * agent's side leaves it without a Redirect): the agent hung up, so a contact still connected ends
 * ({@code AGENT_DISCONNECT}) — whichever of this step and the agent's {@code h} extension comes first. A caller whose
 * contact has just ended (this way, or ended in the workspace) waits, bounded, for the flow to act on it
 * ({@link FlowProgress}): the disconnect flow plays, or the call ends, without a round of music first.
 */
public class ContinueAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(ContinueAgiScript.class.getName());
    private final FlowRuns flows;
    private final RoutingEngine routing;
    private final Prompts prompts;
    private final VoiceSettings settings;
    private final FlowProgress progress;

    ContinueAgiScript(FlowRuns flows, RoutingEngine routing, Prompts prompts, VoiceSettings settings, FlowProgress progress) {
        this.flows = flows;
        this.routing = routing;
        this.prompts = prompts;
        this.settings = settings;
        this.progress = progress;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        int sequence = number(channel.getVariable("CC_SEQUENCE"));
        String action = channel.getVariable("CC_ACTION");
        if ("BRIDGED".equals(action)) {
            agentLeft(contactId);
        }
        FlowRunData run;
        try {
            run = flows.get(contactId, sequence);
            ContactData contact = notYetTold(run) ? contact(contactId) : null;
            if (contact != null && (contact.state == ContactState.AFTER_CONTACT_WORK || contact.state == ContactState.ENDED)) {
                run = progress.await(contactId, () -> flows.get(contactId, sequence), r -> !notYetTold(r), settings.whisperWait());
            }
        } catch (NotFound e) {
            afterRestart(request, channel, contactId);
            return;
        }
        VoiceSession session = new VoiceSession(flows, routing, channel, prompts, settings, contactId, sequence);
        if ((run.actions == null || run.actions.isEmpty()) && run.state == FlowRun.State.WAITING) {
            try {
                run = "DIAL".equals(action)
                        ? flows.event(contactId, new FlowEvent(FlowEvent.Type.INPUT, "ANSWER".equals(channel.getVariable("CC_DIALSTATUS")) ? "CallCompleted" : "failed"))
                        : flows.event(contactId, new FlowEvent(FlowEvent.Type.TIMEOUT, null));
            } catch (RuntimeException e) {
                LOG.info(() -> "Call " + request.getUniqueId() + ": contact " + contactId + " could not go on (" + e.getMessage() + "); hanging up");
                channel.hangup();
                return;
            }
        }
        session.play(run);
    }

    /** The agent's side left the bridge by itself: the agent hung up (the caller is still here). */
    private void agentLeft(String contactId) {
        ContactData contact = contact(contactId);
        if (contact != null && contact.state == ContactState.CONNECTED && contact.agentId != null) {
            settings.channels().leftBridge(contactId);
            try {
                routing.end(contactId, contact.agentId, org.contactcenter.routing.contacts.entity.DisconnectReason.AGENT);
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.FINE, "contact " + contactId + " had ended already", e);
            }
        }
    }

    /**
     * The run has reached neither its disconnect flow nor its end: for a contact that routing has ended, the flow has not
     * heard of it yet. (What it says meanwhile, such as the CONNECTED of the call's own connection, which the caller was
     * taken into the bridge before hearing, is stale.)
     */
    private static boolean notYetTold(FlowRunData run) {
        return run.state != FlowRun.State.ENDED && run.segment != FlowRun.Segment.DISCONNECT;
    }

    private ContactData contact(String contactId) {
        try {
            return contactId == null || contactId.isBlank() ? null : routing.contact(contactId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The flow run is not here (the center restarted, or another node ran it) but routing may still hold the contact:
     * a waiting caller keeps its place on hold; otherwise the call ends.
     */
    private void afterRestart(AgiRequest request, AgiChannel channel, String contactId) throws AgiException {
        ContactData contact = contact(contactId);
        if (contact != null && (contact.state == ContactState.WAITING || contact.state == ContactState.OFFERED)) {
            channel.setVariable("CC_ACTION", "HOLD");
            channel.setVariable("CC_HOLD_SECONDS", String.valueOf(settings.queuePollSeconds()));
            return;
        }
        if (contact != null && contact.state == ContactState.CONNECTED) {
            channel.setVariable("CC_ACTION", "CONNECTED");
            channel.setVariable("CC_AGENT_ID", contact.agentId);
            return;
        }
        LOG.info(() -> "Call " + request.getUniqueId() + ": contact " + contactId + " is neither in a flow nor waiting here; hanging up");
        channel.hangup();
    }

    private static int number(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
