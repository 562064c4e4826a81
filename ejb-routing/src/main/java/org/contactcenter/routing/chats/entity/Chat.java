package org.contactcenter.routing.chats.entity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.contactcenter.routing.platform.Ids;

/** A customer's chat: its contact, its token's hash, who the customer is, and the next message number. */
@Entity
@Table(name = "cc_chat")
@NamedQuery(name = Chat.BY_TOKEN, query = "select c from Chat c where c.tokenHash = :hash")
@NamedQuery(name = Chat.NEWEST, query = "select c from Chat c order by c.startedAt desc, c.id desc")
@NamedQuery(name = Chat.NEWEST_IN_STATE, query = "select c from Chat c where c.state = :state order by c.startedAt desc, c.id desc")
@NamedQuery(name = Chat.BY_PREVIOUS, query = "select c from Chat c where c.previousChatId = :chatId")
@NamedQuery(name = Chat.BY_CONTACT, query = "select c from Chat c where c.contactId = :contactId")
@NamedQuery(name = Chat.BY_IDS, query = "select c from Chat c where c.id in :ids order by c.id")
@NamedQuery(name = Chat.ACTIVE, query = "select c from Chat c where c.state = org.contactcenter.routing.chats.entity.ChatState.ACTIVE")
public class Chat {
    public static final String BY_TOKEN = "Chat.byToken";
    public static final String BY_CONTACT = "Chat.byContact";
    public static final String BY_PREVIOUS = "Chat.byPrevious";
    public static final String NEWEST = "Chat.newest";
    public static final String NEWEST_IN_STATE = "Chat.newestInState";
    public static final String ACTIVE = "Chat.active";
    /** Chats by id, in id order (lock them with PESSIMISTIC_WRITE: always in the same order). */
    public static final String BY_IDS = "Chat.byIds";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "contact_id", nullable = false, length = 36)
    private String contactId;
    @Column(name = "previous_chat_id", length = 36)
    private String previousChatId;
    @Column(name = "flow_id", length = 36)
    private String flowId;
    @Column(name = "callback_contact_id", length = 36)
    private String callbackContactId;
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;
    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ChatState state;
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;
    @Column(name = "ended_at")
    private OffsetDateTime endedAt;
    @Column(name = "end_reason", length = 255)
    private String endReason;
    @Column(name = "last_customer_activity", nullable = false)
    private OffsetDateTime lastCustomerActivity;
    @Column(nullable = false, length = 8)
    private String language = "en";
    /** what the chat started with: its flow starts again with them if a crash lost its run */
    @ElementCollection
    @CollectionTable(name = "cc_chat_attribute", joinColumns = @JoinColumn(name = "chat_id"))
    @MapKeyColumn(name = "name", length = 128)
    @Column(name = "attribute_value", length = 1024)
    private Map<String, String> attributes = new HashMap<>();
    @Column(name = "next_sequence", nullable = false)
    private int nextSequence;
    @Version
    private long version;

    protected Chat() {
    }

    public Chat(String contactId, String previousChatId, String flowId, String tokenHash, String displayName, OffsetDateTime now) {
        this.id = Ids.next();
        this.flowId = flowId;
        this.contactId = contactId;
        this.previousChatId = previousChatId;
        this.tokenHash = tokenHash;
        this.displayName = displayName;
        this.state = ChatState.ACTIVE;
        this.startedAt = now;
        this.lastCustomerActivity = now;
        this.nextSequence = 1;
    }

    public void startAttributes(Map<String, String> values) {
        attributes = new HashMap<>(values);
    }

    public Map<String, String> startAttributes() {
        return Map.copyOf(attributes);
    }

    /** The language the center writes the chat's system messages in (en, ja). */
    public String language() {
        return language;
    }

    public void language(String language) {
        this.language = language;
    }

    /** The hash of the participant token (never the token). */
    public void token(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    /** A resumed chat numbers on from the chat it resumes: the whole history has one order (1, 2, … across sessions). */
    public void numberAfter(Chat previous) {
        this.nextSequence = Math.max(nextSequence, previous.nextSequence);
        this.language = previous.language;
    }

    /** The next message number (1, 2, …), taken. */
    public int takeSequence() {
        return nextSequence++;
    }

    /** The customer asked to be called back: the voice contact that will. */
    /** The agent transferred the chat's contact: the conversation continues as {@code next}. */
    public void continuedAs(String next) {
        this.contactId = next;
    }

    public void callbackRequested(String contactId) {
        this.callbackContactId = contactId;
    }

    public String callbackContactId() {
        return callbackContactId;
    }

    public void customerActive(OffsetDateTime now) {
        lastCustomerActivity = now;
    }

    public void ended(OffsetDateTime now, String reason) {
        if (state == ChatState.ACTIVE) {
            state = ChatState.ENDED;
            endedAt = now;
            endReason = reason;
        }
    }

    public String id() {
        return id;
    }

    public String contactId() {
        return contactId;
    }

    public String previousChatId() {
        return previousChatId;
    }

    /** The flow the chat entered by (a resumed chat enters by the same one). */
    public String flowId() {
        return flowId;
    }

    public String displayName() {
        return displayName;
    }

    public ChatState state() {
        return state;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public OffsetDateTime lastCustomerActivity() {
        return lastCustomerActivity;
    }
}
