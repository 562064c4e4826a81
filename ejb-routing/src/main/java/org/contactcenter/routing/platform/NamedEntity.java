package org.contactcenter.routing.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every named configuration entity has: a UUID id assigned at creation, a unique name, a description and an
 * optimistic-lock version. (Column lengths here are documentation: the schema is Flyway's.)
 */
@MappedSuperclass
public abstract class NamedEntity {
    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, unique = true, length = 140)
    private String name;
    @Column(length = 250)
    private String description;
    @Version
    private long version;

    /** For JPA. */
    protected NamedEntity() {
    }

    /** A new entity with a fresh id. */
    protected NamedEntity(boolean fresh) {
        this.id = fresh ? Ids.next() : null;
    }

    protected final void named(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
