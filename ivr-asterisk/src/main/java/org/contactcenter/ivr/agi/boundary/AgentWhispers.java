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
 * {@code AgentWhisper} hook's flow, Connect's "agent whisper"), played on the agent's phone before the bridge. The
 * flow runs after the accept is committed, on a thread of its own, so the agent's leg waits for it — bounded — once
 * the call has a flow run.
 */
@ApplicationScoped
public class AgentWhispers {
    private static final int MAX = 100_000;
    private final Map<String, CompletableFuture<List<MediaAction>>> whispers = new ConcurrentHashMap<>();

    void emitted(@Observes FlowActionsEmitted event) {
        if (event.channel() != Channel.VOICE || event.actions().stream().noneMatch(a -> a.type == MediaAction.Type.CONNECTED)) {
            return;
        }
        List<MediaAction> toAgent = event.actions().stream()
                .filter(a -> a.type == MediaAction.Type.MESSAGE && "AGENT".equals(a.participant)).toList();
        future(event.contactId()).ifPresent(f -> f.complete(toAgent));
    }

    void ended(@Observes ContactEnded event) {
        whispers.remove(event.contact().id);
    }

    /** The agent's prompts of the call (empty: none), waiting at most {@code wait} for the flow to say them. */
    List<MediaAction> await(String contactId, Duration wait) {
        var f = future(contactId);
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
            whispers.remove(contactId);
        }
    }

    private java.util.Optional<CompletableFuture<List<MediaAction>>> future(String contactId) {
        if (contactId == null || (whispers.size() >= MAX && !whispers.containsKey(contactId))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(whispers.computeIfAbsent(contactId, id -> new CompletableFuture<>()));
    }
}
