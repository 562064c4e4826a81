package org.contactcenter.ivr.agi.boundary;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.ThirdParty;
import org.contactcenter.routing.engine.boundary.ConsultStep;
import org.contactcenter.routing.engine.boundary.RoutingEngine;

/**
 * {@code [cc-consult] exten => s,1,AGI(agi://HOST:4573/consult)}: the third party the center rang for an agent's
 * consult ({@code CC_CONTACT_ID}) answered. Still consulted, and this is the channel rung for it (its unique id is the
 * Originate's channel id): {@code CC_ACTION=BRIDGE} with {@code CC_AGENT_CHANNEL}, the agent's channel now, for the
 * dialplan's {@code Bridge()}. Otherwise (cancelled, the call ended, a stale leg) the third party is hung up. After a
 * bridge or the conference ({@code CC_ACTION=BRIDGED}): hung up. From the {@code h} extension
 * ({@code CC_ACTION=THIRD_PARTY_HANGUP}): routing hears the third party left (a consulted customer stays on hold; in a
 * conference, agent and customer talk on).
 */
public class ConsultAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(ConsultAgiScript.class.getName());
    private final RoutingEngine routing;
    private final VoiceChannels channels;

    ConsultAgiScript(RoutingEngine routing, VoiceChannels channels) {
        this.routing = routing;
        this.channels = channels;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        String step = channel.getVariable("CC_ACTION");
        Optional<VoiceChannels.Call> call = channels.call(contactId);
        boolean ours = call.map(VoiceChannels.Call::thirdParty).filter(t -> t.equals(request.getUniqueId())).isPresent();
        if ("THIRD_PARTY_HANGUP".equals(step)) {
            if (ours) {
                try {
                    routing.consult(contactId, null, ConsultStep.LEFT, null, null);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "call " + contactId + " has ended", e);
                }
            }
            return;
        }
        ContactData contact = current(contactId);
        String agent = call.map(VoiceChannels.Call::agent).orElse(null);
        if ((step == null || step.isBlank()) && ours && agent != null && contact != null
                && ThirdParty.CONSULTING.equals(contact.thirdPartyState)) {
            channel.setVariable("CC_AGENT_CHANNEL", agent);
            channel.setVariable("CC_ACTION", "BRIDGE"); // agent and third party talk in the dialplan's Bridge(): no worker held
            return;
        }
        LOG.fine(() -> "Third party of call " + contactId + " (" + request.getUniqueId() + "): " + (ours ? "no longer consulted" : "not the leg rung") + "; hanging up");
        channel.hangup();
    }

    private ContactData current(String contactId) {
        try {
            return contactId == null ? null : routing.contact(contactId);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
