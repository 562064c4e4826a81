package org.contactcenter.ivr.ami.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.contactcenter.ivr.agi.boundary.VoiceChannels;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.ContactOffered;
import org.contactcenter.routing.engine.boundary.OutboundContactStarted;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.routing.engine.boundary.OfferWithdrawn;
import org.contactcenter.routing.users.boundary.UserData;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rings the agent's phone when routing offers it a call: AMI {@code Originate} of the agent's phone endpoint (its
 * dial string, or {@code cc.ami.external-dial} for an E.164 number) into {@code cc.ami.agent-context}, for as long as
 * the offer lasts, with the contact, the agent and the caller's channel as channel variables, and a channel id of
 * its own so that the ringing can be stopped. When the agent answers, the dialplan runs {@code AGI(agi://center/agent)}:
 * the offer is accepted and the agent bridged to the waiting caller
 * ({@link org.contactcenter.ivr.agi.boundary.AgentAgiScript}). Rejected in the workspace or not answered in time
 * (Missed): the ringing phone is hung up and the caller keeps its place. An outbound contact rings its agent's phone
 * into {@code cc.ami.outbound-context} ({@link org.contactcenter.ivr.agi.boundary.OutboundAgiScript} dials the
 * customer); unanswered, the contact ends ({@code AGENT_NOT_ANSWERED}). A queued callback offered to an agent rings
 * its phone into the same context: answering accepts it and dials the customer. Done off the routing journal's thread.
 */
@ApplicationScoped
public class AgentLegs extends CreatedAtDeployment {

    private static final Logger LOG = Logger.getLogger(AgentLegs.class.getName());
    private static final String OUTBOUND = "cc-outbound-";

    @Inject
    AmiActions ami;
    @EJB
    Users users;
    @Inject
    VoiceChannels channels;
    @Inject
    Clock clock;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "cc.ami.agent-context", defaultValue = "cc-agent")
    String context;
    @Inject
    @ConfigProperty(name = "cc.ami.external-dial", defaultValue = "PJSIP/{number}@trunk")
    String externalDial;
    @Inject
    @ConfigProperty(name = "cc.ami.outbound-context", defaultValue = "cc-outbound")
    String outboundContext;
    @Inject
    @ConfigProperty(name = "cc.ami.outbound-ring-seconds", defaultValue = "30")
    int outboundRingSeconds;
    @EJB
    RoutingEngine routing;

    void offered(@Observes ContactOffered offer) {
        if (offer.contact().channel != Channel.VOICE || !ami.configured()) {
            return;
        }
        executor.execute(() -> ring(offer));
    }

    void withdrawn(@Observes OfferWithdrawn withdrawn) {
        Optional<String> ringing = channels.call(withdrawn.contactId()).map(VoiceChannels.Call::ringing);
        if (ringing.isPresent() && ami.configured()) {
            channels.ringing(withdrawn.contactId(), null);
            executor.execute(() -> {
                HangupAction hangup = new HangupAction(ringing.get());
                ami.send(hangup, "stop ringing agent " + withdrawn.agentId() + " for call " + withdrawn.contactId() + " (" + withdrawn.why() + ")");
            });
        }
    }

    /** The dial string of a user's phone: its endpoint, an E.164 number through the trunk; empty without one. */
    public Optional<String> dialString(String userId) {
        String endpoint;
        try {
            UserData user = users.get(userId);
            endpoint = user.phoneEndpoint;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(endpoint.startsWith("+") ? externalDial.replace("{number}", endpoint) : endpoint);
    }

    /** An Originate of a user's phone into {@code context} with the given variables, under a fresh channel id. */
    static OriginateAction originate(String dialString, String context, long timeoutMillis, String callerId, Map<String, String> variables) {
        OriginateAction originate = new OriginateAction();
        originate.setChannel(dialString);
        originate.setContext(context);
        originate.setExten("s");
        originate.setPriority(1);
        originate.setTimeout(Math.max(1000, timeoutMillis));
        originate.setAsync(true);
        originate.setChannelId("cc-" + UUID.randomUUID());
        // a Local channel's ;2 half would otherwise be "<channel id>;2", and Asterisk's Bridge() finds a channel by
        // the prefix of its name or unique id: Bridge(<channel id>) could take the ;2 half instead of the rung leg
        originate.setOtherChannelId("cc-" + UUID.randomUUID());
        originate.setCallerId(callerId);
        originate.setVariables(variables);
        return originate;
    }

    /** A caller id for the agent's phone display: the number only, from digits and {@code +}. */
    static String display(String name, String number) {
        return "\"" + name + "\" <" + (number == null ? "" : number.replaceAll("[^+0-9]", "")) + ">";
    }

    /** An agent dials out: its phone rings first ({@code cc.ami.outbound-context}); answering it dials the customer. */
    void outbound(@Observes OutboundContactStarted started) {
        if (!ami.configured()) {
            return;
        }
        ContactData contact = started.contact();
        executor.execute(() -> {
            Optional<String> dial = dialString(contact.agentId);
            if (dial.isEmpty()) {
                LOG.warning("Outbound contact " + contact.id + " of agent " + contact.agentId + ", who has no phone endpoint: nothing is dialled");
                return;
            }
            Map<String, String> variables = new LinkedHashMap<>();
            variables.put("CC_CONTACT_ID", contact.id);
            variables.put("CC_AGENT_ID", contact.agentId);
            OriginateAction originate = originate(dial.get(), outboundContext, outboundRingSeconds * 1000L, display("Outbound call", contact.customerEndpoint), variables);
            originate.setActionId(OUTBOUND + contact.id);
            ami.send(originate, "ring " + originate.getChannel() + " for outbound contact " + contact.id);
        });
    }

    /** The agent did not answer its phone for an outbound call (Asterisk's OriginateResponse Failure): the contact ends. */
    void originated(@Observes OriginateResponseEvent event) {
        String actionId = event.getActionId();
        if (actionId == null || !actionId.startsWith(OUTBOUND) || !"Failure".equalsIgnoreCase(event.getResponse())) {
            return;
        }
        String contactId = actionId.substring(OUTBOUND.length());
        executor.execute(() -> {
            try {
                ContactData contact = routing.contact(contactId);
                if (contact.state == ContactState.CONNECTED) {
                    routing.updateRecord(contactId, c -> {
                        c.disconnectReason("AGENT_NOT_ANSWERED");
                        return true;
                    });
                    routing.end(contactId, contact.agentId);
                    LOG.info(() -> "Outbound contact " + contactId + ": the agent's phone did not answer (reason " + event.getReason() + "); ended");
                }
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.FINE, "outbound contact " + contactId + " is gone", e);
            }
        });
    }

    private void ring(ContactOffered offer) {
        Optional<String> caller = channels.caller(offer.contact().id);
        if (caller.isPresent()) {
            ringAgent(offer, context, "call", caller.get());
        } else if (offer.contact().initiationMethod == InitiationMethod.CALLBACK) {
            // a queued callback: answering accepts it and dials the customer (OutboundAgiScript), as for an outbound call
            ringAgent(offer, outboundContext, "callback", null);
        } // else not a call this node plays (an API contact, another node's call)
    }

    /** Rings the offered agent's phone into {@code into} for as long as the offer lasts, under a channel id to stop it by. */
    private void ringAgent(ContactOffered offer, String into, String what, String callerChannel) {
        String contactId = offer.contact().id;
        Optional<String> dial = dialString(offer.agentId());
        if (dial.isEmpty()) {
            LOG.warning("A " + what + " (" + contactId + ") offered to agent " + offer.agentId() + ", who has no phone endpoint: only the workspace can take it");
            return;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CC_CONTACT_ID", contactId);
        variables.put("CC_AGENT_ID", offer.agentId());
        if (callerChannel != null) {
            variables.put("CC_CALLER_CHANNEL", callerChannel);
        }
        long ms = Duration.between(clock.instant(), offer.expiresAt()).toMillis();
        String label = callerChannel != null ? "Contact center" : "Callback";
        OriginateAction originate = originate(dial.get(), into, ms, display(label, offer.contact().customerEndpoint), variables);
        channels.ringing(contactId, originate.getChannelId());
        ami.send(originate, "ring " + originate.getChannel() + " for " + what + " " + contactId);
    }
}
