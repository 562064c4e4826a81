package org.contactcenter.routing.quickconnects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.platform.NamedEntity;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.users.entity.User;

/** A quick connect. Exactly the target of its type is set: a queue, a user, or a phone number. */
@Entity
@Table(name = "cc_quick_connect")
@NamedQuery(name = QuickConnect.ALL, query = "select c from QuickConnect c order by c.name")
@NamedQuery(name = QuickConnect.BY_NAME, query = "select c from QuickConnect c where c.name = :name")
@NamedQuery(name = QuickConnect.USING_QUEUE, query = "select c from QuickConnect c where c.queue = :queue order by c.name")
@NamedQuery(name = QuickConnect.USING_USER, query = "select c from QuickConnect c where c.user = :user order by c.name")
@NamedQuery(name = QuickConnect.USING_FLOW, query = "select c from QuickConnect c where c.contactFlow = :flow order by c.name")
public class QuickConnect extends NamedEntity {
    public static final String ALL = "QuickConnect.all";
    public static final String BY_NAME = "QuickConnect.byName";
    public static final String USING_QUEUE = "QuickConnect.usingQueue";
    public static final String USING_USER = "QuickConnect.usingUser";
    public static final String USING_FLOW = "QuickConnect.usingFlow";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuickConnectType type;
    @ManyToOne
    @JoinColumn(name = "queue_id")
    private Queue queue;
    @ManyToOne
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "phone_number", length = 16)
    private String phoneNumber;
    @ManyToOne
    @JoinColumn(name = "contact_flow_id")
    private ContactFlow contactFlow;

    protected QuickConnect() {
    }

    public QuickConnect(String name, String description, Target target) {
        super(true);
        change(name, description, target);
    }

    /** The destination: exactly one of queue, user or phone number, matching the type; an optional transfer flow. */
    public record Target(QuickConnectType type, Queue queue, User user, String phoneNumber, ContactFlow contactFlow) {
        public Target {
            boolean ok = switch (type) {
                case QUEUE -> queue != null && user == null && phoneNumber == null;
                case USER -> user != null && queue == null && phoneNumber == null;
                case PHONE_NUMBER -> phoneNumber != null && queue == null && user == null;
            };
            if (!ok) {
                throw new IllegalArgumentException("a " + type + " quick connect names exactly its own target");
            }
        }
    }

    public final void change(String name, String description, Target target) {
        named(name, description);
        this.type = target.type();
        this.queue = target.queue();
        this.user = target.user();
        this.phoneNumber = target.phoneNumber();
        this.contactFlow = target.contactFlow();
    }

    public QuickConnectType type() {
        return type;
    }

    public Queue queue() {
        return queue;
    }

    public User user() {
        return user;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public ContactFlow contactFlow() {
        return contactFlow;
    }
}
