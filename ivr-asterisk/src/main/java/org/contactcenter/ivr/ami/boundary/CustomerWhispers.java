package org.contactcenter.ivr.ami.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.contactcenter.ivr.agi.boundary.CallerWhisper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer whisper (Connect's {@code CustomerWhisper} hook) on a call: {@code Setvar CC_WHISPER_PROMPTS} (the
 * sounds joined by {@code &}) and {@code CC_AGENT_CHANNEL} on the caller, and a {@code Redirect} to
 * {@code <cc.ami.call-context>,whisper,1}, where the dialplan plays them and then sends the agent's waiting line to
 * {@code [cc-agent] whispered}, whose {@code Bridge()} takes the caller — in the dialplan, not over AGI, so that no
 * bridge can cut a script short. {@code CC_SEQUENCE} too: the caller's AGI sessions do not say the whisper again.
 */
@ApplicationScoped
public class CustomerWhispers implements CallerWhisper {
    @Inject
    AmiActions ami;
    @Inject
    @ConfigProperty(name = "cc.ami.call-context", defaultValue = "cc-call")
    String callContext;

    @Override
    public boolean play(String contactId, String callerChannel, String agentChannel, String sounds, int sequence) {
        if (!ami.configured() || !ami.up()) {
            return false;
        }
        if (sequence >= 0) {
            // the caller's session has not said the whisper: without this its next continue (after the agent hung up) said it again
            ami.send(new SetVarAction(callerChannel, "CC_SEQUENCE", String.valueOf(sequence)), "mark call " + contactId + "'s customer whisper as said");
        }
        return ami.send(new SetVarAction(callerChannel, "CC_WHISPER_PROMPTS", sounds), "give call " + contactId + " its customer whisper")
                && ami.send(new SetVarAction(callerChannel, "CC_AGENT_CHANNEL", agentChannel), "give call " + contactId + " its agent's channel")
                && ami.send(new RedirectAction(callerChannel, callContext, "whisper", 1), "play the customer whisper of call " + contactId);
    }
}
