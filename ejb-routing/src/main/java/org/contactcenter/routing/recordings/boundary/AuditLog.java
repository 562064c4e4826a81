package org.contactcenter.routing.recordings.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.contactcenter.routing.platform.Database;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.PageToken;

/**
 * Who read or changed what in the recordings archive (cc_audit_event): every download of a recording, every read of
 * a transcript, every retention run started by hand. Written before the bytes are served; kept until an administrator
 * removes rows in the database (an auditor's trail is not purged by the center).
 */
@ApplicationScoped
public class AuditLog {
    public static final String RECORDING_READ = "RECORDING_READ";
    public static final String TRANSCRIPT_READ = "TRANSCRIPT_READ";
    public static final String RETENTION_RUN = "RETENTION_RUN";
    public static final int MAX_LIMIT = 500;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    /** One audit entry, as the API shows it. */
    public record Entry(String id, OffsetDateTime at, String username, String action, String contactId, String detail, String remoteAddress) {
    }

    /** One page, newest first; nextToken is null on the last page. */
    public record Page(List<Entry> events, String nextToken) {
    }

    public Entry record(String username, String action, String contactId, String detail, String remoteAddress) {
        Entry e = new Entry(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC),
                cut(username, 128), action, contactId, cut(detail, 1024), cut(remoteAddress, 64));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into cc_audit_event (id, at, username, action, contact_id, detail, remote_address) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.id());
            s.setObject(2, e.at());
            s.setString(3, e.username());
            s.setString(4, e.action());
            s.setString(5, e.contactId());
            s.setString(6, e.detail());
            s.setString(7, e.remoteAddress());
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("the audit entry could not be written: " + ex.getMessage(), ex);
        }
        return e;
    }

    /** Entries newest first, optionally of one contact, in [from, to). */
    public Page search(Instant from, Instant to, String contactId, int limit, String nextToken) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "1-" + MAX_LIMIT);
        }
        StringBuilder sql = new StringBuilder("select id, at, username, action, contact_id, detail, remote_address from cc_audit_event where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            sql.append(" and at >= ?");
            params.add(utc(from));
        }
        if (to != null) {
            sql.append(" and at < ?");
            params.add(utc(to));
        }
        if (contactId != null) {
            sql.append(" and contact_id = ?");
            params.add(contactId);
        }
        if (nextToken != null) {
            PageToken after = PageToken.decode(nextToken);
            sql.append(" and (at < ? or (at = ? and id < ?))");
            params.add(after.at());
            params.add(after.at());
            params.add(after.id());
        }
        sql.append(" order by at desc, id desc");
        List<Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            s.setMaxRows(limit + 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("the audit log could not be read: " + ex.getMessage(), ex);
        }
        if (entries.size() <= limit) {
            return new Page(entries, null);
        }
        Entry last = entries.get(limit - 1);
        return new Page(entries.subList(0, limit), new PageToken(last.at(), last.id()).encode());
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
