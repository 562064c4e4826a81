package org.contactcenter.routing.queues.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.platform.NamedEntity;

/**
 * A queue. A standard queue has hours of operation and may cap the contacts waiting in it; an agent queue belongs
 * to one agent (its {@code agentUserId}), has no hours and no cap.
 */
@Entity
@Table(name = "cc_queue")
@NamedQuery(name = Queue.ALL, query = "select q from Queue q order by q.type desc, q.name")
@NamedQuery(name = Queue.BY_NAME, query = "select q from Queue q where q.name = :name")
@NamedQuery(name = Queue.BY_HOURS, query = "select q from Queue q where q.hoursOfOperation = :hours order by q.name")
@NamedQuery(name = Queue.BY_AGENT, query = "select q from Queue q where q.agentUserId = :userId")
@NamedQuery(name = Queue.BY_OUTBOUND_WHISPER, query = "select q from Queue q where q.outboundWhisperFlowId = :flowId order by q.name")
public class Queue extends NamedEntity {
    public static final String ALL = "Queue.all";
    public static final String BY_NAME = "Queue.byName";
    public static final String BY_HOURS = "Queue.byHours";
    public static final String BY_AGENT = "Queue.byAgent";
    public static final String BY_OUTBOUND_WHISPER = "Queue.byOutboundWhisper";
    public static final String AGENT_QUEUE_PREFIX = "agent:";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QueueType type;
    @ManyToOne
    @JoinColumn(name = "hours_id")
    private HoursOfOperation hoursOfOperation;
    @Column(name = "max_contacts")
    private Integer maxContacts;
    @Column(name = "agent_user_id", length = 36, unique = true)
    private String agentUserId;
    @Column(name = "outbound_caller_id_name", length = 255)
    private String outboundCallerIdName;
    @Column(name = "outbound_caller_id_number", length = 16)
    private String outboundCallerIdNumber;
    @Column(name = "outbound_whisper_flow_id", length = 36)
    private String outboundWhisperFlowId;

    protected Queue() {
    }

    private Queue(QueueType type) {
        super(true);
        this.type = type;
    }

    public static Queue standard(String name, String description, HoursOfOperation hours, Integer maxContacts) {
        Queue queue = new Queue(QueueType.STANDARD);
        queue.change(name, description, hours, maxContacts);
        return queue;
    }

    /** The agent queue of a user: named "agent:USERNAME", highest priority and zero delay for that agent. */
    public static Queue agentQueue(String userId, String username) {
        Queue queue = new Queue(QueueType.AGENT);
        queue.agentUserId = Objects.requireNonNull(userId);
        queue.named(AGENT_QUEUE_PREFIX + username, "Agent queue of " + username);
        return queue;
    }

    public final void change(String name, String description, HoursOfOperation hours, Integer maxContacts) {
        if (type != QueueType.STANDARD) {
            throw new IllegalStateException("agent queues change only with their agent");
        }
        if (hours == null || name == null || (maxContacts != null && maxContacts < 1)) {
            throw new IllegalArgumentException("a standard queue needs a name, hours of operation and maxContacts >= 1");
        }
        named(name, description);
        this.hoursOfOperation = hours;
        this.maxContacts = maxContacts;
    }

    /** The caller id that outbound calls of this queue present (Amazon Connect's OutboundCallerConfig); null: the trunk's. */
    public void outboundCaller(String name, String number) {
        this.outboundCallerIdName = name;
        this.outboundCallerIdNumber = number;
    }

    /** The OUTBOUND_WHISPER flow its outbound calls play to the customer once answered (Connect's OutboundFlowId); null: none. */
    public void outboundWhisperFlow(String flowId) {
        this.outboundWhisperFlowId = flowId;
    }

    public String outboundWhisperFlowId() {
        return outboundWhisperFlowId;
    }

    public String outboundCallerIdName() {
        return outboundCallerIdName;
    }

    public String outboundCallerIdNumber() {
        return outboundCallerIdNumber;
    }

    /** Follows a rename of the owning agent. */
    public void renameAgent(String username) {
        if (type == QueueType.AGENT) {
            named(AGENT_QUEUE_PREFIX + username, "Agent queue of " + username);
        }
    }

    public QueueType type() {
        return type;
    }

    public HoursOfOperation hoursOfOperation() {
        return hoursOfOperation;
    }

    public Integer maxContacts() {
        return maxContacts;
    }

    public String agentUserId() {
        return agentUserId;
    }
}
