package org.contactcenter.routing.rulebase.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.recordings.boundary.AuditLog;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.router.RoutingCases;

/**
 * Analysts' rule files through the API: publish (validate, write into the rules directory, hot reload) and roll
 * back, each kept as a version with who and when ({@link RuleFileHistory}) and in the audit trail
 * ({@code RULE_FILE_PUBLISHED}, {@code RULE_FILE_ROLLED_BACK}); and trying candidate files against the case files
 * before publishing.
 */
@ApplicationScoped
public class RulePublishing {
    public static final String PUBLISHED = "RULE_FILE_PUBLISHED";
    public static final String ROLLED_BACK = "RULE_FILE_ROLLED_BACK";
    private static final Logger LOG = Logger.getLogger(RulePublishing.class.getName());

    @Inject
    RuleEngine engine;
    @Inject
    RuleFileHistory history;
    @Inject
    AuditLog audit;

    /** Publishes a file: nothing is written when it is invalid; the version and the audit entry name the user. */
    public synchronized RuleFileHistory.Version publish(String kbase, String file, String content, String user, String remoteAddress) {
        {
            String before = engine.directoryContent(kbase, file);
            engine.upload(kbase, file, content);
            return recorded(kbase, file, RuleFileHistory.PUBLISH, content, before, user, remoteAddress, PUBLISHED);
        }
    }

    /**
     * Rolls a file back: to what the rules directory held before its latest version (toVersion null), or to the
     * content of one of its versions. 409 when nothing was published through the API, or when the file was changed
     * in the directory since its latest version (that edit would be lost).
     */
    public synchronized RuleFileHistory.Version rollback(String kbase, String file, Integer toVersion, String user, String remoteAddress) {
        {
            RuleFileHistory.Version latest = history.latest(kbase, file)
                    .orElseThrow(() -> new Conflict(null, kbase + "/" + file + " has no published version to roll back", List.of()));
            String current = engine.directoryContent(kbase, file);
            if (!Objects.equals(current, latest.content())) {
                throw new Conflict(null, kbase + "/" + file + " was changed in the rules directory after version " + latest.version()
                        + "; publish it first", List.of());
            }
            String target;
            if (toVersion == null) {
                target = latest.previousContent();
            } else {
                target = history.version(kbase, file, toVersion)
                        .orElseThrow(() -> new NotFound("rule file version", kbase + "/" + file + " version " + toVersion)).content();
            }
            engine.replace(kbase, file, target);
            return recorded(kbase, file, RuleFileHistory.ROLLBACK, target, current, user, remoteAddress, ROLLED_BACK);
        }
    }

    private RuleFileHistory.Version recorded(String kbase, String file, String action, String content, String before, String user,
            String remoteAddress, String auditAction) {
        RuleFileHistory.Version version;
        try {
            version = history.record(kbase, file, action, content, before, user);
            audit.record(user, auditAction, null, kbase + "/" + file + " version " + version.version()
                    + (content == null ? " (removed from the rules directory)" : " sha256 " + version.sha256()), remoteAddress);
        } catch (RuntimeException e) {
            LOG.severe(() -> "Could not record " + action + " of " + kbase + "/" + file + " by " + user + "; putting back what was there: " + e.getMessage());
            engine.replace(kbase, file, before);
            throw e;
        }
        return version;
    }

    /** The shipped case files, the rules directory's, and a typed one, played against rules with the candidate files. */
    public List<RoutingCases.Outcome> test(Map<String, Map<String, String>> candidates, String typedCases) {
        RuleBases rules = engine.candidate(candidates);
        List<RoutingCases.Scenario> scenarios = new ArrayList<>(RoutingCases.builtIn());
        java.nio.file.Path own = engine.directory() == null ? null : engine.directory().resolve("cases");
        if (own != null && java.nio.file.Files.isDirectory(own)) {
            try (var files = java.nio.file.Files.list(own)) {
                for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                    scenarios.addAll(RoutingCases.read("cases/" + f.getFileName(), java.nio.file.Files.readString(f)));
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new Conflict(null, "cannot read the rules directory's case files: " + e.getMessage(), List.of());
            }
        }
        if (typedCases != null && !typedCases.isBlank()) {
            try {
                scenarios.addAll(RoutingCases.read("typed.csv", typedCases));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("cases", e.getMessage());
            }
        }
        return scenarios.stream().map(s -> RoutingCases.run(s, rules)).toList();
    }
}
