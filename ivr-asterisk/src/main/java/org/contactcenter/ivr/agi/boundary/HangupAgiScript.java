package org.contactcenter.ivr.agi.boundary;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.boundary.FlowRuns;

/**
 * {@code exten => h,1,AGI(agi://HOST:4573/hangup)}: the caller hung up while the dialplan had the channel (music on
 * hold, a Dial, talking to the agent): the flow hears DISCONNECT, a queued contact is abandoned, a connected one
 * ends (after-contact work). Nothing for a contact that has ended.
 */
public class HangupAgiScript extends BaseAgiScript {
    private final FlowRuns flows;
    private final RoutingEngine routing;
    private final Prompts prompts;
    private final VoiceSettings settings;

    HangupAgiScript(FlowRuns flows, RoutingEngine routing, Prompts prompts, VoiceSettings settings) {
        this.flows = flows;
        this.routing = routing;
        this.prompts = prompts;
        this.settings = settings;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        if (contactId != null && !contactId.isBlank()) {
            new VoiceSession(flows, routing, channel, prompts, settings, contactId, 0).callerLeft();
        }
    }
}
