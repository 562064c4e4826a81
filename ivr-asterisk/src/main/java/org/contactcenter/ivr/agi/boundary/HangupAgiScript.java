package org.contactcenter.ivr.agi.boundary;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.flows.boundary.FlowRuns;

/**
 * {@code exten => h,1,AGI(agi://HOST:4573/hangup)}: the caller hung up while the dialplan had the channel (music on
 * hold, a Dial): the flow hears DISCONNECT, a queued contact is abandoned. Nothing for a contact that has ended.
 */
public class HangupAgiScript extends BaseAgiScript {
    private final FlowRuns flows;
    private final Prompts prompts;
    private final VoiceSettings settings;

    HangupAgiScript(FlowRuns flows, Prompts prompts, VoiceSettings settings) {
        this.flows = flows;
        this.prompts = prompts;
        this.settings = settings;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        if (contactId != null && !contactId.isBlank()) {
            new VoiceSession(flows, channel, prompts, settings, contactId, 0).callerLeft();
        }
    }
}
