package org.contactcenter.routing.engine.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.contactcenter.routing.engine.control.JournalWrite;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Group commit of the routing engine's decisions. The engine hands over each decision's writes in decision order
 * (under its lock) with what is to be announced once they are durable; one writer task takes everything waiting —
 * up to {@code cc.routing.write-batch-size} decisions — and commits it in one transaction ({@link RoutingStore#write});
 * one announcer task then runs the committed decisions' announcements in commit order (offers, agents' states) and
 * answers their callers, while the writer commits the next batch. So nothing is
 * announced before it is on disk, announcements leave in decision order, and a busy center pays one commit for many
 * decisions. One writer only: the database sees the decisions in the router's order. If a batch fails as a whole,
 * its decisions are tried once more one by one; a decision that cannot be written is answered with the failure and
 * never announced, and the engine is told ({@link #onFailure}) so that it reloads its state from the database.
 * The writer is a task of the managed executor that ends when nothing waits (no thread of its own).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingJournal {
    private static final Logger LOG = Logger.getLogger(RoutingJournal.class.getName());

    @EJB
    RoutingStore store;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;
    @Inject
    @org.eclipse.microprofile.metrics.annotation.RegistryScope(scope = org.eclipse.microprofile.metrics.MetricRegistry.APPLICATION_SCOPE)
    org.eclipse.microprofile.metrics.MetricRegistry metrics;
    @Inject
    jakarta.enterprise.event.Event<org.contactcenter.routing.records.boundary.RecordsWritten> written;
    @Inject
    @ConfigProperty(name = "cc.routing.write-batch-size", defaultValue = "512")
    int batchSize;
    @Inject
    @ConfigProperty(name = "cc.routing.write-timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    private record Entry(List<JournalWrite> writes, Runnable announce, CompletableFuture<Void> done, long handedAt) {
    }

    private final BlockingQueue<Entry> waiting = new LinkedBlockingQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    /** committed decisions, in commit order, waiting for the announcer */
    private final BlockingQueue<Entry> committed = new LinkedBlockingQueue<>();
    private final AtomicBoolean announcing = new AtomicBoolean();
    private volatile Runnable onFailure = () -> {
    };
    private volatile boolean stopped;
    private org.eclipse.microprofile.metrics.Timer commits;
    private org.eclipse.microprofile.metrics.Histogram batches;
    private org.eclipse.microprofile.metrics.Timer announcements;

    @jakarta.annotation.PostConstruct
    void init() {
        commits = metrics.timer("cc_routing_journal_commit");
        batches = metrics.histogram("cc_routing_journal_batch_decisions");
        announcements = metrics.timer("cc_routing_journal_announce");
    }

    /** Who hears of a decision that could not be written (the engine, to reload its state). */
    public void onFailure(Runnable listener) {
        this.onFailure = listener;
    }

    /**
     * Hands over one decision's writes (call in decision order) and what to announce once they are committed. The
     * future completes after the announcement; a decision with nothing to write is announced in its turn all the same.
     */
    public CompletableFuture<Void> append(List<JournalWrite> writes, Runnable announce) {
        Entry entry = new Entry(List.copyOf(writes), announce, new CompletableFuture<>(), System.nanoTime());
        if (stopped) {
            entry.done().completeExceptionally(new IllegalStateException("the routing journal is shutting down"));
            return entry.done();
        }
        waiting.add(entry);
        startWriting();
        return entry.done();
    }

    /** Waits for a decision to be written and announced. */
    public void await(CompletableFuture<Void> done) {
        try {
            done.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("the routing decision could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the routing decision was not stored within " + timeoutSeconds + " s (cc.routing.write-timeout-seconds)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the routing decision was being stored", e);
        }
    }

    /** Decisions handed over and not yet written. */
    public int backlog() {
        return waiting.size();
    }

    /** How long the oldest decision not yet written has waited, in milliseconds (0 when none waits). */
    public long oldestWaitMillis() {
        Entry oldest = waiting.peek();
        return oldest == null ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - oldest.handedAt());
    }

    private void startWriting() {
        if (writing.compareAndSet(false, true)) {
            try {
                executor.execute(this::write);
            } catch (RuntimeException rejected) {
                writing.set(false);
                LOG.log(Level.SEVERE, "The routing journal's writer could not start", rejected);
                for (Entry e; (e = waiting.poll()) != null;) {
                    e.done().completeExceptionally(rejected);
                }
                onFailure.run();
            }
        }
    }

    /** Writes batches while decisions wait; then ends (one handed over meanwhile starts a writer again). */
    private void write() {
        List<Entry> batch = new ArrayList<>();
        try {
            for (waiting.drainTo(batch, batchSize); !batch.isEmpty(); waiting.drainTo(batch, batchSize)) {
                commit(batch);
                batch.clear();
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "The routing journal's writer failed", e);
            batch.forEach(p -> p.done().completeExceptionally(e));
            onFailure.run();
        } finally {
            writing.set(false);
            if (!waiting.isEmpty()) {
                startWriting();
            }
        }
    }

    private void commit(List<Entry> batch) {
        List<JournalWrite> writes = new ArrayList<>();
        batch.forEach(e -> writes.addAll(e.writes()));
        try {
            long started = System.nanoTime();
            if (!writes.isEmpty()) {
                store.write(writes);
            }
            commits.update(java.time.Duration.ofNanos(System.nanoTime() - started));
            batches.update(batch.size());
            committed.addAll(batch);
            tell(writes);
        } catch (RuntimeException batchFailed) {
            LOG.log(Level.WARNING, "A batch of " + batch.size() + " routing decisions failed; writing them one by one", batchFailed);
            boolean lost = false;
            for (Entry e : batch) {
                try {
                    store.write(e.writes());
                    committed.add(e);
                    tell(e.writes());
                } catch (RuntimeException failed) {
                    LOG.log(Level.SEVERE, "A routing decision (" + e.writes().size() + " writes) could not be stored", failed);
                    e.done().completeExceptionally(failed);
                    lost = true;
                }
            }
            if (lost) {
                onFailure.run();
            }
        }
        startAnnouncing();
    }

    /** Tells the records' observers (metrics) what a committed batch left of each contact. */
    private void tell(List<JournalWrite> writes) {
        java.util.Map<String, org.contactcenter.routing.contacts.entity.Contact> last = new java.util.LinkedHashMap<>();
        for (JournalWrite w : writes) {
            if (w instanceof JournalWrite.ContactWrite c) {
                last.put(c.contact().id(), c.contact());
            }
        }
        if (!last.isEmpty()) {
            try {
                written.fire(new org.contactcenter.routing.records.boundary.RecordsWritten(List.copyOf(last.values())));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An observer of written contact records failed", e);
            }
        }
    }

    /** Starts the announcer unless it runs already: it announces committed decisions while the writer commits the next. */
    private void startAnnouncing() {
        if (announcing.compareAndSet(false, true)) {
            try {
                executor.execute(this::announceAll);
            } catch (RuntimeException rejected) {
                announcing.set(false);
                LOG.log(Level.SEVERE, "The routing journal's announcer could not start; announcing in the writer", rejected);
                announceAll();
            }
        }
    }

    /** Announces committed decisions in commit order while there are any; then ends. */
    private void announceAll() {
        try {
            for (Entry e; (e = committed.poll()) != null;) {
                long started = System.nanoTime();
                try {
                    e.announce().run();
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "An announcement of a routing decision failed", failed);
                }
                e.done().complete(null);
                announcements.update(java.time.Duration.ofNanos(System.nanoTime() - started));
            }
        } finally {
            announcing.set(false);
            if (!committed.isEmpty()) {
                startAnnouncing();
            }
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }
}
