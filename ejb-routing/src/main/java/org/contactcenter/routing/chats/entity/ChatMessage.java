package org.contactcenter.routing.chats.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One message of a chat, numbered per chat; stored as sent (escaping is the job of whatever shows it). */
@Entity
@Table(name = "cc_chat_message")
@NamedQuery(name = ChatMessage.OF_CHAT, query = "select m from ChatMessage m where m.id.chatId = :chatId and m.id.seq > :after order by m.id.seq")
@NamedQuery(name = ChatMessage.BY_CLIENT_IDS, query = "select m from ChatMessage m where m.id.chatId in :chatIds and m.clientId in :clientIds")
public class ChatMessage {
    public static final String OF_CHAT = "ChatMessage.ofChat";
    /** Messages of some chats with some client ids (pick the exact (chat, client id) pairs from the result). */
    public static final String BY_CLIENT_IDS = "ChatMessage.byClientIds";

    /** (chat, sequence number). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "chat_id", length = 36)
        private String chatId;
        @Column(name = "seq")
        private int seq;

        protected Key() {
        }

        public Key(String chatId, int seq) {
            this.chatId = chatId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.chatId.equals(chatId) && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return chatId.hashCode() * 31 + seq;
        }
    }

    @EmbeddedId
    private Key id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Participant participant;
    @Column(length = 128)
    private String sender;
    @Lob
    @Column(nullable = false)
    private String content;
    @Lob
    private String options;
    @Column(name = "option_labels")
    private String optionLabels;
    @Column(name = "client_id", length = 64)
    private String clientId;
    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected ChatMessage() {
    }

    public ChatMessage(String chatId, int seq, Participant participant, String sender, String content, String options, String clientId,
                       OffsetDateTime sentAt) {
        this.id = new Key(chatId, seq);
        this.participant = participant;
        this.sender = sender;
        this.content = content;
        this.options = options;
        this.clientId = clientId;
        this.sentAt = sentAt;
    }

    public String chatId() {
        return id.chatId;
    }

    public int seq() {
        return id.seq;
    }

    public Participant participant() {
        return participant;
    }

    public String sender() {
        return sender;
    }

    public String content() {
        return content;
    }

    /** Option buttons of a flow question, one per line; null otherwise. */
    /** The labels of the option buttons, one line each (null: the options are their own labels). */
    public String optionLabels() {
        return optionLabels;
    }

    public void optionLabels(String labels) {
        this.optionLabels = labels;
    }

    public String options() {
        return options;
    }

    public String clientId() {
        return clientId;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
