package org.contactcenter.routing.flows.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;

/** A contact flow: its type and its document, a JSON object in the flow language. */
@Entity
@Table(name = "cc_contact_flow")
@NamedQuery(name = ContactFlow.ALL, query = "select f from ContactFlow f order by f.name")
@NamedQuery(name = ContactFlow.BY_NAME, query = "select f from ContactFlow f where f.name = :name")
public class ContactFlow extends NamedEntity {
    public static final String ALL = "ContactFlow.all";
    public static final String BY_NAME = "ContactFlow.byName";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactFlowType type;
    @Lob
    @Column(nullable = false)
    private String content;

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

    public String content() {
        return content;
    }
}
