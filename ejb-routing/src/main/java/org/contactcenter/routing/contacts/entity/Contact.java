package org.contactcenter.routing.contacts.entity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.contactcenter.routing.platform.Ids;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;

/** A contact and where it is in routing. Its state only moves forward, through the domain verbs below. */
@Entity
@Table(name = "cc_contact")
@NamedQuery(name = Contact.IN_STATES, query = "select c from Contact c where c.state in :states order by c.enqueuedAt, c.id")
@NamedQuery(name = Contact.OPEN_IN_QUEUE, query = "select count(c) from Contact c where c.queueId = :queueId and c.state <> :ended")
@NamedQuery(name = Contact.OPEN_OF_AGENT, query = "select count(c) from Contact c where c.agentId = :agentId and c.state <> :ended")
public class Contact {
    public static final String OPEN_OF_AGENT = "Contact.openOfAgent";
    public static final String IN_STATES = "Contact.inStates";
    public static final String OPEN_IN_QUEUE = "Contact.openInQueue";

    @Id
    @Column(length = 36)
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "initiation_method", nullable = false, length = 20)
    private InitiationMethod initiationMethod;
    /** null for a contact that ended in its flow without being queued */
    @Column(name = "queue_id", length = 36)
    private String queueId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactState state;
    @Column(nullable = false)
    private int priority;
    @Column(name = "initiated_at", nullable = false)
    private OffsetDateTime initiatedAt;
    @Column(name = "enqueued_at", nullable = false)
    private OffsetDateTime enqueuedAt;
    @Column(name = "agent_id", length = 36)
    private String agentId;
    @Column(name = "connected_to_agent_at")
    private OffsetDateTime connectedToAgentAt;
    @Column(name = "acw_started_at")
    private OffsetDateTime acwStartedAt;
    @Column(name = "disconnected_at")
    private OffsetDateTime disconnectedAt;
    @Column(name = "disconnect_reason", length = 255)
    private String disconnectReason;
    /** Amazon Connect's RoutingCriteria JSON ({"Steps": [...]}); null: none */
    @Column(name = "routing_criteria", length = 8000)
    private String routingCriteria;
    @Column(name = "criteria_since")
    private OffsetDateTime criteriaSince;
    @Column(name = "initial_contact_id", length = 36)
    private String initialContactId;
    @Column(name = "previous_contact_id", length = 36)
    private String previousContactId;
    @Column(name = "next_contact_id", length = 36)
    private String nextContactId;
    @Column(name = "transfer_completed_at")
    private OffsetDateTime transferCompletedAt;
    @Column(name = "customer_endpoint", length = 64)
    private String customerEndpoint;
    @Column(name = "on_hold_since")
    private OffsetDateTime onHoldSince;
    @Column(name = "hold_count", nullable = false)
    private int holdCount;
    @Column(name = "hold_millis", nullable = false)
    private long holdMillis;
    @Column(name = "longest_hold_millis", nullable = false)
    private long longestHoldMillis;
    @Column(name = "connected_to_system_at")
    private OffsetDateTime connectedToSystemAt;
    @Column(name = "system_endpoint", length = 64)
    private String systemEndpoint;
    @Column(name = "flow_id", length = 36)
    private String flowId;
    @Column(name = "flow_version")
    private Integer flowVersion;
    @Column(name = "dequeued_at")
    private OffsetDateTime dequeuedAt;
    @Column(name = "acw_ended_at")
    private OffsetDateTime acwEndedAt;
    @Column(name = "agent_profile_id", length = 36)
    private String agentProfileId;
    @Column(name = "offer_count", nullable = false)
    private int offerCount;
    @Column(name = "missed_count", nullable = false)
    private int missedCount;
    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;
    @Column(name = "transferred_to_endpoint", length = 64)
    private String transferredToEndpoint;
    @Column(name = "last_updated_at")
    private OffsetDateTime lastUpdatedAt;
    @Embedded
    private Recording recording;
    @Embedded
    private ThirdParty thirdParty;
    @Column(name = "transcript_location", length = 1024)
    private String transcriptLocation;
    @Column(name = "transcript_status", length = 12)
    private String transcriptStatus;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cc_contact_attribute", joinColumns = @JoinColumn(name = "contact_id"))
    @MapKeyColumn(name = "name", length = 128)
    @Column(name = "attribute_value", length = 1024)
    private Map<String, String> attributes = new HashMap<>();
    @Version
    private long version;
    /** Attributes set after the contact was stored ({@link #annotated}), until the journal has written them. */
    @jakarta.persistence.Transient
    private Map<String, String> annotations;

    protected Contact() {
    }

    /** A new contact waiting in a queue. */
    public Contact(Channel channel, InitiationMethod method, String queueId, Map<String, String> attributes, int priority, OffsetDateTime now) {
        this(Ids.next(), channel, method, queueId, attributes, priority, now);
    }

    /** A contact that already has its id (a flow gave it one when it arrived) and now waits in a queue. */
    public Contact(String id, Channel channel, InitiationMethod method, String queueId, Map<String, String> attributes, int priority, OffsetDateTime now) {
        this.id = id;
        this.channel = channel;
        this.initiationMethod = method;
        this.queueId = queueId;
        this.attributes = new HashMap<>(attributes);
        this.priority = priority;
        this.initiatedAt = now;
        this.enqueuedAt = now;
        this.state = ContactState.WAITING;
        this.connectedToSystemAt = now;
    }

    /**
     * A contact that ended in its flow and was never queued (self-service, out of hours, the customer left, sent on
     * to a phone number): its record, with no queue and no enqueue time.
     */
    public static Contact endedInFlow(String id, Channel channel, InitiationMethod method, Map<String, String> attributes, ContactOrigin origin,
                                      String reason, String transferredTo, OffsetDateTime now) {
        Contact c = new Contact(id, channel, method, null, attributes, 0, now);
        c.enqueuedAt = null;
        c.origin(origin);
        c.state = ContactState.ENDED;
        c.disconnectedAt = now;
        c.disconnectReason = reason;
        c.transferredToEndpoint = transferredTo;
        return c;
    }

    /** A detached copy (the routing engine's live model hands copies to its journal). */
    public Contact(Contact other) {
        this.id = other.id;
        this.channel = other.channel;
        this.initiationMethod = other.initiationMethod;
        this.queueId = other.queueId;
        this.initiatedAt = other.initiatedAt;
        this.enqueuedAt = other.enqueuedAt;
        this.attributes = new HashMap<>(other.attributes);
        this.annotations = other.annotations == null ? null : new HashMap<>(other.annotations);
        this.initialContactId = other.initialContactId;
        this.previousContactId = other.previousContactId;
        this.customerEndpoint = other.customerEndpoint;
        this.connectedToSystemAt = other.connectedToSystemAt;
        this.systemEndpoint = other.systemEndpoint;
        this.flowId = other.flowId;
        this.flowVersion = other.flowVersion;
        copyFrom(other);
    }

    /** Takes what routing may change from another copy of this contact. */
    public final void copyFrom(Contact other) {
        this.state = other.state;
        this.priority = other.priority;
        this.agentId = other.agentId;
        this.connectedToAgentAt = other.connectedToAgentAt;
        this.acwStartedAt = other.acwStartedAt;
        this.disconnectedAt = other.disconnectedAt;
        this.disconnectReason = other.disconnectReason;
        this.routingCriteria = other.routingCriteria;
        this.criteriaSince = other.criteriaSince;
        this.nextContactId = other.nextContactId;
        this.transferCompletedAt = other.transferCompletedAt;
        this.onHoldSince = other.onHoldSince;
        this.holdCount = other.holdCount;
        this.holdMillis = other.holdMillis;
        this.longestHoldMillis = other.longestHoldMillis;
        this.dequeuedAt = other.dequeuedAt;
        this.acwEndedAt = other.acwEndedAt;
        this.agentProfileId = other.agentProfileId;
        this.offerCount = other.offerCount;
        this.missedCount = other.missedCount;
        this.rejectedCount = other.rejectedCount;
        this.transferredToEndpoint = other.transferredToEndpoint;
        this.lastUpdatedAt = other.lastUpdatedAt;
        this.recording = other.recording;
        this.transcriptLocation = other.transcriptLocation;
        this.transcriptStatus = other.transcriptStatus;
    }

    /** A contact that continues another (a transfer): the chain's first contact and the one before. */
    public void continues(Contact previous) {
        this.previousContactId = previous.id;
        this.initialContactId = previous.initialContactId == null ? previous.id : previous.initialContactId;
        this.customerEndpoint = previous.customerEndpoint;
        this.systemEndpoint = previous.systemEndpoint;
    }

    /**
     * Where the contact came from before it was queued: when it reached the center (a flow started for it), the
     * customer's and the center's endpoints, the flow and version that queued it. Null values keep what it has.
     */
    public void origin(ContactOrigin origin) {
        if (origin == null) {
            return;
        }
        if (origin.connectedToSystemAt() != null && origin.connectedToSystemAt().isBefore(initiatedAt)) {
            this.initiatedAt = origin.connectedToSystemAt();
            this.connectedToSystemAt = origin.connectedToSystemAt();
        }
        if (origin.customerEndpoint() != null) {
            this.customerEndpoint = origin.customerEndpoint();
        }
        if (origin.systemEndpoint() != null) {
            this.systemEndpoint = origin.systemEndpoint();
        }
        this.flowId = origin.flowId();
        this.flowVersion = origin.flowVersion();
    }

    /** The customer's address: the number an outbound contact dials, the caller of a call. */
    public void customerEndpoint(String endpoint) {
        this.customerEndpoint = endpoint;
    }

    /** The agent transferred the contact to {@code next}: its agent leg ends, after-contact work starts. */
    public void transferredTo(String next, String endpoint, OffsetDateTime now) {
        resumed(now);
        this.transferredToEndpoint = endpoint;
        this.nextContactId = next;
        this.transferCompletedAt = now;
        this.disconnectReason = "TRANSFERRED";
        ended(now);
    }

    /** The agent put the customer on hold. */
    public void held(OffsetDateTime now) {
        if (onHoldSince == null) {
            onHoldSince = now;
            holdCount++;
        }
    }

    /** The hold (if any) is over: its duration counts. */
    public void resumed(OffsetDateTime now) {
        if (onHoldSince != null) {
            long millis = Math.max(0, java.time.Duration.between(onHoldSince, now).toMillis());
            holdMillis += millis;
            longestHoldMillis = Math.max(longestHoldMillis, millis);
            onHoldSince = null;
        }
    }

    public boolean onHold() {
        return onHoldSince != null;
    }

    public OffsetDateTime onHoldSince() {
        return onHoldSince;
    }

    public int holdCount() {
        return holdCount;
    }

    public long holdMillis() {
        return holdMillis;
    }

    public long longestHoldMillis() {
        return longestHoldMillis;
    }

    public String initialContactId() {
        return initialContactId;
    }

    public String previousContactId() {
        return previousContactId;
    }

    public String nextContactId() {
        return nextContactId;
    }

    public OffsetDateTime transferCompletedAt() {
        return transferCompletedAt;
    }

    public String customerEndpoint() {
        return customerEndpoint;
    }

    /** Routing criteria (Connect's JSON) in effect from {@code since}; null removes them. */
    public void routingCriteria(String json, OffsetDateTime since) {
        this.routingCriteria = json;
        this.criteriaSince = json == null ? null : since;
    }

    public String routingCriteria() {
        return routingCriteria;
    }

    public OffsetDateTime criteriaSince() {
        return criteriaSince;
    }

    public void offeredTo(String agent) {
        this.state = ContactState.OFFERED;
        this.agentId = agent;
        this.offerCount++;
    }

    /** The offer went unanswered in time (the agent is Missed): back to its place. */
    public void missed() {
        missedCount++;
        requeued();
    }

    /** The agent rejected the offer: back to its place. */
    public void rejected() {
        rejectedCount++;
        requeued();
    }

    /** Back to the queue (rejected or missed offer, or a restart): same enqueue time, so the same place. */
    public void requeued() {
        this.state = ContactState.WAITING;
        this.agentId = null;
    }

    /** Connected to its agent, of routing profile {@code profileId} (an agent's profile may change later). */
    public void connected(OffsetDateTime now, String profileId) {
        this.state = ContactState.CONNECTED;
        this.connectedToAgentAt = now;
        this.agentProfileId = profileId;
        dequeued(now);
    }

    private void dequeued(OffsetDateTime now) {
        if (dequeuedAt == null) {
            dequeuedAt = now;
        }
    }

    public void ended(OffsetDateTime now) {
        resumed(now);
        this.state = ContactState.AFTER_CONTACT_WORK;
        this.acwStartedAt = now;
        this.disconnectedAt = now;
    }

    /** The customer left before an agent answered (abandoned). */
    public void abandoned(OffsetDateTime now) {
        this.state = ContactState.ENDED;
        this.disconnectedAt = now;
        this.agentId = null;
        dequeued(now);
    }

    /** The contact the customer continues as without an agent's transfer (the callback it chose while waiting). */
    public void nextContactId(String next) {
        this.nextContactId = next;
    }

    public void closed(OffsetDateTime now) {
        if (disconnectedAt == null) {
            disconnectedAt = now;
        }
        if (acwStartedAt != null && acwEndedAt == null) {
            acwEndedAt = now;
        }
        dequeued(now);
        this.state = ContactState.ENDED;
    }

    /** An attribute set after the fact (the agent's after-contact note); the record carries it from its next write. */
    public void annotated(String name, String value) {
        attributes.put(name, value);
        if (annotations == null) {
            annotations = new HashMap<>();
        }
        annotations.put(name, value);
    }

    /** The attributes set since the journal last took this contact ({@link #annotated}): the next write adds them. */
    public Map<String, String> annotations() {
        return annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    /** The journal has taken a copy with the annotations: later writes need not repeat them. */
    public void annotationsTaken() {
        annotations = null;
    }

    /** The record changed at {@code now} (the journal's write): never earlier than the previous change. */
    public void touched(OffsetDateTime now) {
        this.lastUpdatedAt = lastUpdatedAt != null && !now.isAfter(lastUpdatedAt) ? lastUpdatedAt.plusNanos(1000) : now;
    }

    /** The recording of the contact: where it is, its status; null: none. */
    public void recording(Recording recording) {
        this.recording = recording;
    }

    public Recording recording() {
        return recording;
    }

    /** The external party of a consult or conference on this call; null when there is none. */
    public ThirdParty thirdParty() {
        return thirdParty == null || thirdParty.state() == null ? null : thirdParty;
    }

    public void thirdParty(ThirdParty thirdParty) {
        this.thirdParty = thirdParty;
    }

    /**
     * Where a chat's stored transcript is and its status (AVAILABLE, DELETED by retention), written once the chat and
     * its contact have ended; both null: not stored yet.
     */
    public void transcript(String location, String status) {
        this.transcriptLocation = location;
        this.transcriptStatus = status;
    }

    public String transcriptStatus() {
        return transcriptStatus;
    }

    public String transcriptLocation() {
        return transcriptLocation;
    }

    public OffsetDateTime lastUpdatedAt() {
        return lastUpdatedAt;
    }

    public OffsetDateTime connectedToSystemAt() {
        return connectedToSystemAt == null ? initiatedAt : connectedToSystemAt;
    }

    public String systemEndpoint() {
        return systemEndpoint;
    }

    public String flowId() {
        return flowId;
    }

    public Integer flowVersion() {
        return flowVersion;
    }

    public OffsetDateTime dequeuedAt() {
        return dequeuedAt;
    }

    public OffsetDateTime acwEndedAt() {
        return acwEndedAt;
    }

    public String agentProfileId() {
        return agentProfileId;
    }

    public int offerCount() {
        return offerCount;
    }

    public int missedCount() {
        return missedCount;
    }

    public int rejectedCount() {
        return rejectedCount;
    }

    public String transferredToEndpoint() {
        return transferredToEndpoint;
    }

    /** Milliseconds in the queue (enqueue to dequeue); null while it waits. */
    public Long queueMillis() {
        return dequeuedAt == null ? null : Math.max(0, java.time.Duration.between(enqueuedAt, dequeuedAt).toMillis());
    }

    /** Milliseconds the agent interacted with the customer (connected to ACW, holds excluded); null until the agent leg ends. */
    public Long interactionMillis() {
        return connectedToAgentAt == null || acwStartedAt == null ? null
                : Math.max(0, java.time.Duration.between(connectedToAgentAt, acwStartedAt).toMillis() - holdMillis);
    }

    /** Milliseconds of after-contact work; null until it is over. */
    public Long acwMillis() {
        return acwStartedAt == null || acwEndedAt == null ? null : Math.max(0, java.time.Duration.between(acwStartedAt, acwEndedAt).toMillis());
    }

    public String id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public InitiationMethod initiationMethod() {
        return initiationMethod;
    }

    public String queueId() {
        return queueId;
    }

    public ContactState state() {
        return state;
    }

    public int priority() {
        return priority;
    }

    public void prioritized(int priority) {
        this.priority = priority;
    }

    public OffsetDateTime initiatedAt() {
        return initiatedAt;
    }

    public OffsetDateTime enqueuedAt() {
        return enqueuedAt;
    }

    public String agentId() {
        return agentId;
    }

    public OffsetDateTime connectedToAgentAt() {
        return connectedToAgentAt;
    }

    public OffsetDateTime acwStartedAt() {
        return acwStartedAt;
    }

    /** Why the contact was ended by someone else than its agent (a supervisor: "SUPERVISOR: …"); null otherwise. */
    public String disconnectReason() {
        return disconnectReason;
    }

    public void disconnectReason(String reason) {
        this.disconnectReason = reason;
    }

    public OffsetDateTime disconnectedAt() {
        return disconnectedAt;
    }

    public Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }
}
