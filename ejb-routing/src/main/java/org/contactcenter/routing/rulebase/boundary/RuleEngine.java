package org.contactcenter.routing.rulebase.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.Violation;
import org.contactcenter.rules.kbase.RuleBaseException;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the running rule bases. At start-up they are built from the built-in files overlaid by the rules directory
 * ({@code cc.rules.directory}, optional). A watcher (WatchService on a container thread: event-driven, no polling)
 * rebuilds them when a file there changes, and swaps them atomically — decisions in flight finish on the old ones.
 * A rule base with errors is rejected with file and line (logged, and shown by the status) and the previous one
 * keeps deciding. Admins may validate and upload files through the API.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RuleEngine {
    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "cc.rules.directory")
    Optional<String> directorySetting;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    @org.eclipse.microprofile.metrics.annotation.RegistryScope(scope = org.eclipse.microprofile.metrics.MetricRegistry.APPLICATION_SCOPE)
    org.eclipse.microprofile.metrics.MetricRegistry metrics;

    private volatile RuleBases ruleBases;
    private volatile Instant loadedAt;
    private volatile List<String> rejectedProblems = List.of();
    private volatile Instant rejectedAt;
    private Path directory;
    private WatchService watcher;

    @PostConstruct
    void start() {
        directory = directorySetting.filter(s -> !s.isBlank()).map(Path::of).map(Path::toAbsolutePath).orElse(null);
        ruleBases = watched(RuleBases.loadBuiltIn(clock));
        loadedAt = clock.instant();
        if (directory != null) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Cannot create the rules directory " + directory, e);
            }
            reload();
            watch();
        }
    }

    /** Rebuilds from the built-in files and the rules directory; keeps the running rule bases if that fails. */
    public synchronized boolean reload() {
        try {
            RuleBases fresh = watched(RuleBases.load(clock, directory));
            ruleBases = fresh;
            loadedAt = clock.instant();
            rejectedProblems = List.of();
            rejectedAt = null;
            LOG.info(() -> "Rule bases loaded from the built-in files and " + directory);
            return true;
        } catch (RuleBaseException e) {
            rejectedProblems = e.problems();
            rejectedAt = clock.instant();
            LOG.severe(() -> "Rejected the rules in " + directory + "; the previous rule bases keep running: " + String.join("; ", e.problems()));
            return false;
        } catch (RuntimeException e) { // Drools throwing instead of reporting: still a rejection, never the watcher's end
            rejectedProblems = List.of(directory + ":0: the rules could not be built: " + e);
            rejectedAt = clock.instant();
            LOG.log(Level.SEVERE, "Rejected the rules in " + directory + "; the previous rule bases keep running", e);
            return false;
        }
    }

    /**
     * A rule that throws at run time never refuses a contact: the decision falls back (see {@link RuleBases}); here it
     * is logged and counted ({@code cc_rule_failures_total{ruleBase,rule}} in /metrics; the rules status shows the
     * count and the last failure per rule base).
     */
    private RuleBases watched(RuleBases bases) {
        bases.onFailure(failure -> {
            LOG.warning(() -> "Rule \"" + failure.rule() + "\" of the " + failure.ruleBase() + " rule base failed (" + failure.message()
                    + "); the decision fell back to the default");
            if (metrics != null) {
                metrics.counter("cc_rule_failures", new org.eclipse.microprofile.metrics.Tag("ruleBase", failure.ruleBase()),
                        new org.eclipse.microprofile.metrics.Tag("rule", failure.rule())).inc();
            }
        });
        return bases;
    }

    public RulesStatus status() {
        return new RulesStatus(directory == null ? null : directory.toString(), ruleBases.status(), loadedAt, rejectedProblems, rejectedAt);
    }

    /** Checks a candidate file in its rule base; throws {@link InvalidInput} listing file:line problems. */
    public void validate(String kbase, String fileName, String content) {
        List<String> problems = RuleBases.validate(directory, kbase, fileName, content == null ? "" : content);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().map(p -> new Violation("file", p)).toList());
        }
    }

    /** The analysts' rules directory the running rules come from (cc.rules.directory); null: the shipped rules only. */
    public Path directory() {
        return directory;
    }

    /** Validates, then writes the file into the rules directory and reloads; nothing is written when it is invalid. */
    public synchronized RulesStatus upload(String kbase, String fileName, String content) {
        if (directory == null) {
            throw new Conflict(null, "no rules directory is configured (cc.rules.directory): uploaded rules would not survive a restart", List.of());
        }
        validate(kbase, fileName, content);
        try {
            Path folder = Files.createDirectories(directory.resolve(kbase));
            Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Conflict(null, "cannot write " + kbase + "/" + fileName + " into the rules directory: " + e.getMessage(), List.of());
        }
        reload();
        return status();
    }

    /** What the rules directory holds for this file (null: nothing, the built-in file or none applies). */
    public String directoryContent(String kbase, String fileName) {
        if (directory == null || !RuleBases.isRuleFile(fileName) || !kbase.matches("[a-z][a-z0-9-]*")) {
            return null;
        }
        Path file = directory.resolve(kbase).resolve(fileName);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new Conflict(null, "cannot read " + kbase + "/" + fileName + " in the rules directory: " + e.getMessage(), List.of());
        }
    }

    /**
     * Puts {@code content} in the rules directory as the file (null: removes the directory's file, so the built-in one
     * or none applies again) after validating the rule base with it, and reloads; nothing changes when it is invalid.
     */
    public synchronized RulesStatus replace(String kbase, String fileName, String content) {
        if (content != null) {
            return upload(kbase, fileName, content);
        }
        if (directory == null) {
            throw new Conflict(null, "no rules directory is configured (cc.rules.directory)", List.of());
        }
        List<String> problems = RuleBases.validate(directory, kbase, fileName, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().map(p -> new Violation("file", p)).toList());
        }
        try {
            Files.deleteIfExists(directory.resolve(kbase).resolve(fileName));
        } catch (IOException e) {
            throw new Conflict(null, "cannot remove " + kbase + "/" + fileName + " from the rules directory: " + e.getMessage(), List.of());
        }
        reload();
        return status();
    }

    /** Every rule file that applies now (built-in overlaid by the directory), with its text. */
    public List<RuleBases.Source> sources() {
        return RuleBases.sources(directory);
    }

    /** Rule bases built with candidate texts on top of what applies (rule base → file → text); throws InvalidInput naming file:line. */
    public RuleBases candidate(Map<String, Map<String, String>> files) {
        try {
            return RuleBases.withCandidates(clock, directory, files);
        } catch (RuleBaseException e) {
            throw new InvalidInput(e.problems().stream().map(p -> new Violation("files", p)).toList());
        }
    }

    /** The routing priority the rules give a new contact (see rules/README.md). */
    public int contactPriority(Channel channel, Map<String, String> attributes) {
        return ruleBases.contactPriority(channel, attributes);
    }

    /** The routing rules' priority and routing criteria for a contact about to be queued. */
    public RuleBases.RoutingDecision routing(Channel channel, Map<String, String> attributes) {
        return ruleBases.routing(channel, attributes);
    }

    /** Lets the flows rules decide how a flow block completes (see rules/README.md). */
    public org.contactcenter.rules.flow.BlockStep decide(org.contactcenter.rules.flow.BlockStep step) {
        return ruleBases.decide(step);
    }

    private void watch() {
        try {
            watcher = directory.getFileSystem().newWatchService();
            register(directory);
            try (Stream<Path> kbases = Files.list(directory)) {
                for (Path kbase : kbases.filter(Files::isDirectory).toList()) {
                    register(kbase);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot watch the rules directory " + directory + "; changes need a restart", e);
            return;
        }
        Thread thread = threads.newThread(this::watchLoop);
        thread.setName("rules-directory-watcher");
        thread.start();
    }

    private void register(Path folder) throws IOException {
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean newFolder = key.pollEvents().stream().anyMatch(e -> e.kind() == StandardWatchEventKinds.ENTRY_CREATE
                        && key.watchable().equals(directory));
                key.reset();
                // an editor saves in several steps: let them settle (bounded), then rebuild once
                WatchKey more;
                while ((more = watcher.poll(300, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                if (newFolder) {
                    try (Stream<Path> kbases = Files.list(directory)) {
                        for (Path kbase : kbases.filter(Files::isDirectory).toList()) {
                            register(kbase);
                        }
                    }
                }
                reload();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            LOG.fine("Rules directory watcher stopped");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Rules directory watcher failed; changes need a restart", e);
        }
    }

    @PreDestroy
    void stop() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing the rules watcher", e);
            }
        }
    }
}
