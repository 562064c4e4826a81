package org.contactcenter.routing.records.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.contactcenter.routing.contacts.entity.Contact;

/**
 * The records' outbox: every contact the routing journal writes is put here, rendered, in the journal's transaction,
 * so a record is streamed if and only if it is stored. Numbered in commit order: the journal has one writer, and it
 * is the only one that calls {@link #add}; the numbering goes on from the highest number ever used (the outbox's or a
 * sink's), so a purged outbox never reuses a number a sink has passed; a batch that rolls back leaves a gap.
 */
@ApplicationScoped
public class RecordOutbox {
    static final String INSERT = "insert into cc_record_outbox (seq, contact_id, last_updated_at, payload) values (?, ?, ?, ?)";

    @Inject
    RecordNames names;

    private long last = -1;

    /** Puts the records of these contacts (as the journal writes them) in the outbox, on the journal's connection. */
    public synchronized void add(Connection connection, Collection<Contact> contacts) throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        long seq = last >= 0 ? last : highest(connection);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Contact c : contacts) {
                insert.setLong(1, ++seq);
                insert.setString(2, c.id());
                insert.setObject(3, c.lastUpdatedAt());
                insert.setString(4, RecordJson.render(c, names).toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        last = seq; // a batch that rolls back leaves a gap in the numbers, which readers skip
    }

    private static long highest(Connection connection) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "select coalesce(max(seq), 0) from cc_record_outbox union all select coalesce(max(delivered_seq), 0) from cc_record_sink");
                ResultSet rs = q.executeQuery()) {
            long max = 0;
            while (rs.next()) {
                max = Math.max(max, rs.getLong(1));
            }
            return max;
        }
    }
}
