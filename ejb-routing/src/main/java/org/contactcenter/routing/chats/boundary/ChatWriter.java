package org.contactcenter.routing.chats.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.contactcenter.routing.chats.boundary.ChatStore.Appended;
import org.contactcenter.routing.chats.boundary.ChatStore.NewMessage;
import org.contactcenter.routing.chats.entity.Participant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Group commit of chat messages. Callers (the chat socket, the agent socket, the flow's prompts) hand a message over
 * and wait until it is on disk; a writer task takes everything waiting — up to {@code cc.chat.write-batch-size}
 * messages — and stores it in one transaction ({@link ChatStore#appendAll}), so a busy center pays one commit for
 * many messages instead of one each. Up to {@code cc.chat.writers} writers run at once (1: H2 serializes commits
 * anyway; more may pay on PostgreSQL); their batches lock chats in id order, so they never deadlock. Nothing is
 * acknowledged before its commit. Committed batches go, in commit order, to one announcer task, which tells the
 * chats' watchers ({@link ChatMessagePosted}) message by message in sequence order, while the writer already
 * commits the next batch: a customer's or agent's call returns at the commit; a SYSTEM message's call (the flow's
 * prompts, joins, leaves) returns once it has been announced, so whatever the caller does next (ending the chat, say)
 * reaches the sockets after it. If a batch fails as a whole (a database error), each of its messages is tried once
 * more alone, so one bad message cannot take the others down. Writers and the announcer are tasks of the managed
 * executor that end when nothing waits (no thread of their own, nothing to leak).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatWriter {
    private static final Logger LOG = Logger.getLogger(ChatWriter.class.getName());

    @EJB
    ChatStore store;
    /** The server's managed executor (an Executor here, so a plain one serves in unit tests). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;
    @Inject
    Event<ChatMessagePosted> posted;
    @Inject
    @ConfigProperty(name = "cc.chat.write-batch-size", defaultValue = "256")
    int batchSize;
    @Inject
    @ConfigProperty(name = "cc.chat.writers", defaultValue = "1")
    int maxWriters;
    @Inject
    @ConfigProperty(name = "cc.chat.write-timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    private record Pending(NewMessage message, CompletableFuture<Appended> outcome) {
    }

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    /** Committed batches, in commit order, waiting for the announcer. */
    private final BlockingQueue<Committed> committed = new LinkedBlockingQueue<>();
    private final AtomicInteger announcers = new AtomicInteger();

    private record Committed(List<Pending> batch, List<Appended> outcomes) {
    }
    /** Writer tasks running (at most {@code cc.chat.writers}). */
    private final AtomicInteger writers = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * Stores a message and answers it once committed; a CUSTOMER or AGENT message needs an active chat (409
     * otherwise), an unknown chat is 404. A retry with the same {@code clientId} answers the message stored first.
     * Those who watch the chat ({@link ChatMessagePosted}) hear of a new message after it is committed.
     */
    public ChatMessageData append(String chatId, Participant participant, String sender, String text, List<String> options, String clientId) {
        return append(new NewMessage(chatId, participant, sender, text, options, null, clientId));
    }

    /** A flow's question, with option buttons (values and the labels they show). */
    public ChatMessageData ask(String chatId, String text, List<String> options, List<String> labels) {
        return append(new NewMessage(chatId, Participant.SYSTEM, null, text, options, labels, null));
    }

    /**
     * A SYSTEM message stored without waiting for it (for callers that must not wait: routing's observers, which run
     * under the routing engine's lock that the announcer may need). It is numbered in the order it is handed over, so
     * whatever anyone appends after this call comes after it; a failure is logged.
     */
    public void post(String chatId, String text) {
        if (stopped) {
            return;
        }
        enqueue(new NewMessage(chatId, Participant.SYSTEM, null, text, null, null, null)).whenComplete((done, failed) -> {
            if (failed != null || done.refusal() != null) {
                LOG.log(Level.WARNING, "A system message of chat " + chatId + " was not stored", failed != null ? failed : done.refusal());
            }
        });
    }

    private ChatMessageData append(NewMessage message) {
        if (stopped) {
            throw new IllegalStateException("the chat writer is shutting down");
        }
        Appended done = await(enqueue(message));
        if (done.refusal() != null) {
            throw done.refusal();
        }
        return done.message();
    }

    /** Hands a message to the writers; the future completes when it is stored (a SYSTEM one: once announced). */
    private CompletableFuture<Appended> enqueue(NewMessage message) {
        Pending pending = new Pending(message, new CompletableFuture<>());
        waiting.add(pending);
        startWriting();
        return pending.outcome();
    }

    /** Starts a writer task unless {@code cc.chat.writers} are running already (they take the message). */
    private void startWriting() {
        for (int running = writers.get(); running < Math.max(1, maxWriters); running = writers.get()) {
            if (writers.compareAndSet(running, running + 1)) {
                try {
                    executor.execute(this::write);
                } catch (RuntimeException rejected) {
                    writers.decrementAndGet();
                    failAll(rejected);
                }
                return;
            }
        }
    }

    /** Writes batches while messages wait; then ends (a message added meanwhile starts a writer again). */
    private void write() {
        List<Pending> batch = new ArrayList<>();
        try {
            for (waiting.drainTo(batch, batchSize); !batch.isEmpty(); waiting.drainTo(batch, batchSize)) {
                store(batch);
                batch.clear();
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "The chat writer failed", e);
            batch.forEach(p -> p.outcome().completeExceptionally(e));
        } finally {
            writers.decrementAndGet();
            if (!waiting.isEmpty()) {
                startWriting(); // a message came after the last drain, while this writer still counted as running
            }
        }
    }

    private void store(List<Pending> batch) {
        try {
            List<Appended> outcomes = store.appendAll(batch.stream().map(Pending::message).toList());
            for (int i = 0; i < batch.size(); i++) {
                if (batch.get(i).message().participant() != Participant.SYSTEM || outcomes.get(i).refusal() != null) {
                    batch.get(i).outcome().complete(outcomes.get(i)); // stored: the sender may acknowledge it now
                }
            }
            committed.add(new Committed(List.copyOf(batch), outcomes));
            startAnnouncing();
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                LOG.log(Level.WARNING, "A chat message could not be stored (chat " + batch.get(0).message().chatId() + ")", batchFailed);
                batch.get(0).outcome().completeExceptionally(batchFailed);
                return;
            }
            LOG.log(Level.WARNING, "A batch of " + batch.size() + " chat messages failed; storing them one by one", batchFailed);
            for (Pending p : batch) {
                store(List.of(p));
            }
        }
    }

    /** Starts the announcer unless it runs already (it takes the batch). */
    private void startAnnouncing() {
        if (announcers.compareAndSet(0, 1)) {
            try {
                executor.execute(this::announceAll);
            } catch (RuntimeException rejected) {
                announcers.set(0);
                LOG.log(Level.SEVERE, "The chat announcer could not start; announcing in the writer", rejected);
                announceAll();
            }
        }
    }

    /** Announces committed batches in commit order while there are any; then ends. */
    private void announceAll() {
        try {
            for (Committed c; (c = committed.poll()) != null;) {
                announce(c);
            }
        } finally {
            announcers.set(0);
            if (!committed.isEmpty()) {
                startAnnouncing(); // a batch came after the last poll
            }
        }
    }

    /**
     * Tells the chat's watchers of the batch's new messages in the order they were numbered (one announcer, batches
     * in commit order): every socket then receives a chat's messages in sequence order. Then the batch's SYSTEM
     * messages are answered. A watcher that fails is logged and stops no other announcement.
     */
    private void announce(Committed c) {
        for (Appended done : c.outcomes()) {
            if (done.refusal() == null && done.fresh()) {
                try {
                    posted.fire(new ChatMessagePosted(done.contactId(), done.message()));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A watcher of chat " + done.message().chatId + " failed on message " + done.message().sequence, e);
                }
            }
        }
        for (int i = 0; i < c.batch().size(); i++) {
            c.batch().get(i).outcome().complete(c.outcomes().get(i)); // the SYSTEM ones now; the others were already
        }
    }

    private Appended await(CompletableFuture<Appended> outcome) {
        try {
            return outcome.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("the message could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the message was not stored within " + timeoutSeconds + " s (cc.chat.write-timeout-seconds); "
                    + "send it again with the same clientMessageId");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the message was being stored", e);
        }
    }

    private void failAll(RuntimeException why) {
        for (Pending p; (p = waiting.poll()) != null;) {
            p.outcome().completeExceptionally(why);
        }
    }

    /** Messages waiting for a writer. */
    int queued() {
        return waiting.size();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        failAll(new IllegalStateException("the chat writer is shutting down"));
    }
}
