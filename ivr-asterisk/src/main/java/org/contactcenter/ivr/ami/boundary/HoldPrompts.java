package org.contactcenter.ivr.ami.boundary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.contactcenter.ivr.agi.boundary.Prompts;
import org.contactcenter.ivr.agi.boundary.VoiceChannels;
import org.contactcenter.ivr.tts.boundary.Speech;
import org.contactcenter.routing.flows.boundary.FlowActionsEmitted;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer hold flow (Connect's {@code CustomerHold} hook, set by Set hold flow) spoken to a caller put on hold:
 * when the flow says its prompts (the HOLD it emits), the held caller — in music on hold since {@link CallControl}'s
 * Redirect — gets {@code Setvar CC_HOLD_PROMPTS} (the sounds joined by {@code &}) and a {@code Redirect} to
 * {@code <cc.ami.call-context>,held,1}, where the dialplan plays them and goes back to the music. In the dialplan,
 * not over AGI: resume's Bridge may take the caller at any moment. The agent's {@code AgentHold} prompts are played
 * on the agent's line by its dialplan ({@code agent} sets {@code CC_HOLD_PROMPTS} before its Wait).
 */
@ApplicationScoped
public class HoldPrompts extends CreatedAtDeployment {
    @Inject
    AmiActions ami;
    @Inject
    VoiceChannels channels;
    @EJB
    Speech speech;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "cc.ami.call-context", defaultValue = "cc-call")
    String callContext;

    void emitted(@Observes FlowActionsEmitted event) {
        if (event.channel() != Channel.VOICE || !ami.configured() || event.actions().stream().noneMatch(a -> a.type == MediaAction.Type.HOLD)) {
            return;
        }
        List<MediaAction> toCustomer = event.actions().stream().filter(a -> a.type == MediaAction.Type.MESSAGE && "CUSTOMER".equals(a.participant)).toList();
        Optional<VoiceChannels.Call> call = channels.call(event.contactId());
        if (toCustomer.isEmpty() || call.isEmpty() || call.get().caller() == null || !call.get().onHold()) {
            return;
        }
        String caller = call.get().caller();
        String id = event.contactId();
        executor.execute(() -> {
            Prompts prompts = new Prompts(speech);
            String sounds = String.join("&", toCustomer.stream().map(prompts::sound).filter(Objects::nonNull).toList());
            if (!sounds.isEmpty() && channels.call(id).map(VoiceChannels.Call::onHold).orElse(false)) {
                ami.send(new SetVarAction(caller, "CC_HOLD_PROMPTS", sounds), "give call " + id + " its hold prompts");
                ami.send(new RedirectAction(caller, callContext, "held", 1), "play the hold prompts of call " + id);
            }
        });
    }
}
