package org.contactcenter.routing.simulations.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.Overloaded;
import org.contactcenter.routing.platform.Violation;
import org.contactcenter.routing.records.control.RecordJson;
import org.contactcenter.routing.records.control.RecordNames;
import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.rules.kbase.RuleBaseException;
import org.contactcenter.rules.simulation.Candidate;
import org.contactcenter.rules.simulation.InputException;
import org.contactcenter.rules.simulation.Json;
import org.contactcenter.rules.simulation.RecordInput;
import org.contactcenter.rules.simulation.Report;
import org.contactcenter.rules.simulation.Simulation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a what-if simulation over the records the database holds: the contacts queued in [from, to), rendered as the
 * records API shows them, replayed against the candidate (docs/SIMULATOR.md) on the real router. The candidate's rule
 * files come with the request and lie over the running rules (cc.rules.directory, then the shipped files), so a
 * change is tried on last week before it goes live; a file that does not compile is refused with its line. One
 * simulation at a time per node ({@code cc.simulation.concurrent}); periods and sizes are bounded.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Simulations {
    private static final Pattern RULE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\.(drl|drl\\.csv)");
    private static final int PAGE = 5_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    RecordNames names;
    @EJB
    RuleEngine rules;
    @Inject
    @ConfigProperty(name = "cc.simulation.max-days", defaultValue = "31")
    int maxDays;
    @Inject
    @ConfigProperty(name = "cc.simulation.max-contacts", defaultValue = "200000")
    long maxContacts;
    @Inject
    @ConfigProperty(name = "cc.simulation.concurrent", defaultValue = "1")
    int concurrent;

    private volatile Semaphore running;

    /**
     * The report of the period's contacts replayed against the candidate ({@code candidate}: the parsed candidate JSON
     * without {@code rules}, null: as recorded; {@code ruleFiles}: routing rule files by name and content).
     */
    public Report run(Instant from, Instant to, Object candidate, Map<String, String> ruleFiles) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw InvalidInput.of("to", "give from and to, to after from");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw InvalidInput.of("to", "at most " + maxDays + " days (cc.simulation.max-days)");
        }
        Semaphore gate = gate();
        if (!gate.tryAcquire()) {
            throw new Overloaded("a simulation is running; try again when it has finished", 10);
        }
        Path scratch = null;
        try {
            Map<String, Object> spec = new LinkedHashMap<>();
            if (candidate instanceof Map<?, ?> given) {
                if (given.containsKey("rules")) {
                    throw InvalidInput.of("candidate.rules", "give rule files in ruleFiles: the server does not read paths");
                }
                given.forEach((k, v) -> spec.put(String.valueOf(k), v));
            } else if (candidate != null) {
                throw InvalidInput.of("candidate", "a JSON object (docs/SIMULATOR.md)");
            }
            scratch = Files.createTempDirectory("cc-simulation-");
            Map<String, Object> ruleSpec = new LinkedHashMap<>();
            if (rules.directory() != null) {
                ruleSpec.put("directory", rules.directory().toAbsolutePath().toString());
            }
            List<Object> files = new ArrayList<>();
            for (Map.Entry<String, String> f : (ruleFiles == null ? Map.<String, String>of() : ruleFiles).entrySet()) {
                if (!RULE_FILE.matcher(f.getKey()).matches()) {
                    throw InvalidInput.of("ruleFiles", "a file name such as priority-boosts.drl.csv or contact-priority.drl, not " + f.getKey());
                }
                Path file = Files.createDirectories(scratch.resolve("routing")).resolve(f.getKey());
                Files.writeString(file, f.getValue() == null ? "" : f.getValue(), StandardCharsets.UTF_8);
                files.add(file.toString());
            }
            ruleSpec.put("routing", files);
            if (ruleSpec.containsKey("directory") || !files.isEmpty()) {
                spec.put("rules", ruleSpec);
            }
            Candidate built;
            try {
                built = Candidate.of(spec, scratch);
            } catch (RuleBaseException e) {
                String prefix = scratch.resolve("routing") + java.io.File.separator;
                throw new InvalidInput(e.problems().stream().map(p -> new Violation("ruleFiles", p.replace(prefix, ""))).toList());
            } catch (InputException | IllegalArgumentException e) {
                throw InvalidInput.of("candidate", e.getMessage());
            }
            try {
                return Simulation.run(records(from, to), built, from, to);
            } catch (InputException e) {
                throw InvalidInput.of("candidate", e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the candidate's rule files could not be written for the simulation", e);
        } finally {
            gate.release();
            delete(scratch);
        }
    }

    /** The contacts queued in [from, to), as the simulator reads records, page by page. */
    private List<RecordInput> records(Instant from, Instant to) {
        OffsetDateTime lo = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        OffsetDateTime hi = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        long count = em.createQuery("select count(c) from Contact c where c.enqueuedAt >= :from and c.enqueuedAt < :to", Long.class)
                .setParameter("from", lo).setParameter("to", hi).getSingleResult();
        if (count > maxContacts) {
            throw InvalidInput.of("to", count + " contacts in the period: at most " + maxContacts + " (cc.simulation.max-contacts)");
        }
        List<RecordInput> records = new ArrayList<>((int) count);
        for (int first = 0; first < count; first += PAGE) {
            List<Contact> page = em.createQuery("select c from Contact c where c.enqueuedAt >= :from and c.enqueuedAt < :to order by c.enqueuedAt, c.id",
                    Contact.class).setParameter("from", lo).setParameter("to", hi).setFirstResult(first).setMaxResults(PAGE)
                    .setHint("eclipselink.batch", "c.attributes").setHint("eclipselink.batch.type", "IN").getResultList();
            for (Contact c : page) {
                records.add(RecordInput.of(Json.parse(RecordJson.render(c, names).toString())));
            }
        }
        return records;
    }

    private Semaphore gate() {
        Semaphore s = running;
        if (s == null) {
            synchronized (this) {
                if (running == null) {
                    running = new Semaphore(Math.max(1, concurrent));
                }
                s = running;
            }
        }
        return s;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
