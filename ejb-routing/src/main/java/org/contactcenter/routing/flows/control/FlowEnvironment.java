package org.contactcenter.routing.flows.control;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.router.Staffing;

/**
 * What the flow interpreter needs from the rest of the center (ports): configuration lookups, live routing state,
 * external functions and quick tables. The EE side implements it on the real boundaries; tests script it.
 */
public interface FlowEnvironment {
    /** A side effect failed; the block takes the given error branch. */
    class Failed extends RuntimeException {
        private final String errorType;

        public Failed(String errorType, String message) {
            super(message);
            this.errorType = errorType;
        }

        public String errorType() {
            return errorType;
        }
    }

    record Prompt(String name, String text, String audio) {
    }

    record QueueInfo(String id, String name, String hoursId, boolean agentQueue) {
    }

    record QueueMetrics(int contactsInQueue, long oldestContactAgeSeconds, Staffing staffing, Integer position, Long estimatedWaitSeconds) {
    }

    record Item(Map<String, String> values, Instant updatedAt) {
    }

    Instant now();

    Optional<LoadedFlow> publishedFlow(String flowId);

    Optional<Prompt> prompt(String promptId);

    Optional<QueueInfo> queue(String queueId);

    /** The agent queue of a user who is an agent. */
    Optional<QueueInfo> agentQueue(String userId);

    /** Whether the hours of operation are open now; empty when they do not exist. */
    Optional<Boolean> hoursOpen(String hoursId);

    QueueMetrics metrics(String queueId, Channel channel, String contactId);

    /** Calls an external function; throws {@link Failed} (NoMatchingError) on timeouts and errors. */
    Map<String, String> invoke(String functionId, FlowRun run, Map<String, String> parameters);

    Optional<Item> readQuickTable(String tableId, String key);

    void writeQuickTable(String tableId, String key, Map<String, String> values);

    /** Queues the run's contact; throws {@link Failed} with QueueAtCapacity or NoMatchingError. */
    void enqueue(FlowRun run, String queueId);

    /** Change routing priority / age of a contact that already waits. */
    void changeQueuedPriority(FlowRun run, Integer priority, long ageSeconds);

    /** "Set routing criteria" for a contact that already waits: they apply from now. */
    void changeQueuedCriteria(FlowRun run, org.contactcenter.rules.model.RoutingCriteria criteria);

    /**
     * The customer left while the contact waited: the contact leaves its queue, abandoned, or on to the callback the
     * customer chose while waiting ({@code callbackContactId}; null: none), which is not an abandon.
     */
    void leftQueue(FlowRun run, String callbackContactId);

    /**
     * Queues a callback contact to {@code number} in the queue (after {@code delaySeconds}); its contact id, which the
     * callback has from the start (a delayed one exists from its due time).
     */
    String createCallback(FlowRun run, String queueId, String number, long delaySeconds);

    /** A random whole number 0-99 (Distribute by percentage). */
    int random100();
}
