package org.contactcenter.ivr.agi.boundary;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.contactcenter.routing.flows.boundary.FlowActionsEmitted;
import org.contactcenter.rules.model.Channel;

/**
 * Lets a caller's AGI step wait, bounded, for its flow to act on what routing just did: the flow hears that a
 * contact's agent has gone on a thread of its own after the end is committed, so a caller handed back to
 * {@code continue} at that moment would otherwise find the flow still "connected" and be given a round of music before
 * the disconnect flow (or the goodbye).
 */
@ApplicationScoped
public class FlowProgress {
    private static final int MAX = 100_000;
    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    void emitted(@Observes FlowActionsEmitted event) {
        if (event.channel() == Channel.VOICE) {
            CompletableFuture<Void> f = waiting.get(event.contactId());
            if (f != null) {
                f.complete(null);
            }
        }
    }

    /**
     * What {@code read} gives once {@code moved} holds for it, waiting at most {@code wait} for the contact's flow to
     * emit actions; after the wait, what {@code read} gives then.
     */
    <T> T await(String contactId, Supplier<T> read, Predicate<T> moved, Duration wait) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (contactId == null || waiting.size() >= MAX || waiting.putIfAbsent(contactId, f) != null) {
            return read.get();
        }
        try {
            T now = read.get(); // read after listening: actions emitted in between are not missed
            if (moved.test(now)) {
                return now;
            }
            f.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // not in time: the caller goes on as the flow stands
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.remove(contactId, f);
        }
        return read.get();
    }
}
