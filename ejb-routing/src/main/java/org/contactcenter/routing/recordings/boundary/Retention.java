package org.contactcenter.routing.recordings.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.engine.boundary.RoutingStore;
import org.contactcenter.routing.platform.Database;
import org.contactcenter.routing.recordings.control.ObjectStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention policy: recordings and stored transcripts older than {@code cc.recordings.archive-after} (counted
 * from the contact's initiation) move from the store to the archive; older than {@code cc.recordings.delete-after}
 * they are deleted and the record says so (Recording Status DELETED with its DeletionReason). The record always names
 * an object that exists: a move first notes itself in cc_recording_move, copies, checks the copy's size, points the
 * record at the copy, deletes the original, and removes its note; a deletion notes itself, marks the record deleted,
 * deletes the object and removes its note. A note left by a crash is finished from what the record says: it points at
 * the copy → the original is deleted; it still points at the original → the partial copy is deleted. Notes older than
 * {@code cc.recordings.move-timeout-seconds} are taken as a crashed run's (another node's run may still be going on
 * below that age).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RoutingEngine"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @EJB
    RoutingEngine engine;
    @EJB
    RoutingStore store;
    @Inject
    RecordingStores stores;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "cc.recordings.archive-after", defaultValue = "P90D")
    String archiveAfter;
    @Inject
    @ConfigProperty(name = "cc.recordings.delete-after", defaultValue = "none")
    String deleteAfter;
    @Inject
    @ConfigProperty(name = "cc.recordings.retention-interval-seconds", defaultValue = "3600")
    long intervalSeconds;
    @Inject
    @ConfigProperty(name = "cc.recordings.retention-batch", defaultValue = "200")
    int batch;
    @Inject
    @ConfigProperty(name = "cc.recordings.move-timeout-seconds", defaultValue = "600")
    long moveTimeoutSeconds;

    /** What one run did. */
    public record Result(int recovered, int moved, int deleted, int failed) {
    }

    private Duration archiveAge;
    private Duration deleteAge;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        archiveAge = age("cc.recordings.archive-after", archiveAfter);
        deleteAge = age("cc.recordings.delete-after", deleteAfter);
        if (archiveAge != null && deleteAge != null && deleteAge.compareTo(archiveAge) <= 0) {
            LOG.warning("cc.recordings.delete-after (" + deleteAfter + ") is not after cc.recordings.archive-after (" + archiveAfter
                    + "): recordings are deleted without being archived first");
        }
        if (intervalSeconds > 0) {
            task = scheduler.scheduleWithFixedDelay(this::scheduled, Math.min(60, intervalSeconds), intervalSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void scheduled() {
        try {
            Result r = run();
            if (r.moved() + r.deleted() + r.recovered() + r.failed() > 0) {
                LOG.info("Recordings retention: " + r);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The recordings retention run failed (it runs again in " + intervalSeconds + " s): " + e.getMessage(), e);
        }
    }

    /** One run now: finishes what crashed runs left, then moves and deletes what is due. One run at a time. */
    public synchronized Result run() {
        int recovered = recover(clock.instant().minusSeconds(moveTimeoutSeconds));
        int[] moved = {0, 0};
        int[] deleted = {0, 0};
        Instant now = clock.instant();
        for (Kind kind : Kind.values()) {
            if (archiveAge != null) {
                String prefix = stores.primary().prefix();
                for (List<Due> page = due(kind, now.minus(archiveAge), prefix, null); !page.isEmpty();
                        page = due(kind, now.minus(archiveAge), prefix, page.get(page.size() - 1))) {
                    page.forEach(due -> count(moved, move(kind, due)));
                }
            }
            if (deleteAge != null) {
                for (List<Due> page = due(kind, now.minus(deleteAge), null, null); !page.isEmpty();
                        page = due(kind, now.minus(deleteAge), null, page.get(page.size() - 1))) {
                    page.forEach(due -> count(deleted, delete(kind, due, "retention: older than " + deleteAfter)));
                }
            }
        }
        return new Result(recovered, moved[0], deleted[0], moved[1] + deleted[1]);
    }

    private static void count(int[] counts, boolean done) {
        counts[done ? 0 : 1]++;
    }

    /** A recording or transcript due for a step: its contact, location and initiation (the page's order). */
    record Due(String contactId, String location, OffsetDateTime initiatedAt) {
    }

    /** One page of due objects, oldest first, after {@code after} (null: from the start). */
    private List<Due> due(Kind kind, Instant before, String locationPrefix, Due after) {
        String sql = "select id, " + kind.location + ", initiated_at from cc_contact where " + kind.status + " = 'AVAILABLE'"
                + (kind == Kind.TRANSCRIPT ? " and channel = 'CHAT'" : "") + " and initiated_at < ?"
                + (locationPrefix == null ? "" : " and " + kind.location + " like ? escape '!'")
                + (after == null ? "" : " and (initiated_at > ? or (initiated_at = ? and id > ?))") + " order by initiated_at, id";
        List<Due> page = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setObject(i++, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            if (locationPrefix != null) {
                s.setString(i++, locationPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            if (after != null) {
                s.setObject(i++, after.initiatedAt());
                s.setObject(i++, after.initiatedAt());
                s.setString(i, after.contactId());
            }
            s.setMaxRows(batch);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    page.add(new Due(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the recordings due for retention could not be read: " + e.getMessage(), e);
        }
        return page;
    }

    /** Moves one object to the archive; false when it could not (the record keeps its location, tried next run). */
    boolean move(Kind kind, Due due) {
        ObjectStore from = stores.primary();
        ObjectStore to = stores.archive();
        try {
            String target = to.location(from.key(due.location()));
            if (!note(due.contactId(), kind, due.location(), target)) {
                return false; // another run has it
            }
            long size = from.size(due.location());
            if (size < 0) {
                LOG.warning("Recordings retention: the " + kind.name().toLowerCase() + " of contact " + due.contactId() + " is missing at "
                        + due.location() + ": left as it is");
                forget(due.contactId(), kind);
                return false;
            }
            try (InputStream in = from.open(due.location(), 0, -1)) {
                to.put(to.key(target), in, size, kind.contentType);
            }
            if (to.size(target) != size) {
                throw new IOException("the archived copy at " + target + " does not have the original's " + size + " bytes");
            }
            boolean pointed = engine.updateRecord(due.contactId(), c -> {
                if (!due.location().equals(kind.location(c))) {
                    return false;
                }
                kind.relocate(c, target);
                return true;
            });
            if (pointed) {
                from.delete(due.location());
            } else {
                to.delete(target); // the record changed meanwhile: the copy is nobody's
            }
            forget(due.contactId(), kind);
            return pointed;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Recordings retention: moving " + due.location() + " failed (tried again next run): " + e.getMessage(), e);
            return false;
        }
    }

    /** Deletes one object and records why. */
    boolean delete(Kind kind, Due due, String reason) {
        try {
            if (!note(due.contactId(), kind, due.location(), null)) {
                return false;
            }
            boolean marked = engine.updateRecord(due.contactId(), c -> {
                if (!due.location().equals(kind.location(c))) {
                    return false;
                }
                kind.deleted(c, reason);
                return true;
            });
            if (marked) {
                stores.of(due.location()).orElseThrow(() -> new IOException("no configured store holds " + due.location())).delete(due.location());
            }
            forget(due.contactId(), kind);
            return marked;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Recordings retention: deleting " + due.location() + " failed (tried again next run): " + e.getMessage(), e);
            return false;
        }
    }

    /**
     * Finishes the steps noted before {@code before} and not done (a crash): from what the record says now, the object
     * it does not point at is deleted.
     */
    int recover(Instant before) {
        List<String[]> notes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select contact_id, kind, from_location, to_location from cc_recording_move where started_at < ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the archive's unfinished steps could not be read: " + e.getMessage(), e);
        }
        int recovered = 0;
        for (String[] n : notes) {
            Kind kind = Kind.valueOf(n[1]);
            try {
                String now = store.contact(n[0]).map(kind::location).orElse(null);
                String orphan = n[3] == null ? (now == null ? n[2] : null) // a deletion: the object goes once the record says deleted
                        : n[3].equals(now) ? n[2] : n[3]; // a move: whichever the record does not name
                if (orphan != null && !orphan.equals(now)) {
                    var store = stores.of(orphan);
                    if (store.isPresent()) {
                        store.get().delete(orphan);
                    }
                }
                forget(n[0], kind);
                recovered++;
                LOG.info("Recordings retention: finished the unfinished " + (n[3] == null ? "deletion" : "move") + " of contact " + n[0]
                        + "'s " + kind.name().toLowerCase() + "; the record names " + now);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Recordings retention: could not finish the step left for contact " + n[0] + ": " + e.getMessage(), e);
            }
        }
        return recovered;
    }

    private boolean note(String contactId, Kind kind, String from, String to) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into cc_recording_move (contact_id, kind, from_location, to_location, started_at) "
                        + "values (?, ?, ?, ?, ?)")) {
            s.setString(1, contactId);
            s.setString(2, kind.name());
            s.setString(3, from);
            s.setString(4, to);
            s.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // a note for it exists: another run's
            }
            throw new IllegalStateException("the archive's step could not be noted: " + e.getMessage(), e);
        }
    }

    private void forget(String contactId, Kind kind) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from cc_recording_move where contact_id = ? and kind = ?")) {
            s.setString(1, contactId);
            s.setString(2, kind.name());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the archive's step could not be closed: " + e.getMessage(), e);
        }
    }

    private static Duration age(String key, String value) {
        if (value == null || value.isBlank() || "none".equalsIgnoreCase(value.trim())) {
            return null;
        }
        try {
            Duration d = Duration.parse(value.trim());
            if (d.isNegative()) {
                throw new IllegalStateException(key + " must not be negative: " + value);
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(key + ": an ISO-8601 duration such as P90D or PT12H, or none; not " + value);
        }
    }
}
