package org.contactcenter.ivr.ami.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.contactcenter.ivr.agi.boundary.VoiceChannels;
import org.contactcenter.routing.engine.boundary.ConsultStep;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.engine.boundary.ThirdPartyChanged;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A call's third party on Asterisk, once routing has made the step durable (docs/ASTERISK.md, "Consult, conference,
 * transfer to a number"):
 * <ul>
 * <li>consult: the caller goes to music ({@code Redirect} to {@code <call-context>,hold,1}) and the number is rung
 * with {@code Originate} into {@code cc.ami.consult-context} ({@code CC_CONTACT_ID}, {@code CC_AGENT_CHANNEL}); when it
 * answers, {@code AGI(consult)} sends it to the dialplan's {@code Bridge(${CC_AGENT_CHANNEL})}. Not answered
 * ({@code OriginateResponse} Failure): routing hears FAILED, the customer stays on hold;</li>
 * <li>conference: one {@code Redirect} of agent and third party (Channel and ExtraChannel, to leave their bridge
 * together) and one of the caller, to the {@code conference} extensions: {@code ConfBridge(cc-<contact id>)};</li>
 * <li>transfer: {@code Setvar CC_THIRD_PARTY_CHANNEL} and {@code Redirect} of the caller to
 * {@code <call-context>,thirdparty,1} ({@code Bridge()} with the third party) — from a conference with the third party
 * as ExtraChannel to {@code <consult-context>,transferred,1}, where it waits to be taken; {@code Hangup} of the agent's phone;</li>
 * <li>cancel: {@code Hangup} of the third party; from a conference, one {@code Redirect} of the caller to music and of
 * the agent to {@code <agent-context>,rejoin,1} ({@code Bridge()} with the caller): Asterisk lets no {@code Bridge}
 * take a channel out of a ConfBridge; the third party hanging up in a conference does the same.</li>
 * </ul>
 */
@ApplicationScoped
public class ThirdPartyCalls extends CreatedAtDeployment {

    private static final Logger LOG = Logger.getLogger(ThirdPartyCalls.class.getName());
    private static final String CONSULT = "cc-consult-";

    @Inject
    AmiActions ami;
    @Inject
    VoiceChannels channels;
    @EJB
    RoutingEngine routing;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "cc.ami.call-context", defaultValue = "cc-call")
    String callContext;
    @Inject
    @ConfigProperty(name = "cc.ami.agent-context", defaultValue = "cc-agent")
    String agentContext;
    @Inject
    @ConfigProperty(name = "cc.ami.consult-context", defaultValue = "cc-consult")
    String consultContext;
    @Inject
    @ConfigProperty(name = "cc.ami.external-dial", defaultValue = "PJSIP/{number}@trunk")
    String externalDial;
    @Inject
    @ConfigProperty(name = "cc.ami.transfer-dial-seconds", defaultValue = "60")
    int dialSeconds;
    void changed(@Observes ThirdPartyChanged event) {
        String id = event.contact().id;
        Optional<VoiceChannels.Call> call = event.contact().channel == Channel.VOICE && ami.configured() ? channels.call(id) : Optional.empty();
        if (call.isEmpty()) {
            if (event.step() == ConsultStep.CONSULT && ami.configured()) {
                executor.execute(() -> failed(id, "the call is not played by this node"));
            }
            return; // a contact of the API, another node's call, or no AMI: nothing to ring
        }
        VoiceChannels.Call c = call.get();
        switch (event.step()) {
            case CONSULT -> consult(id, event, c);
            case CONFERENCE -> {
                channels.onHold(id, false);
                channels.thirdParty(id, c.thirdParty(), true);
                executor.execute(() -> {
                    ami.send(redirect(c.agent(), agentContext, "conference", c.thirdParty(), consultContext, "conference"),
                            "take agent and third party of call " + id + " to its conference");
                    ami.send(new RedirectAction(c.caller(), callContext, "conference", 1), "take the caller of call " + id + " to its conference");
                });
            }
            case TRANSFER -> {
                channels.thirdParty(id, null, false);
                channels.onHold(id, false);
                executor.execute(() -> {
                    ami.send(new SetVarAction(c.caller(), "CC_THIRD_PARTY_CHANNEL", c.thirdParty()), "hand call " + id + " to its third party");
                    // a ConfBridge lets no Bridge() take a channel out of it: the third party leaves it too and waits at
                    // <consult-context>,transferred until the caller's Bridge() takes it (from the agent's plain bridge
                    // Bridge() moves it, and a second Redirect would take it away again)
                    ami.send(redirect(c.caller(), callContext, "thirdparty", c.conference() ? c.thirdParty() : null, consultContext, "transferred"),
                            "leave call " + id + " with its third party");
                    if (c.agent() != null) {
                        ami.send(new HangupAction(c.agent()), "hang up the agent's phone after transferring call " + id + " to its third party");
                    }
                });
            }
            case CANCEL, LEFT -> {
                channels.thirdParty(id, null, false);
                executor.execute(() -> {
                    if (event.step() == ConsultStep.CANCEL && c.thirdParty() != null) {
                        ami.send(new HangupAction(c.thirdParty()), "hang up the third party of call " + id);
                    }
                    if (c.conference() && c.agent() != null && c.caller() != null) {
                        // no Bridge can take a channel out of a ConfBridge: the caller goes to music and the agent to
                        // <agent-context>,rejoin, whose Bridge() takes the caller out of it
                        ami.send(redirect(c.caller(), callContext, "hold", c.agent(), agentContext, "rejoin"),
                                "bridge agent and caller of call " + id + " out of its conference");
                    }
                });
            }
            case FAILED -> channels.thirdParty(id, null, false);
            default -> {
            }
        }
    }

    /** The customer to music, the number rung; the agent's channel is where the third party is bridged to. */
    private void consult(String id, ThirdPartyChanged event, VoiceChannels.Call c) {
        if (c.agent() == null || c.caller() == null) {
            // accepted only in the workspace (no agent leg), or an outbound call (the customer is the agent's own Dial): nothing to bridge
            executor.execute(() -> failed(id, c.caller() == null ? "the customer's channel is not known here (an outbound call?)" : "the agent's phone is not on the call"));
            return;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CC_CONTACT_ID", id);
        variables.put("CC_AGENT_ID", event.contact().agentId);
        variables.put("CC_AGENT_CHANNEL", c.agent());
        OriginateAction originate = AgentLegs.originate(externalDial.replace("{number}", event.phoneNumber()), consultContext,
                dialSeconds * 1000L, null, variables);
        originate.setActionId(CONSULT + id);
        channels.thirdParty(id, originate.getChannelId(), false);
        boolean park = !c.onHold();
        channels.onHold(id, true);
        executor.execute(() -> {
            if (park) {
                ami.send(new RedirectAction(c.caller(), callContext, "hold", 1), "put call " + id + " on hold for a consult");
            }
            if (!ami.send(originate, "call the third party of call " + id)) {
                failed(id, "AMI is down");
            }
        });
    }

    /** The third party did not answer (Asterisk's OriginateResponse Failure): routing hears FAILED. */
    void originated(@Observes OriginateResponseEvent event) {
        String actionId = event.getActionId();
        if (actionId != null && actionId.startsWith(CONSULT) && "Failure".equalsIgnoreCase(event.getResponse())) {
            String id = actionId.substring(CONSULT.length());
            executor.execute(() -> failed(id, "not answered (reason " + event.getReason() + ")"));
        }
    }

    private void failed(String id, String why) {
        LOG.info(() -> "The third party of call " + id + " could not be reached: " + why);
        try {
            routing.consult(id, null, ConsultStep.FAILED, null, null);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "call " + id + " has ended meanwhile", e);
        }
    }

    /** A Redirect of {@code channel} to {@code <context>,<exten>,1}, with {@code extraChannel} (unless null) sent along to its own place at once. */
    private static RedirectAction redirect(String channel, String context, String exten, String extraChannel, String extraContext, String extraExten) {
        RedirectAction r = new RedirectAction(channel, context, exten, 1);
        if (extraChannel != null) {
            r.setExtraChannel(extraChannel);
            r.setExtraContext(extraContext);
            r.setExtraExten(extraExten);
            r.setExtraPriority(1);
        }
        return r;
    }
}
