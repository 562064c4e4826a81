package org.contactcenter.ivr.agi.boundary;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.contactcenter.routing.engine.boundary.ContactEnded;
import org.contactcenter.routing.flows.boundary.FlowActionsEmitted;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.model.Channel;

/**
 * The agent whisper of each voice call: what the flow says to the agent once the call is connected (the
 * {@code AgentWhisper} hook's flow, Connect's "agent whisper"), played on the agent's phone before the bridge; the
 * customer whisper ({@code CustomerWhisper}), played to the caller by the dialplan before it joins the agent; and
 * what the {@code AgentHold} flow says to the agent when the call is put on hold. The flow runs after the accept (the
 * hold) is committed, on a thread of its own, so the agent's leg waits for it — bounded — once the call has a flow run.
 */
@ApplicationScoped
public class AgentWhispers {
    private static final int MAX = 100_000;
    private static final String CUSTOMER = "#CUSTOMER";
    private final Map<String, CompletableFuture<List<MediaAction>>> whispers = new ConcurrentHashMap<>();

    void emitted(@Observes FlowActionsEmitted event) {
        if (event.channel() != Channel.VOICE) {
            return;
        }
        for (MediaAction.Type moment : List.of(MediaAction.Type.CONNECTED, MediaAction.Type.HOLD)) {
            if (event.actions().stream().anyMatch(a -> a.type == moment)) {
                List<MediaAction> toAgent = event.actions().stream()
                        .filter(a -> a.type == MediaAction.Type.MESSAGE && "AGENT".equals(a.participant)).toList();
                future(key(event.contactId(), moment)).ifPresent(f -> f.complete(toAgent));
                if (moment == MediaAction.Type.CONNECTED) {
                    List<MediaAction> toCustomer = event.actions().stream()
                            .filter(a -> a.type == MediaAction.Type.MESSAGE && "CUSTOMER".equals(a.participant)).toList();
                    future(event.contactId() + CUSTOMER).ifPresent(f -> f.complete(toCustomer));
                }
            }
        }
    }

    void ended(@Observes ContactEnded event) {
        whispers.remove(key(event.contact().id, MediaAction.Type.CONNECTED));
        whispers.remove(event.contact().id + CUSTOMER);
        whispers.remove(key(event.contact().id, MediaAction.Type.HOLD));
    }

    /** The agent's prompts once the call is connected (empty: none), waiting at most {@code wait} for the flow to say them. */
    List<MediaAction> await(String contactId, Duration wait) {
        return awaitKey(key(contactId, MediaAction.Type.CONNECTED), wait);
    }

    /** The customer whisper once the call is connected (the CustomerWhisper flow's prompts; empty: none), waiting at most {@code wait}. */
    List<MediaAction> awaitCustomer(String contactId, Duration wait) {
        return contactId == null ? List.of() : awaitKey(contactId + CUSTOMER, wait);
    }

    /** The agent's prompts of the call's latest hold (the AgentHold flow; empty: none), waiting at most {@code wait}. */
    List<MediaAction> awaitHold(String contactId, Duration wait) {
        return awaitKey(key(contactId, MediaAction.Type.HOLD), wait);
    }

    private static String key(String contactId, MediaAction.Type moment) {
        return contactId == null ? null : moment == MediaAction.Type.CONNECTED ? contactId : contactId + "#" + moment;
    }

    private List<MediaAction> awaitKey(String key, Duration wait) {
        var f = future(key);
        if (f.isEmpty()) {
            return List.of();
        }
        try {
            return f.get().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            whispers.remove(key);
        }
    }

    private java.util.Optional<CompletableFuture<List<MediaAction>>> future(String key) {
        if (key == null || (whispers.size() >= MAX && !whispers.containsKey(key))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(whispers.computeIfAbsent(key, id -> new CompletableFuture<>()));
    }
}
