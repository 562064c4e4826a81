package org.contactcenter.routing.quicktables.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.contactcenter.routing.platform.Ids;

/** A named key/value table. */
@Entity
@Table(name = "cc_quick_table")
@NamedQuery(name = QuickTable.ALL, query = "select t from QuickTable t order by t.name")
@NamedQuery(name = QuickTable.BY_NAME, query = "select t from QuickTable t where t.name = :name")
public class QuickTable {
    public static final String ALL = "QuickTable.all";
    public static final String BY_NAME = "QuickTable.byName";

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, unique = true, length = 127)
    private String name;
    @Column(length = 250)
    private String description;
    @Version
    private long version;

    protected QuickTable() {
    }

    public QuickTable(String name, String description) {
        this.id = Ids.next();
        change(name, description);
    }

    public final void change(String name, String description) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a quick table needs a name");
        }
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
