package org.contactcenter.routing.flows.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;

/** A contact flow: its type, its draft document (a JSON object in the flow language) and the version contacts run. */
@Entity
@Table(name = "cc_contact_flow")
@NamedQuery(name = ContactFlow.ALL, query = "select f from ContactFlow f order by f.name")
@NamedQuery(name = ContactFlow.BY_NAME, query = "select f from ContactFlow f where f.name = :name")
@NamedQuery(name = ContactFlow.MENTIONING, query = "select f from ContactFlow f where f.content like :pattern order by f.name")
public class ContactFlow extends NamedEntity {
    public static final String ALL = "ContactFlow.all";
    public static final String BY_NAME = "ContactFlow.byName";
    public static final String MENTIONING = "ContactFlow.mentioning";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactFlowType type;
    @Lob
    @Column(nullable = false)
    private String content;
    @Column(name = "published_version")
    private Integer publishedVersion;

    protected ContactFlow() {
    }

    public ContactFlow(String name, String description, ContactFlowType type, String content) {
        super(true);
        this.type = type;
        change(name, description, content);
    }

    public final void change(String name, String description, String content) {
        if (name == null || content == null) {
            throw new IllegalArgumentException("a flow needs a name and content");
        }
        named(name, description);
        this.content = content;
    }

    public ContactFlowType type() {
        return type;
    }

    /** The draft: what the API edits. Contacts run {@link #publishedVersion()}. */
    public String content() {
        return content;
    }

    /** The version new contacts start on; null until the flow is first published. */
    public Integer publishedVersion() {
        return publishedVersion;
    }

    public void published(int version) {
        this.publishedVersion = version;
    }
}
