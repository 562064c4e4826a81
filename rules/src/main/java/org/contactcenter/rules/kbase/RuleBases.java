package org.contactcenter.rules.kbase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.contactcenter.rules.flow.BlockStep;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactPriorityRequest;
import org.contactcenter.rules.model.RoutingCriteria;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rule bases, one per decision area (kbase: routing, …), built from the built-in rule files
 * (META-INF/cc-rules.index) overlaid by an optional rules directory ({@code DIR/KBASE/FILE} replaces or adds a
 * file). An instance never changes: a reload builds a new one, and a rule base with errors is rejected as a whole
 * with file and line ({@link RuleBaseException}), so the caller keeps running the previous one. Thread-safe.
 */
public final class RuleBases {
    public static final String ROUTING = "routing";
    public static final String FLOWS = "flows";
    static final String INDEX = "META-INF/cc-rules.index";
    private static final String PACKAGE_FOLDER = "org/contactcenter/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final Map<String, KieBase> bases;
    private final List<RuleBaseStatus> status;
    private final Clock clock;
    private final Map<String, java.util.concurrent.atomic.AtomicLong> failures = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, RuleFailure> lastFailure = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.function.Consumer<RuleFailure> onFailure = f -> { };

    private RuleBases(Map<String, KieBase> bases, List<RuleBaseStatus> status, Clock clock) {
        this.bases = bases;
        this.status = status;
        this.clock = clock;
    }

    /** Who hears of each rule failing at run time (the engine logs and counts them). */
    public void onFailure(java.util.function.Consumer<RuleFailure> listener) {
        this.onFailure = listener;
    }

    /** The built-in rule bases only. */
    public static RuleBases loadBuiltIn(Clock clock) {
        return load(clock, null);
    }

    /** The built-in rule bases overlaid by {@code directory} (may be null). */
    public static RuleBases load(Clock clock, Path directory) {
        Map<String, Map<String, RuleFile>> files = applying(directory);
        return build(clock, files);
    }

    /**
     * The built-in rule bases overlaid by {@code directory} (may be null), then by {@code files} (rule base → files,
     * each replacing or adding the file of its name, e.g. {@code routing → [/tmp/try/priority-boosts.drl.csv]}), named
     * by their own paths in any problem: what a what-if run tries before the files go live.
     */
    public static RuleBases load(Clock clock, Path directory, Map<String, List<Path>> files) {
        Map<String, Map<String, RuleFile>> all = applying(directory);
        List<String> problems = new ArrayList<>();
        files.forEach((kbase, paths) -> {
            for (Path file : paths) {
                String content;
                try {
                    content = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(file + ":0: cannot read: " + e.getMessage());
                    continue;
                }
                place(all, kbase, file.getFileName().toString(), new RuleFile(file.toString(), content), problems);
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return build(clock, all);
    }

    /**
     * Validates one candidate file as it would be used: the rule base it belongs to, with the candidate in place
     * of (or beside) the current files; null content: without the directory's file of that name (the built-in one
     * applies again, if any). Returns the problems (file:line: message), empty when it compiles.
     */
    public static List<String> validate(Path directory, String kbase, String fileName, String content) {
        Map<String, Map<String, RuleFile>> files = applying(directory);
        if (!files.containsKey(kbase)) {
            return List.of(kbase + "/" + fileName + ":0: unknown rule base " + kbase + "; known: " + files.keySet());
        }
        if (!isRuleFile(fileName)) {
            return List.of(kbase + "/" + fileName + ":0: rule files end in .drl or .drl.csv");
        }
        if (content == null) {
            Map<String, RuleFile> builtIn = builtInFiles().getOrDefault(kbase, Map.of());
            if (builtIn.containsKey(fileName)) {
                files.get(kbase).put(fileName, builtIn.get(fileName));
            } else {
                files.get(kbase).remove(fileName);
            }
        } else {
            files.get(kbase).put(fileName, new RuleFile(kbase + "/" + fileName + " (uploaded)", content));
        }
        try {
            build(Clock.systemUTC(), Map.of(kbase, files.get(kbase)));
            return List.of();
        } catch (RuleBaseException e) {
            return e.problems();
        }
    }

    /** One rule file as it applies: its rule base, name, where it comes from (built-in … or its path) and its text. */
    public record Source(String kbase, String name, String source, boolean builtIn, String content) {
    }

    /** Every rule file that applies: the built-in ones overlaid by the directory's (may be null), by rule base and name. */
    public static List<Source> sources(Path directory) {
        Map<String, Map<String, RuleFile>> files = applying(directory);
        List<Source> sources = new ArrayList<>();
        files.forEach((kbase, named) -> named.forEach((name, file) ->
                sources.add(new Source(kbase, name, file.source(), file.source().startsWith("built-in "), file.content()))));
        return sources;
    }

    /**
     * The built-in rule bases overlaid by {@code directory} (may be null), then by candidate texts (rule base → file
     * name → text) named "KBASE/FILE (candidate)" in any problem: what an analyst tries before publishing.
     */
    public static RuleBases withCandidates(Clock clock, Path directory, Map<String, Map<String, String>> candidates) {
        Map<String, Map<String, RuleFile>> all = applying(directory);
        List<String> problems = new ArrayList<>();
        candidates.forEach((kbase, named) -> named.forEach((name, content) ->
                place(all, kbase, name, new RuleFile(kbase + "/" + name + " (candidate)", content), problems)));
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return build(clock, all);
    }

    /** The built-in files overlaid by the directory's (may be null): what applies, by rule base and name. */
    private static Map<String, Map<String, RuleFile>> applying(Path directory) {
        Map<String, Map<String, RuleFile>> files = builtInFiles();
        if (directory != null && Files.isDirectory(directory)) {
            overlay(files, directory);
        }
        return files;
    }

    /** Puts a file in place of (or beside) the rule base's files, or says why not (named by the file's source). */
    private static void place(Map<String, Map<String, RuleFile>> all, String kbase, String name, RuleFile file, List<String> problems) {
        if (!all.containsKey(kbase)) {
            problems.add(file.source() + ":0: unknown rule base " + kbase + "; known: " + all.keySet());
        } else if (!isRuleFile(name)) {
            problems.add(file.source() + ":0: rule files end in .drl or .drl.csv");
        } else {
            all.get(kbase).put(name, file);
        }
    }

    public static boolean isRuleFile(String fileName) {
        return fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.(drl|drl\\.csv)") && !fileName.contains("..");
    }

    private record RuleFile(String source, String content) {
    }

    private static RuleBases build(Clock clock, Map<String, Map<String, RuleFile>> files) {
        List<String> refused = new ArrayList<>();
        files.values().forEach(kbase -> kbase.forEach((name, file) -> refused.addAll(policyProblems(name, file))));
        if (!refused.isEmpty()) {
            throw new RuleBaseException(refused);
        }
        KieServices services = KieServices.get();
        ReleaseId release = services.newReleaseId("org.contactcenter", "rules-live", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = services.newKieFileSystem();
        KieModuleModel module = services.newKieModuleModel();
        Map<String, String> sourceOfPath = new LinkedHashMap<>();
        Map<String, String> contentOfPath = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, RuleFile>> kbase : files.entrySet()) {
            module.newKieBaseModel(kbase.getKey()).addPackage(PACKAGE_FOLDER.replace('/', '.') + kbase.getKey());
            for (Map.Entry<String, RuleFile> file : kbase.getValue().entrySet()) {
                String path = "src/main/resources/" + PACKAGE_FOLDER + kbase.getKey() + "/" + file.getKey();
                kfs.write(path, file.getValue().content());
                sourceOfPath.put(path, file.getValue().source());
                contentOfPath.put(path, file.getValue().content());
            }
        }
        kfs.writeKModuleXML(module.toXML());
        kfs.generateAndWritePomXML(release);
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> describe(m, sourceOfPath, contentOfPath)).toList();
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(release);
            throw new RuleBaseException(errors);
        }
        var container = services.newKieContainer(release);
        Map<String, KieBase> bases = new TreeMap<>();
        List<RuleBaseStatus> status = new ArrayList<>();
        for (Map.Entry<String, Map<String, RuleFile>> kbase : files.entrySet()) {
            KieBase base = container.getKieBase(kbase.getKey());
            bases.put(kbase.getKey(), base);
            List<String> sources = kbase.getValue().values().stream().map(RuleFile::source).sorted().toList();
            status.add(new RuleBaseStatus(kbase.getKey(), String.join(", ", sources), clock.instant(), ruleNames(base.getKiePackages()), 0, null));
        }
        services.getRepository().removeKieModule(release);
        return new RuleBases(bases, status, clock);
    }

    /** What {@link RuleFilePolicy} refuses in one file, as "file:line: message" (a decision table's ROW:COLUMN). */
    private static List<String> policyProblems(String name, RuleFile file) {
        if (name.endsWith(".drl.csv")) {
            String unreadable = DecisionTableLines.unreadable(file.content());
            if (unreadable != null) {
                return List.of(file.source() + ":0: not a decision table Drools can read: " + unreadable);
            }
            DecisionTableLines table = DecisionTableLines.of(file.content());
            return RuleFilePolicy.check(table.drl()).stream()
                    .map(p -> file.source() + ":" + table.locate(p.line(), p.message()) + ": " + p.message()).toList();
        }
        return RuleFilePolicy.check(file.content()).stream().map(p -> file.source() + ":" + p.line() + ": " + p.message()).toList();
    }

    /**
     * "file:line: message"; for a CSV decision table "file:ROW:COLUMN: message", the row and column of the table the
     * analyst wrote (Drools reports lines of the DRL it generates from it).
     */
    static String describe(Message message, Map<String, String> sourceOfPath, Map<String, String> contentOfPath) {
        String path = message.getPath();
        String key = path == null ? null : sourceOfPath.keySet().stream().filter(k -> k.equals(path) || k.endsWith("/" + path)).findFirst().orElse(null);
        String file = key == null ? (path == null ? "?" : path) : sourceOfPath.get(key);
        String where = String.valueOf(message.getLine());
        if (key != null && key.endsWith(".drl.csv")) {
            where = DecisionTableLines.of(contentOfPath.get(key)).locate(message.getLine(), message.getText());
        }
        return file + ":" + where + ": " + message.getText().strip().replace('\n', ' ');
    }

    private static Map<String, Map<String, RuleFile>> builtInFiles() {
        ClassLoader loader = RuleBases.class.getClassLoader();
        Map<String, Map<String, RuleFile>> files = new TreeMap<>();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new IllegalStateException(INDEX + " is missing");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String kbase = entry.substring(0, entry.indexOf('/'));
                String name = entry.substring(entry.indexOf('/') + 1);
                try (InputStream in = loader.getResourceAsStream(PACKAGE_FOLDER + entry)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in rule file " + entry + " listed in " + INDEX + " is missing");
                    }
                    files.computeIfAbsent(kbase, k -> new TreeMap<>()).put(name, new RuleFile("built-in " + entry,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void overlay(Map<String, Map<String, RuleFile>> files, Path directory) {
        try (Stream<Path> kbases = Files.list(directory)) {
            for (Path kbase : kbases.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> entries = Files.list(kbase)) {
                    for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (isRuleFile(name)) {
                            files.computeIfAbsent(kbase.getFileName().toString(), k -> new TreeMap<>())
                                    .put(name, new RuleFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new RuleBaseException(List.of(directory + ":0: cannot read the rules directory: " + e.getMessage()));
        }
    }

    private static List<String> ruleNames(java.util.Collection<KiePackage> packages) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : packages) {
            for (Rule rule : p.getRules()) {
                names.add(p.getName() + "." + rule.getName());
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public List<RuleBaseStatus> status() {
        return status.stream().map(s -> s.withFailures(failures.getOrDefault(s.name(), new java.util.concurrent.atomic.AtomicLong()).get(),
                lastFailure.get(s.name()))).toList();
    }

    /**
     * The routing priority (1–99, lower first) the routing rules give a new contact with these attributes. Fails
     * safe: a rule that throws (say {@code Integer.parseInt} of "high") leaves the contact at the default priority
     * ({@value ContactPriorityRequest#DEFAULT_PRIORITY}); the failure is counted and reported.
     */
    public int contactPriority(Channel channel, Map<String, String> attributes) {
        return routing(channel, attributes).priority();
    }

    /** What the routing rules decide for a contact about to be queued: its priority and its routing criteria (null: none). */
    public record RoutingDecision(int priority, RoutingCriteria criteria) {
    }

    /**
     * The routing rules' decision for a contact about to be queued, in one session: priority (default
     * {@value ContactPriorityRequest#DEFAULT_PRIORITY}) and routing criteria. Fails safe: a rule that throws, or criteria
     * that do not fit (say a step without expiry before another), leave the default priority and no criteria; the
     * failure is counted and reported.
     */
    public RoutingDecision routing(Channel channel, Map<String, String> attributes) {
        ContactPriorityRequest request = new ContactPriorityRequest(channel, attributes);
        try {
            bases.get(ROUTING).newStatelessKieSession().execute(request);
            return new RoutingDecision(request.getPriority() == null ? ContactPriorityRequest.DEFAULT_PRIORITY : request.getPriority(),
                    request.criteria());
        } catch (RuntimeException e) {
            failed(ROUTING, e);
            return new RoutingDecision(ContactPriorityRequest.DEFAULT_PRIORITY, null);
        }
    }

    /**
     * Lets the flows rules decide how a block completes (result, error, transition, attribute changes). Fails safe: a
     * rule that throws sends the block down its error branch (NoMatchingError: the flow's own fallback), undoing what
     * the rules had decided; the failure is counted and reported.
     */
    public BlockStep decide(BlockStep step) {
        try {
            bases.get(FLOWS).newStatelessKieSession().execute(step);
        } catch (RuntimeException e) {
            RuleFailure failure = failed(FLOWS, e);
            step.failSafe("fail-safe: rule " + failure.rule() + " threw");
        }
        return step;
    }

    private RuleFailure failed(String ruleBase, RuntimeException e) {
        RuleFailure failure = RuleFailure.of(ruleBase, e, clock.instant());
        failures.computeIfAbsent(ruleBase, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        lastFailure.put(ruleBase, failure);
        try {
            onFailure.accept(failure);
        } catch (RuntimeException ignored) {
            // a listener's trouble is not the decision's
        }
        return failure;
    }
}
