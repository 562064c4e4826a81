package org.contactcenter.ivr.ami.boundary;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.contactcenter.ivr.agi.boundary.VoiceChannels;
import org.contactcenter.routing.engine.boundary.ContactEnded;
import org.contactcenter.routing.engine.boundary.ContactHeld;
import org.contactcenter.routing.engine.boundary.ContactTransferred;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What agents do with a call, carried out on Asterisk over AMI once routing has made it durable:
 * <ul>
 * <li>hold: {@code Redirect} of the caller out of the agent's bridge to {@code <cc.ami.call-context>,hold,1} (music on
 * hold); the agent's line stays open ({@code agent} answers {@code CC_ACTION=WAIT}). Resume: {@code Redirect} of the
 * agent's line to {@code <cc.ami.agent-context>,rejoin,1}, whose {@code Bridge()} takes the caller;</li>
 * <li>transfer to a queue, an agent or a quick connect: {@code Setvar CC_CONTACT_ID} (the next contact) on the caller
 * and {@code Redirect} to {@code <call-context>,continue,1}: the transfer flow or the queue plays on; the agent's
 * leg hangs up (its contact is in after-contact work);</li>
 * <li>transfer to a phone number (blind): {@code Setvar CC_DIAL_NUMBER} and {@code Redirect} to
 * {@code <call-context>,transfer,1} (a Dial through the trunk);</li>
 * <li>an agent who ends a call in the workspace: the caller goes to {@code continue} (the disconnect flow, or the
 * hang-up); while the caller is parked (on hold, or waiting for the agent's phone) the agent's phone is hung up, and
 * out of a bridge the agent's line hangs up itself. A call whose phones ended it (a hang-up in the bridge) is left to
 * the dialplan.</li>
 * </ul>
 * Calls this node does not play (no channel known) and a center without AMI are left alone.
 */
@ApplicationScoped
public class CallControl extends CreatedAtDeployment {
    @Inject
    AmiActions ami;
    @Inject
    VoiceChannels channels;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "cc.ami.call-context", defaultValue = "cc-call")
    String callContext;
    @Inject
    @ConfigProperty(name = "cc.ami.agent-context", defaultValue = "cc-agent")
    String agentContext;
    @Inject
    @ConfigProperty(name = "cc.ami.transfer-dial-seconds", defaultValue = "60")
    int transferDialSeconds;

    void held(@Observes ContactHeld event) {
        Optional<VoiceChannels.Call> call = controlled(event.contact().id, event.contact().channel);
        if (call.isEmpty() || call.get().caller() == null || call.get().agent() == null) {
            return; // accepted in the workspace only: the caller hears music anyway
        }
        String id = event.contact().id;
        VoiceChannels.Call c = call.get();
        channels.onHold(id, event.held());
        executor.execute(() -> {
            if (event.held()) {
                ami.send(redirect(c.caller(), "hold"), "put call " + id + " on hold");
            } else {
                // the agent's line to <agent-context>,rejoin, whose Bridge() takes the caller from its music: an AMI Bridge
                // took the agent's line out of its dialplan, and its hang-up in that bridge then ran no h extension (Asterisk 20)
                ami.send(new RedirectAction(c.agent(), agentContext, "rejoin", 1), "take call " + id + " off hold");
            }
        });
    }

    void transferred(@Observes ContactTransferred event) {
        String id = event.from().id;
        Optional<VoiceChannels.Call> call = controlled(id, event.from().channel);
        if (call.isEmpty() || call.get().caller() == null) {
            return;
        }
        VoiceChannels.Call c = call.get();
        if (event.nextContactId() != null) {
            channels.moved(id, event.nextContactId());
        } else {
            channels.gone(id);
        }
        executor.execute(() -> {
            if (event.nextContactId() != null) {
                ami.send(new SetVarAction(c.caller(), "CC_CONTACT_ID", event.nextContactId()), "hand call " + id + " on as " + event.nextContactId());
                ami.send(redirect(c.caller(), "continue"), "transfer call " + id + " to " + event.queueName());
            } else {
                ami.send(new SetVarAction(c.caller(), "CC_DIAL_NUMBER", event.phoneNumber()), "transfer call " + id + " to a number");
                ami.send(new SetVarAction(c.caller(), "CC_DIAL_TIMEOUT", String.valueOf(transferDialSeconds)), "transfer call " + id + " to a number");
                ami.send(redirect(c.caller(), "transfer"), "transfer call " + id + " to " + event.phoneNumber());
            }
            if (c.agent() != null && c.onHold()) {
                ami.send(new HangupAction(c.agent()), "hang up the agent's phone after transferring call " + id);
            }
        });
    }

    void ended(@Observes ContactEnded event) {
        String id = event.contact().id;
        Optional<VoiceChannels.Call> call = controlled(id, event.contact().channel);
        if (call.isEmpty()) {
            return;
        }
        VoiceChannels.Call c = call.get();
        if (c.thirdParty() != null || (c.conference() && c.caller() == null && c.agent() != null)) {
            channels.thirdParty(id, null, false);
            executor.execute(() -> {
                if (c.thirdParty() != null) {
                    ami.send(new HangupAction(c.thirdParty()), "hang up the third party of call " + id);
                }
                if (c.caller() == null && c.agent() != null && c.conference()) {
                    ami.send(new HangupAction(c.agent()), "hang up the agent's phone of call " + id + ", whose caller left"); // else alone in the ConfBridge
                } // consulting: the third party's hang-up ends the agent's bridge, and its dialplan asks the center

            });
        }
        if (c.caller() == null || c.leftBridge()) {
            return; // the caller hung up (no channel any more), or a phone left the bridge: the dialplans carry on
        }
        if (c.agent() != null && !c.onHold() && !c.conference()) {
            // bridged, and ended in the workspace (or the API): the caller leaves the bridge for continue (the disconnect
            // flow, or the hang-up); the agent's Bridge() returns, its line asks and is hung up
            executor.execute(() -> ami.send(redirect(c.caller(), "continue"), "end call " + id));
            return;
        }
        channels.onHold(id, false);
        executor.execute(() -> {
            ami.send(redirect(c.caller(), "continue"), "end call " + id);
            if (c.agent() != null) {
                ami.send(new HangupAction(c.agent()), "hang up the agent's phone of call " + id);
            }
        });
    }

    private Optional<VoiceChannels.Call> controlled(String contactId, Channel channel) {
        return channel == Channel.VOICE && ami.configured() ? channels.call(contactId) : Optional.empty();
    }

    private RedirectAction redirect(String channel, String exten) {
        return new RedirectAction(channel, callContext, exten, 1);
    }
}
