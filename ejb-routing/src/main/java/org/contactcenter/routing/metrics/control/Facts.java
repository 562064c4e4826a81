package org.contactcenter.routing.metrics.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;

/** A contact record as the metrics read it: from a contact the journal wrote, or from a row of {@link #COLUMNS}. */
public final class Facts {
    /** The columns {@link #of(ResultSet, boolean)} reads, in order (cc_contact, alias c). */
    public static final String COLUMNS = "c.id, c.channel, c.queue_id, c.agent_id, c.agent_profile_id, c.enqueued_at, c.dequeued_at, "
            + "c.connected_to_agent_at, c.acw_started_at, c.acw_ended_at, c.disconnected_at, c.hold_millis, c.hold_count, c.missed_count, "
            + "c.initiation_method, c.next_contact_id, c.transferred_to_endpoint, c.state";

    private Facts() {
    }

    public static RecordFacts of(Contact c, boolean agentQueue) {
        return new RecordFacts(c.id(), c.channel(), c.queueId(), agentQueue, c.agentId(), c.agentProfileId(), millis(c.enqueuedAt()),
                ms(c.dequeuedAt()), ms(c.connectedToAgentAt()), ms(c.acwStartedAt()), ms(c.acwEndedAt()), ms(c.disconnectedAt()),
                c.holdMillis(), c.holdCount(), c.missedCount(), transferredIn(c.initiationMethod()),
                c.nextContactId() != null || c.transferredToEndpoint() != null, c.state() == ContactState.ENDED);
    }

    /**
     * Timestamps are read with {@code getTimestamp} (the instant, on H2 and PostgreSQL alike for {@code timestamp with time
     * zone}): the application server's result-set wrapper answers the JDBC 4.1 {@code getObject(int, Class)} by reflection on
     * every call, which was a third of a historical query over a million records (docs/PERFORMANCE.md).
     */
    public static RecordFacts of(ResultSet rs, boolean agentQueue) throws SQLException {
        return new RecordFacts(rs.getString(1), Channel.valueOf(rs.getString(2)), rs.getString(3), agentQueue, rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).getTime(), ms(rs.getTimestamp(7)), ms(rs.getTimestamp(8)), ms(rs.getTimestamp(9)), ms(rs.getTimestamp(10)),
                ms(rs.getTimestamp(11)), rs.getLong(12), rs.getInt(13), rs.getInt(14), transferredIn(InitiationMethod.valueOf(rs.getString(15))),
                rs.getString(16) != null || rs.getString(17) != null, ContactState.ENDED.name().equals(rs.getString(18)));
    }

    private static boolean transferredIn(InitiationMethod m) {
        return m == InitiationMethod.TRANSFER || m == InitiationMethod.QUEUE_TRANSFER;
    }

    private static long millis(OffsetDateTime t) {
        return t.toInstant().toEpochMilli();
    }

    private static Long ms(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toEpochMilli();
    }

    private static Long ms(Timestamp t) {
        return t == null ? null : t.getTime();
    }
}
