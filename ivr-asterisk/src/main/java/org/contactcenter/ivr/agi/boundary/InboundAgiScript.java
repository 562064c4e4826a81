package org.contactcenter.ivr.agi.boundary;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumberData;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumbers;

/**
 * {@code AGI(agi://HOST:4573/inbound)}: looks up the dialled number ({@code agi_dnid}, else {@code agi_extension})
 * among the center's phone numbers. A known number is answered and its inbound flow is handed to the dialplan in
 * the channel variables {@code CC_CONTACT_FLOW_ID} and {@code CC_PHONE_NUMBER}; an unknown number, or any failure,
 * ends in a clean HANGUP. Stateless: one instance serves every call.
 */
public class InboundAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(InboundAgiScript.class.getName());
    private final PhoneNumbers phoneNumbers;

    public InboundAgiScript(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
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
    }

    static String dialled(AgiRequest request) {
        String dnid = request.getDnid();
        if (dnid != null && !dnid.isBlank() && !"unknown".equalsIgnoreCase(dnid)) {
            return dnid;
        }
        return request.getExtension();
    }
}
