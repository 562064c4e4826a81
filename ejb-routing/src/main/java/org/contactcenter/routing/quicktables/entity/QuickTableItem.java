package org.contactcenter.routing.quicktables.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One item of a quick table: its key, its value (a JSON object as text) and when it was last written. */
@Entity
@Table(name = "cc_quick_table_item")
@NamedQuery(name = QuickTableItem.OF_TABLE, query = "select i from QuickTableItem i where i.id.tableId = :tableId order by i.id.key")
@NamedQuery(name = QuickTableItem.DELETE_OF_TABLE, query = "delete from QuickTableItem i where i.id.tableId = :tableId")
public class QuickTableItem {
    public static final String OF_TABLE = "QuickTableItem.ofTable";
    public static final String DELETE_OF_TABLE = "QuickTableItem.deleteOfTable";
    public static final int MAX_KEY = 256;

    /** (table, key). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "table_id", length = 36)
        private String tableId;
        @Column(name = "item_key", length = MAX_KEY)
        private String key;

        protected Key() {
        }

        public Key(String tableId, String key) {
            this.tableId = tableId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.tableId.equals(tableId) && k.key.equals(key);
        }

        @Override
        public int hashCode() {
            return tableId.hashCode() * 31 + key.hashCode();
        }
    }

    @EmbeddedId
    private Key id;
    @Lob
    @Column(name = "item_value", nullable = false)
    private String value;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected QuickTableItem() {
    }

    public QuickTableItem(String tableId, String key, String value, OffsetDateTime now) {
        this.id = new Key(tableId, key);
        write(value, now);
    }

    public final void write(String value, OffsetDateTime now) {
        this.value = value;
        this.updatedAt = now;
    }

    public String key() {
        return id.key;
    }

    public String value() {
        return value;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
