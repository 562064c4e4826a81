package org.contactcenter.routing.rulebase.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.contactcenter.routing.platform.Database;

/**
 * The versions of the rule files published through the API (cc_rule_file_version): each with its content (null: the
 * file was removed, the built-in one or none applies again), what the rules directory held before (null: nothing),
 * who and when. Newest last; numbered 1, 2, … per file.
 */
@ApplicationScoped
public class RuleFileHistory {
    public static final String PUBLISH = "PUBLISH";
    public static final String ROLLBACK = "ROLLBACK";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    /** One version of a file, as the API shows it (content only when asked for one version). */
    public record Version(String kbase, String file, int version, String action, String sha256, String publishedBy, OffsetDateTime publishedAt,
            String content, String previousContent) {
        public Version summary() {
            return new Version(kbase, file, version, action, sha256, publishedBy, publishedAt, null, null);
        }
    }

    public Version record(String kbase, String file, String action, String content, String previousContent, String user) {
        try (Connection c = dataSource.getConnection()) {
            int next = latestNumber(c, kbase, file) + 1;
            OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            try (PreparedStatement s = c.prepareStatement("insert into cc_rule_file_version (kbase, file_name, version_number, action, content,"
                    + " previous_content, sha256, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, kbase);
                s.setString(2, file);
                s.setInt(3, next);
                s.setString(4, action);
                s.setString(5, content);
                s.setString(6, previousContent);
                s.setString(7, content == null ? null : sha256(content));
                s.setString(8, user);
                s.setObject(9, at);
                s.executeUpdate();
            }
            return new Version(kbase, file, next, action, content == null ? null : sha256(content), user, at, content, previousContent);
        } catch (SQLException e) {
            throw new IllegalStateException("the rule file's version could not be recorded: " + e.getMessage(), e);
        }
    }

    /** The file's versions, oldest first, without their contents. */
    public List<Version> versions(String kbase, String file) {
        return query("where kbase = ? and file_name = ? order by version_number", kbase, file, null).stream().map(Version::summary).toList();
    }

    public Optional<Version> version(String kbase, String file, int version) {
        return query("where kbase = ? and file_name = ? and version_number = ?", kbase, file, version).stream().findFirst();
    }

    public Optional<Version> latest(String kbase, String file) {
        List<Version> all = query("where kbase = ? and file_name = ? order by version_number desc", kbase, file, null);
        return all.stream().findFirst();
    }

    /** The latest version of every file published through the API, per kbase/file. */
    public List<Version> latestOfEach() {
        return query("v where version_number = (select max(version_number) from cc_rule_file_version w"
                + " where w.kbase = v.kbase and w.file_name = v.file_name) order by kbase, file_name", null, null, null)
                .stream().map(Version::summary).toList();
    }

    private List<Version> query(String where, String kbase, String file, Integer version) {
        String sql = "select kbase, file_name, version_number, action, content, previous_content, sha256, published_by, published_at"
                + " from cc_rule_file_version " + where;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (kbase != null) {
                s.setString(1, kbase);
                s.setString(2, file);
            }
            if (version != null) {
                s.setInt(3, version);
            }
            List<Version> versions = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.add(new Version(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(7), r.getString(8),
                            r.getObject(9, OffsetDateTime.class), r.getString(5), r.getString(6)));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("the rule files' versions could not be read: " + e.getMessage(), e);
        }
    }

    private static int latestNumber(Connection c, String kbase, String file) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select max(version_number) from cc_rule_file_version where kbase = ? and file_name = ?")) {
            s.setString(1, kbase);
            s.setString(2, file);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
