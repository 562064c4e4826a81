package org.contactcenter.ivr.ami.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.OriginateAction;
import org.contactcenter.ivr.agi.boundary.VoiceChannels;
import org.contactcenter.routing.engine.boundary.ContactOffered;
import org.contactcenter.routing.users.boundary.UserData;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rings the agent's phone when routing offers it a call: AMI {@code Originate} of the agent's phone endpoint (its
 * dial string, or {@code cc.ami.external-dial} for an E.164 number) into {@code cc.ami.agent-context}, for as long as
 * the offer lasts, with the contact, the agent and the caller's channel as channel variables. When the agent answers,
 * the dialplan runs {@code AGI(agi://center/agent)}: the offer is accepted and the agent bridged to the waiting caller
 * ({@link org.contactcenter.ivr.agi.boundary.AgentAgiScript}). No answer: the offer expires as any other, Missed,
 * and the caller keeps its place. Done off the routing journal's thread.
 */
@ApplicationScoped
public class AgentLegs {
    private static final Logger LOG = Logger.getLogger(AgentLegs.class.getName());

    @EJB
    AmiService ami;
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

    void offered(@Observes ContactOffered offer) {
        if (offer.contact().channel != Channel.VOICE || !ami.configured()) {
            return;
        }
        executor.execute(() -> ring(offer));
    }

    private void ring(ContactOffered offer) {
        String contactId = offer.contact().id;
        Optional<String> caller = channels.caller(contactId);
        if (caller.isEmpty()) {
            return; // not a call this node plays (an API contact, another node's call)
        }
        String endpoint;
        try {
            UserData agent = users.get(offer.agentId());
            endpoint = agent.phoneEndpoint;
        } catch (RuntimeException e) {
            return;
        }
        if (endpoint == null || endpoint.isBlank()) {
            LOG.warning("Call " + contactId + " offered to agent " + offer.agentId() + ", who has no phone endpoint: only the workspace can take it");
            return;
        }
        var connection = ami.connection();
        if (connection.isEmpty()) {
            LOG.warning("Call " + contactId + " offered to agent " + offer.agentId() + " but AMI is down (" + ami.state() + "): the phone does not ring");
            return;
        }
        long ms = Math.max(1000, Duration.between(clock.instant(), offer.expiresAt()).toMillis());
        OriginateAction originate = new OriginateAction();
        originate.setChannel(endpoint.startsWith("+") ? externalDial.replace("{number}", endpoint) : endpoint);
        originate.setContext(context);
        originate.setExten("s");
        originate.setPriority(1);
        originate.setTimeout(ms);
        originate.setAsync(true);
        String customer = offer.contact().customerEndpoint == null ? "" : offer.contact().customerEndpoint;
        originate.setCallerId("\"Contact center\" <" + customer.replaceAll("[^+0-9]", "") + ">");
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CC_CONTACT_ID", contactId);
        variables.put("CC_AGENT_ID", offer.agentId());
        variables.put("CC_CALLER_CHANNEL", caller.get());
        originate.setVariables(variables);
        try {
            connection.get().sendAction(originate, response -> {
                if (!"Success".equalsIgnoreCase(response.getResponse())) {
                    LOG.warning("Asterisk did not ring " + originate.getChannel() + " for call " + contactId + ": " + response.getMessage());
                }
            });
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning("Could not ring " + originate.getChannel() + " for call " + contactId + ": " + e.getMessage());
        }
    }
}
