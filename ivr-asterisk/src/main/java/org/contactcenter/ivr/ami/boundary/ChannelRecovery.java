package org.contactcenter.ivr.ami.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.StatusAction;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.contactcenter.ivr.agi.boundary.VoiceChannels;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.rules.model.ContactState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calls' channels after a restart (the center keeps them in memory; the calls live on in Asterisk) or after AMI
 * was down: on each login, one {@code Status} action with the variables {@code CC_CONTACT_ID}, {@code CC_AGENT_ID},
 * {@code CC_CALLER_CHANNEL}. A channel in the agent or outbound context is an agent's leg; any other with a contact id
 * is its caller (on hold when it is at {@code hold} or {@code held} of the call context). Only contacts routing still
 * has connected, on hold or waiting are taken, so hold, resume, transfer and hang-up work on calls that began before.
 */
@ApplicationScoped
public class ChannelRecovery extends CreatedAtDeployment {

    private static final Logger LOG = Logger.getLogger(ChannelRecovery.class.getName());

    @EJB
    AmiService ami;
    @EJB
    RoutingEngine routing;
    @Inject
    VoiceChannels channels;
    @Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "cc.ami.call-context", defaultValue = "cc-call")
    String callContext;
    @Inject
    @ConfigProperty(name = "cc.ami.agent-context", defaultValue = "cc-agent")
    String agentContext;
    @Inject
    @ConfigProperty(name = "cc.ami.outbound-context", defaultValue = "cc-outbound")
    String outboundContext;
    @Inject
    @ConfigProperty(name = "cc.ami.status-timeout-seconds", defaultValue = "10")
    int timeoutSeconds;
    void loggedIn(@Observes AmiService.AmiLoggedIn event) {
        scheduler.execute(() -> recover(10));
    }

    /** Asks once the login is complete (asterisk-java says so a moment before its state is CONNECTED): {@code tries} more times, a second apart. */
    void recover(int tries) {
        var connection = ami.connection();
        if (connection.isEmpty()) {
            if (tries > 0) {
                scheduler.schedule(() -> recover(tries - 1), 1, java.util.concurrent.TimeUnit.SECONDS);
            }
            return;
        }
        StatusAction status = new StatusAction();
        status.setVariables(List.of("CC_CONTACT_ID", "CC_AGENT_ID", "CC_CALLER_CHANNEL"));
        ResponseEvents answer;
        try {
            answer = connection.get().sendEventGeneratingAction(status, timeoutSeconds * 1000L);
        } catch (java.io.IOException | org.asteriskjava.manager.EventTimeoutException | RuntimeException e) {
            LOG.warning("Could not ask Asterisk for its channels (" + e.getMessage() + "): calls begun before are controlled again once their next AGI step runs");
            return;
        }
        Map<String, String[]> found = new HashMap<>(); // contact id → caller, agent, "hold"
        for (ResponseEvent e : answer.getEvents()) {
            if (e instanceof StatusEvent s && s.getVariables() != null) {
                String contactId = blankToNull(s.getVariables().get("CC_CONTACT_ID"));
                if (contactId == null || s.getChannel() == null) {
                    continue;
                }
                String[] call = found.computeIfAbsent(contactId, id -> new String[3]);
                if (agentContext.equals(s.getContext()) || outboundContext.equals(s.getContext())) {
                    call[1] = s.getChannel();
                    if (call[0] == null) {
                        call[0] = blankToNull(s.getVariables().get("CC_CALLER_CHANNEL"));
                    }
                } else {
                    call[0] = s.getChannel();
                    if (callContext.equals(s.getContext()) && ("hold".equals(s.getExtension()) || "held".equals(s.getExtension()))) {
                        call[2] = "hold";
                    }
                }
            }
        }
        int taken = 0;
        for (var entry : found.entrySet()) {
            if (live(entry.getKey())) {
                String[] call = entry.getValue();
                channels.recovered(entry.getKey(), call[0], call[1], call[2] != null);
                taken++;
            }
        }
        int calls = taken;
        LOG.info(() -> "Asterisk's channels read: " + calls + " call(s) of this center's contacts");
    }

    private boolean live(String contactId) {
        try {
            ContactData c = routing.contact(contactId);
            return c.state == ContactState.CONNECTED || c.state == ContactState.CONNECTED_ONHOLD || c.state == ContactState.WAITING
                    || c.state == ContactState.OFFERED;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "contact " + contactId + " is not routed here", e);
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
