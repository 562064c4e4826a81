package org.contactcenter.ivr.agi.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.DisconnectReason;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.routing.flows.boundary.QueuedCallbacks;
import org.contactcenter.routing.queues.boundary.QueueData;
import org.contactcenter.routing.queues.boundary.Queues;
import org.contactcenter.rules.model.ContactState;

/**
 * {@code [cc-outbound] exten => s,1,AGI(agi://HOST:4573/outbound)}: the agent answered the phone the center rang for
 * its outbound contact ({@code CC_CONTACT_ID}, {@code CC_AGENT_ID}). First visit: {@code CC_ACTION=DIAL},
 * {@code CC_DIAL_NUMBER} (the customer), {@code CC_DIAL_TIMEOUT}, and the queue's outbound caller id as
 * {@code CC_CALLER_ID_NUM} / {@code CC_CALLER_ID_NAME} (empty: the trunk's) and {@code CC_WHISPER_PROMPTS} (the queue's
 * outbound whisper, played to the customer once answered) for the dialplan's Dial. After the Dial
 * ({@code CC_DIALSTATUS}): the call is over — the contact ends (after-contact work), with
 * {@code disconnectReason} {@code DIALSTATUS <status>} when the customer did not answer. From the {@code h}
 * extension ({@code CC_ACTION=AGENT_HANGUP}): the agent hung up first. A queued callback (initiation CALLBACK) rings
 * the agent the same way while it is offered: answering accepts the offer (unless the workspace did already) and
 * dials the callback's number; one the customer does not answer is queued again while attempts remain
 * ({@link QueuedCallbacks#retry}). A contact that is not this agent's outbound call or callback hangs the phone up.
 */
public class OutboundAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(OutboundAgiScript.class.getName());
    private final RoutingEngine routing;
    private final Queues queues;
    private final QueuedCallbacks callbacks;
    private final VoiceSettings settings;
    private final FlowRuns flows;
    private final Prompts prompts;

    OutboundAgiScript(RoutingEngine routing, Queues queues, QueuedCallbacks callbacks, VoiceSettings settings, FlowRuns flows, Prompts prompts) {
        this.routing = routing;
        this.queues = queues;
        this.callbacks = callbacks;
        this.settings = settings;
        this.flows = flows;
        this.prompts = prompts;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        String agentId = channel.getVariable("CC_AGENT_ID");
        String step = channel.getVariable("CC_ACTION");
        ContactData contact;
        try {
            contact = routing.contact(contactId);
        } catch (RuntimeException e) {
            contact = null;
        }
        if (contact != null && contact.initiationMethod == InitiationMethod.CALLBACK && contact.state == ContactState.OFFERED
                && agentId != null && agentId.equals(contact.agentId) && (step == null || step.isBlank())) {
            try {
                contact = routing.accept(contactId, agentId); // answering the phone accepts the callback
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "callback " + contactId + " could not be accepted by answering", e);
            }
        }
        boolean ours = contact != null && (contact.initiationMethod == InitiationMethod.OUTBOUND || contact.initiationMethod == InitiationMethod.CALLBACK)
                && AgentAgiScript.connected(contact) && agentId != null && agentId.equals(contact.agentId);
        if (!ours) {
            settings.channels().gone(contactId);
            if (!"AGENT_HANGUP".equals(step)) {
                LOG.info(() -> "Outbound leg for contact " + contactId + " answered by agent " + agentId + ", whose call it is not (any more): hanging up");
                channel.hangup();
            }
            return;
        }
        if (step == null || step.isBlank()) {
            settings.channels().outbound(contactId, channel.getName());
            QueueData queue = outboundQueue(contact.queueId);
            channel.setVariable("CC_ACTION", "DIAL");
            channel.setVariable("CC_DIAL_NUMBER", dialNumber(contact));
            channel.setVariable("CC_DIAL_TIMEOUT", String.valueOf(settings.outboundDialSeconds()));
            channel.setVariable("CC_CALLER_ID_NUM", queue == null || queue.outboundCallerIdNumber == null ? "" : queue.outboundCallerIdNumber);
            channel.setVariable("CC_CALLER_ID_NAME", queue == null || queue.outboundCallerIdName == null ? "" : queue.outboundCallerIdName);
            channel.setVariable("CC_WHISPER_PROMPTS", whisper(contact, queue));
            return;
        }
        String status = channel.getVariable("CC_DIALSTATUS");
        if ("DIAL".equals(step) && status != null && !"ANSWER".equals(status)) {
            routing.updateRecord(contactId, c -> {
                c.disconnectReason("DIALSTATUS " + status.replaceAll("[^A-Z]", ""));
                return true;
            });
            if (contact.initiationMethod == InitiationMethod.CALLBACK) {
                callbacks.retry(contact.queueId, dialNumber(contact), contact.attributes); // while attempts remain
            }
        }
        settings.channels().gone(contactId);
        try {
            // Dial() came back with the agent still on the line: the customer hung up
            routing.end(contactId, agentId, "AGENT_HANGUP".equals(step) ? DisconnectReason.AGENT : DisconnectReason.CUSTOMER);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "outbound contact " + contactId + " had ended already", e);
        }
        if (!"AGENT_HANGUP".equals(step)) {
            channel.hangup();
        }
    }

    /**
     * The queue's outbound whisper (an OUTBOUND_WHISPER flow): its prompts to the customer, sounds joined by {@code &}
     * for the Dial's {@code U()} subroutine to play once the customer answers, before the two talk; empty: none. Agent
     * dial-outs only (a queued callback has had its flows).
     */
    private String whisper(ContactData contact, QueueData queue) {
        if (queue == null || queue.outboundWhisperFlowId == null || contact.initiationMethod != InitiationMethod.OUTBOUND) {
            return "";
        }
        try {
            return String.join("&", flows.outboundWhisper(contact.id, queue.outboundWhisperFlowId, contact.customerEndpoint, contact.attributes,
                    contact.agentId).stream().map(prompts::sound).filter(java.util.Objects::nonNull).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbound call " + contact.id + ": its whisper flow could not run; dialling without it", e);
            return "";
        }
    }

    /** The customer's number: an outbound call's, a callback's (its {@code callbackNumber}, else its endpoint). */
    static String dialNumber(ContactData contact) {
        String callback = contact.attributes == null ? null : contact.attributes.get("callbackNumber");
        return contact.initiationMethod == InitiationMethod.CALLBACK && callback != null ? callback : contact.customerEndpoint;
    }

    private QueueData outboundQueue(String queueId) {
        try {
            return queueId == null ? null : queues.get(queueId);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
