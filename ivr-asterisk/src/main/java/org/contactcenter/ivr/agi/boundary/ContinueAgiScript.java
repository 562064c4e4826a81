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
import org.contactcenter.routing.platform.NotFound;

/**
 * {@code AGI(agi://HOST:4573/continue)} after the dialplan did what {@code CC_ACTION} said: music on hold for
 * {@code CC_HOLD_SECONDS} (the queue flow's next loop prompt is due: TIMEOUT) or a Dial (its {@code DIALSTATUS} as
 * {@code CC_DIALSTATUS}: ANSWER → the flow's "CallCompleted", anything else → failed). Whatever the flow emitted
 * meanwhile ({@code CC_SEQUENCE}: what was played) is played first. A contact the center no longer knows is hung up.
 */
public class ContinueAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(ContinueAgiScript.class.getName());
    private final FlowRuns flows;
    private final Prompts prompts;
    private final VoiceSettings settings;

    ContinueAgiScript(FlowRuns flows, Prompts prompts, VoiceSettings settings) {
        this.flows = flows;
        this.prompts = prompts;
        this.settings = settings;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        int sequence = number(channel.getVariable("CC_SEQUENCE"));
        String action = channel.getVariable("CC_ACTION");
        FlowRunData run;
        try {
            run = flows.get(contactId, sequence);
        } catch (NotFound e) {
            LOG.info(() -> "Call " + request.getUniqueId() + ": contact " + contactId + " is not in a flow here; hanging up");
            channel.hangup();
            return;
        }
        VoiceSession session = new VoiceSession(flows, channel, prompts, settings, contactId, sequence);
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

    private static int number(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
