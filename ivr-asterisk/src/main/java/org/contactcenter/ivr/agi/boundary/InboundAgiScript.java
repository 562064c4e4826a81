package org.contactcenter.ivr.agi.boundary;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.boundary.FlowRunData;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.routing.flows.boundary.StartFlowRun;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumberData;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumbers;
import org.contactcenter.rules.model.Channel;

/**
 * {@code AGI(agi://HOST:4573/inbound)}: looks up the dialled number ({@code agi_dnid}, else {@code agi_extension})
 * among the center's phone numbers. A known number is answered, {@code CC_CONTACT_FLOW_ID} and
 * {@code CC_PHONE_NUMBER} are set, and the caller ({@code agi_callerid}, the customer endpoint) enters the number's
 * flow, played by a {@link VoiceSession} until the channel goes back to the dialplan ({@code CC_ACTION}). An unknown
 * number, or any failure, ends in a clean HANGUP. Stateless: one instance serves every call.
 */
public class InboundAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(InboundAgiScript.class.getName());
    private final PhoneNumbers phoneNumbers;
    private final FlowRuns flows;
    private final RoutingEngine routing;
    private final Prompts prompts;
    private final VoiceSettings settings;

    InboundAgiScript(PhoneNumbers phoneNumbers, FlowRuns flows, RoutingEngine routing, Prompts prompts, VoiceSettings settings) {
        this.phoneNumbers = phoneNumbers;
        this.flows = flows;
        this.routing = routing;
        this.prompts = prompts;
        this.settings = settings;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String dialled = dialled(request);
        Optional<PhoneNumberData> number;
        try {
            number = phoneNumbers.byNumber(dialled);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Phone number lookup failed for call " + request.getUniqueId() + "; hanging up", e);
            channel.hangup();
            return;
        }
        if (number.isEmpty()) {
            LOG.info(() -> "Call " + request.getUniqueId() + " to unknown number " + dialled + ": hanging up");
            channel.hangup();
            return;
        }
        channel.answer();
        channel.setVariable("CC_PHONE_NUMBER", number.get().phoneNumber);
        channel.setVariable("CC_CONTACT_FLOW_ID", number.get().contactFlowId);
        FlowRunData run;
        String contactId = org.contactcenter.routing.platform.Ids.next();
        settings.channels().caller(contactId, channel.getName()); // before the flow may queue it and routing ring an agent
        // on the channel at once: an agent's Bridge() may take the caller out of this session before it returns to the
        // dialplan, and the h extension, the conference and the Status after a restart know the call by it
        channel.setVariable("CC_CONTACT_ID", contactId);
        try {
            run = flows.start(new StartFlowRun(number.get().contactFlowId, number.get().phoneNumber, Channel.VOICE, caller(request), null), contactId);
        } catch (RuntimeException e) {
            settings.channels().gone(contactId);
            LOG.log(Level.WARNING, "Call " + request.getUniqueId() + " to " + number.get().phoneNumber + ": its flow could not start ("
                    + e.getMessage() + "); hanging up", e);
            channel.hangup();
            return;
        }
        new VoiceSession(flows, routing, channel, prompts, settings, run.contactId, 0).play(run);
    }

    static String dialled(AgiRequest request) {
        String dnid = request.getDnid();
        if (dnid != null && !dnid.isBlank() && !"unknown".equalsIgnoreCase(dnid)) {
            return dnid;
        }
        return request.getExtension();
    }

    /** The caller's number as the customer endpoint (null when Asterisk does not know it). */
    static String caller(AgiRequest request) {
        String id = request.getCallerIdNumber();
        return id == null || id.isBlank() || "unknown".equalsIgnoreCase(id) ? null : id.length() > 64 ? id.substring(0, 64) : id;
    }
}
