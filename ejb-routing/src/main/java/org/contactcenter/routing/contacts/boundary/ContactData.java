package org.contactcenter.routing.contacts.boundary;

import java.time.OffsetDateTime;
import java.util.Map;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a contact as routing sees it. */
public class ContactData {
    @Schema(description = "Contact id")
    public String id;
    public Channel channel;
    public InitiationMethod initiationMethod;
    public String queueId;
    @Schema(description = "WAITING, OFFERED, CONNECTED, CONNECTED_ONHOLD (a call on hold), AFTER_CONTACT_WORK or ENDED")
    public ContactState state;
    public int priority;
    public OffsetDateTime initiatedAt;
    public OffsetDateTime enqueuedAt;
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Why someone else than its agent ended it (a supervisor's end): \"SUPERVISOR <username>: <reason>\"")
    public String disconnectReason;
    @Schema(description = "The agent (user id) it is offered or connected to")
    public String agentId;
    public OffsetDateTime connectedToAgentAt;
    public OffsetDateTime disconnectedAt;
    public Map<String, String> attributes;
    @Schema(description = "Routing criteria (Amazon Connect's RoutingCriteria), in effect since routingCriteriaSince; null: none")
    public org.contactcenter.routing.engine.boundary.RoutingCriteriaData routingCriteria;
    public OffsetDateTime routingCriteriaSince;
    @Schema(description = "The first contact of its transfer chain (absent for the first itself)")
    public String initialContactId;
    @Schema(description = "The contact it continues (a transfer)")
    public String previousContactId;
    @Schema(description = "The contact the customer continued as when its agent transferred it")
    public String nextContactId;
    public OffsetDateTime transferCompletedAt;
    @Schema(description = "The customer's address: the number an outbound contact dials")
    public String customerEndpoint;
    @Schema(description = "Times the customer was put on hold, total and longest hold in ms; onHoldSince while on hold (state CONNECTED_ONHOLD)")
    public int holdCount;
    public long holdDurationMillis;
    public long longestHoldDurationMillis;
    public OffsetDateTime onHoldSince;
    /** A consult or conference with an external number: the number, CONSULTING or CONFERENCED, since when; null without one. */
    public String thirdPartyNumber;
    public String thirdPartyState;
    public OffsetDateTime thirdPartySince;

    public ContactData() {
    }

    public static ContactData of(Contact c) {
        ContactData d = new ContactData();
        d.id = c.id();
        d.channel = c.channel();
        d.initiationMethod = c.initiationMethod();
        d.queueId = c.queueId();
        d.state = c.state();
        d.priority = c.priority();
        d.initiatedAt = c.initiatedAt();
        d.enqueuedAt = c.enqueuedAt();
        d.disconnectReason = c.disconnectReason();
        d.agentId = c.agentId();
        d.connectedToAgentAt = c.connectedToAgentAt();
        d.disconnectedAt = c.disconnectedAt();
        d.attributes = c.attributes();
        d.initialContactId = c.initialContactId();
        d.previousContactId = c.previousContactId();
        d.nextContactId = c.nextContactId();
        d.transferCompletedAt = c.transferCompletedAt();
        d.customerEndpoint = c.customerEndpoint();
        d.holdCount = c.holdCount();
        d.holdDurationMillis = c.holdMillis();
        d.longestHoldDurationMillis = c.longestHoldMillis();
        d.onHoldSince = c.onHoldSince();
        if (c.thirdParty() != null) {
            d.thirdPartyNumber = c.thirdParty().phoneNumber();
            d.thirdPartyState = c.thirdParty().state();
            d.thirdPartySince = c.thirdParty().since();
        }
        if (c.onHold() && c.state() == ContactState.CONNECTED) {
            d.state = ContactState.CONNECTED_ONHOLD;
        }
        if (c.routingCriteria() != null) {
            d.routingCriteria = org.contactcenter.routing.engine.boundary.RoutingCriteriaData.stored(c.routingCriteria());
            d.routingCriteriaSince = c.criteriaSince();
        }
        return d;
    }
}
