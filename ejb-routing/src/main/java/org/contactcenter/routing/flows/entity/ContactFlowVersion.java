package org.contactcenter.routing.flows.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An immutable published version of a flow: the document as it was published, numbered 1, 2, … per flow. */
@Entity
@Table(name = "cc_contact_flow_version")
@NamedQuery(name = ContactFlowVersion.OF_FLOW, query = "select v from ContactFlowVersion v where v.id.flowId = :flowId order by v.id.number desc")
@NamedQuery(name = ContactFlowVersion.DELETE_OF_FLOW, query = "delete from ContactFlowVersion v where v.id.flowId = :flowId")
@NamedQuery(name = ContactFlowVersion.MENTIONING, query = "select v from ContactFlowVersion v where v.content like :pattern")
public class ContactFlowVersion {
    public static final String OF_FLOW = "ContactFlowVersion.ofFlow";
    public static final String DELETE_OF_FLOW = "ContactFlowVersion.deleteOfFlow";
    public static final String MENTIONING = "ContactFlowVersion.mentioning";

    /** (flow, number). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "flow_id", length = 36)
        private String flowId;
        @Column(name = "version_number")
        private int number;

        protected Key() {
        }

        public Key(String flowId, int number) {
            this.flowId = flowId;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.flowId.equals(flowId) && k.number == number;
        }

        @Override
        public int hashCode() {
            return flowId.hashCode() * 31 + number;
        }
    }

    @EmbeddedId
    private Key id;
    @Lob
    @Column(nullable = false)
    private String content;
    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;
    @Column(name = "published_by", length = 64)
    private String publishedBy;

    protected ContactFlowVersion() {
    }

    public ContactFlowVersion(String flowId, int number, String content, OffsetDateTime publishedAt, String publishedBy) {
        this.id = new Key(flowId, number);
        this.content = content;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public String flowId() {
        return id.flowId;
    }

    public int number() {
        return id.number;
    }

    public String content() {
        return content;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
