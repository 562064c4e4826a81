package org.contactcenter.ivr.ami.boundary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.asteriskjava.manager.action.OriginateAction;
import org.contactcenter.ivr.agi.boundary.VoiceChannels;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.recordings.boundary.AuditLog;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;

/**
 * A supervisor listens to a live call (Amazon Connect's MonitorContact): the center rings the supervisor's own phone
 * ({@code phoneEndpoint}) with an {@code Originate} into Asterisk's {@code ChanSpy} on the call's channel — options
 * {@code q} (no announcement of the spied channel) and {@code E} (leave when the call ends); {@code BARGE} adds
 * {@code B}, so the supervisor talks to both sides. Every start is in the audit trail ({@code CONTACT_MONITORED}).
 */
@ApplicationScoped
public class Monitoring {
    public static final String CONTACT_MONITORED = "CONTACT_MONITORED";

    /** What the supervisor may do: listen only, or listen and talk to both parties. */
    public enum Capability {
        SILENT_MONITOR, BARGE
    }

    /** A monitoring session started: the supervisor's phone rings as {@code channelId}. */
    public record Started(String contactId, Capability capability, String endpoint, String channelId) {
    }

    @Inject
    AmiActions ami;
    @Inject
    VoiceChannels channels;
    @Inject
    AgentLegs legs;
    @EJB
    RoutingEngine routing;
    @Inject
    AuditLog audit;

    public Started monitor(String contactId, String supervisorId, String supervisorName, Capability capability, String remoteAddress) {
        ContactData contact = routing.contact(contactId); // 404 for an unknown contact
        if (contact.channel != Channel.VOICE || (contact.state != ContactState.CONNECTED && contact.state != ContactState.CONNECTED_ONHOLD)) {
            throw new Conflict("contactId", "only a call connected to an agent can be monitored; contact " + contactId + " is a "
                    + contact.channel + " contact, " + contact.state, List.of());
        }
        Optional<VoiceChannels.Call> call = channels.call(contactId);
        String spied = call.map(c -> c.caller() != null ? c.caller() : c.agent()).orElse(null);
        if (spied == null) {
            throw new Conflict("contactId", "call " + contactId + " is not played by this node (no Asterisk channel known here)", List.of());
        }
        String dial = legs.dialString(supervisorId)
                .orElseThrow(() -> new Conflict("phoneEndpoint", "give yourself a phone endpoint (phoneEndpoint) to listen on", List.of()));
        OriginateAction originate = new OriginateAction();
        originate.setChannel(dial);
        originate.setApplication("ChanSpy");
        originate.setData(spied + "," + (capability == Capability.BARGE ? "qEB" : "qE"));
        originate.setTimeout(30_000L);
        originate.setAsync(true);
        originate.setChannelId("cc-" + UUID.randomUUID());
        originate.setCallerId(AgentLegs.display(capability == Capability.BARGE ? "Barge" : "Monitor", contact.customerEndpoint));
        if (!ami.up()) {
            throw new Conflict(null, "telephony control is not connected (AMI is down or not configured): see /health", List.of());
        }
        // audited before the supervisor's phone rings, as a recording's download is before its first byte
        audit.record(supervisorName, CONTACT_MONITORED, contactId, capability.name() + " on " + dial, remoteAddress);
        ami.send(originate, "ring supervisor " + supervisorName + " to monitor call " + contactId);
        return new Started(contactId, capability, dial, originate.getChannelId());
    }
}
