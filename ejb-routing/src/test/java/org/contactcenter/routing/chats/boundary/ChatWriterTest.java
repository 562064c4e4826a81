package org.contactcenter.routing.chats.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.contactcenter.routing.chats.boundary.ChatStore.Appended;
import org.contactcenter.routing.chats.boundary.ChatStore.NewMessage;
import org.contactcenter.routing.chats.entity.Participant;
import org.contactcenter.routing.platform.Conflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit of {@link ChatWriter} with a scripted store: what waits while a batch commits goes into the next
 * batch together, a refused message fails only its sender, a batch that fails as a whole is retried message by
 * message, and watchers hear of new messages only (not of a retry stored earlier).
 */
class ChatWriterTest {
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    final ExecutorService senders = Executors.newFixedThreadPool(8);
    final List<ChatMessagePosted> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        senders.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertTrue(senders.awaitTermination(10, TimeUnit.SECONDS));
    }

    /** A store that numbers messages per chat, records its batches and may hold the first one or fail some. */
    static class ScriptedStore extends ChatStore {
        final List<List<NewMessage>> batches = new CopyOnWriteArrayList<>();
        final CountDownLatch firstBatchMayCommit = new CountDownLatch(1);
        final CountDownLatch firstBatchStarted = new CountDownLatch(1);
        volatile boolean holdFirst;
        volatile String poison;
        int sequence;

        @Override
        public synchronized List<Appended> appendAll(List<NewMessage> batch) {
            batches.add(List.copyOf(batch));
            if (holdFirst && batches.size() == 1) {
                firstBatchStarted.countDown();
                try {
                    firstBatchMayCommit.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (batch.stream().anyMatch(m -> m.text().equals(poison))) {
                throw new IllegalStateException("the database refused the batch");
            }
            List<Appended> outcomes = new ArrayList<>();
            for (NewMessage m : batch) {
                if (m.text().equals("after the end")) {
                    outcomes.add(Appended.refused(new Conflict(null, "the chat has ended", List.of())));
                } else if ("retry".equals(m.clientId()) && batches.size() > 1) {
                    outcomes.add(new Appended("contact-1", data(m, 1), false, null));
                } else {
                    outcomes.add(new Appended("contact-1", data(m, ++sequence), true, null));
                }
            }
            return outcomes;
        }

        private static ChatMessageData data(NewMessage m, int sequence) {
            ChatMessageData d = new ChatMessageData();
            d.chatId = m.chatId();
            d.sequence = sequence;
            d.text = m.text();
            d.clientMessageId = m.clientId();
            return d;
        }
    }

    private ChatWriter writer(ScriptedStore store) {
        ChatWriter writer = new ChatWriter();
        writer.store = store;
        writer.executor = pool;
        writer.posted = new Heard();
        writer.batchSize = 256;
        writer.maxWriters = 1;
        writer.timeoutSeconds = 20;
        return writer;
    }

    private Future<ChatMessageData> send(ChatWriter writer, String text, String clientId) {
        return senders.submit(() -> writer.append("chat-1", Participant.CUSTOMER, "Hanako", text, null, clientId));
    }

    @Test
    void whatWaitsWhileABatchCommitsIsStoredTogetherInTheNextBatch() throws Exception {
        ScriptedStore store = new ScriptedStore();
        store.holdFirst = true;
        ChatWriter writer = writer(store);
        Future<ChatMessageData> first = send(writer, "first", "m-0");
        assertTrue(store.firstBatchStarted.await(10, TimeUnit.SECONDS));
        List<Future<ChatMessageData>> waiting = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            waiting.add(send(writer, "message " + i, "m-" + i));
        }
        org.awaitility.Awaitility.await("seven senders waiting").atMost(java.time.Duration.ofSeconds(10))
                .until(() -> writer.queued() == 7);
        assertEquals(1, store.batches.size(), "nothing is stored while the first batch commits");
        store.firstBatchMayCommit.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS).sequence);
        List<Integer> sequences = new ArrayList<>();
        for (Future<ChatMessageData> f : waiting) {
            sequences.add(f.get(10, TimeUnit.SECONDS).sequence);
        }
        assertEquals(List.of(1, 7), store.batches.stream().map(List::size).toList(), "one commit for the seven that waited");
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), sequences.stream().sorted().toList());
        org.awaitility.Awaitility.await("watchers hear of each new message once it is committed (the announcer follows the commits)")
                .atMost(java.time.Duration.ofSeconds(10)).until(() -> heard.size() == 8);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), heard.stream().map(p -> p.message().sequence).toList(), "in sequence order");
    }

    @Test
    void aRefusedMessageFailsOnlyItsSenderAndAFailedBatchIsRetriedMessageByMessage() throws Exception {
        ScriptedStore store = new ScriptedStore();
        store.holdFirst = true;
        store.poison = "poison";
        ChatWriter writer = writer(store);
        Future<ChatMessageData> first = send(writer, "first", "retry");
        assertTrue(store.firstBatchStarted.await(10, TimeUnit.SECONDS));
        Future<ChatMessageData> good = send(writer, "good", "g");
        Future<ChatMessageData> refused = send(writer, "after the end", null);
        Future<ChatMessageData> poisoned = send(writer, "poison", "p");
        Future<ChatMessageData> retried = send(writer, "first again", "retry");
        org.awaitility.Awaitility.await("four senders waiting").atMost(java.time.Duration.ofSeconds(10))
                .until(() -> writer.queued() == 4);
        store.firstBatchMayCommit.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS).sequence);
        assertEquals("good", good.get(10, TimeUnit.SECONDS).text, "stored although its batch failed as a whole");
        Exception conflict = assertThrows(java.util.concurrent.ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
        assertSame(Conflict.class, conflict.getCause().getClass());
        Exception failed = assertThrows(java.util.concurrent.ExecutionException.class, () -> poisoned.get(10, TimeUnit.SECONDS));
        assertEquals("the database refused the batch", failed.getCause().getMessage());
        assertEquals(1, retried.get(10, TimeUnit.SECONDS).sequence, "a retry answers the message stored first");
        assertEquals(List.of(1, 4, 1, 1, 1, 1), store.batches.stream().map(List::size).toList(), "the failed batch of four, then one by one");
        org.awaitility.Awaitility.await("the new messages announced (the announcer follows the commits)")
                .atMost(java.time.Duration.ofSeconds(10)).until(() -> heard.size() >= 2);
        assertEquals(List.of("first", "good"), heard.stream().map(p -> p.message().text).toList(), "only new messages are announced");
    }

    /** The CDI event, as the test hears it. */
    class Heard implements Event<ChatMessagePosted> {
        @Override
        public void fire(ChatMessagePosted event) {
            heard.add(event);
        }

        @Override
        public <U extends ChatMessagePosted> CompletionStage<U> fireAsync(U event) {
            heard.add(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends ChatMessagePosted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<ChatMessagePosted> select(Annotation... qualifiers) {
            return this;
        }

        /** Events of a subtype are heard the same way (ChatMessagePosted is a record: there are none). */
        @Override
        @SuppressWarnings("unchecked")
        public <U extends ChatMessagePosted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            return (Event<U>) (Event<?>) this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends ChatMessagePosted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            return (Event<U>) (Event<?>) this;
        }
    }
}
