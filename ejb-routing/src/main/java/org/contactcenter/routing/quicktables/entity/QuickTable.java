package org.contactcenter.routing.quicktables.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;

/** A named key/value table. */
@Entity
@Table(name = "cc_quick_table")
@NamedQuery(name = QuickTable.ALL, query = "select t from QuickTable t order by t.name")
@NamedQuery(name = QuickTable.BY_NAME, query = "select t from QuickTable t where t.name = :name")
public class QuickTable extends NamedEntity {
    public static final String ALL = "QuickTable.all";
    public static final String BY_NAME = "QuickTable.byName";

    protected QuickTable() {
    }

    public QuickTable(String name, String description) {
        super(true);
        change(name, description);
    }

    public final void change(String name, String description) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a quick table needs a name");
        }
        named(name, description);
    }

}
