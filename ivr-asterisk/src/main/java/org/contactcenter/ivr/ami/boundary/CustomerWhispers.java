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
 * {@code <cc.ami.call-context>,whisper,1}, where the dialplan plays them and then bridges the caller to the agent —
 * in the dialplan, not over AGI, so that no bridge can cut a script short.
 */
@ApplicationScoped
public class CustomerWhispers implements CallerWhisper {
    @Inject
    AmiActions ami;
    @Inject
    @ConfigProperty(name = "cc.ami.call-context", defaultValue = "cc-call")
    String callContext;

    @Override
    public boolean play(String contactId, String callerChannel, String agentChannel, String sounds) {
        if (!ami.configured() || !ami.up()) {
            return false;
        }
        return ami.send(new SetVarAction(callerChannel, "CC_WHISPER_PROMPTS", sounds), "give call " + contactId + " its customer whisper")
                && ami.send(new SetVarAction(callerChannel, "CC_AGENT_CHANNEL", agentChannel), "give call " + contactId + " its agent's channel")
                && ami.send(new RedirectAction(callerChannel, callContext, "whisper", 1), "play the customer whisper of call " + contactId);
    }
}
