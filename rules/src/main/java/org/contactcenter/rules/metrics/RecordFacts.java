package org.contactcenter.rules.metrics;

import org.contactcenter.rules.model.Channel;

/**
 * What the metrics read of one contact record. Times are epoch milliseconds, null when it has not happened.
 * {@code agentQueue}: the contact waits in an agent's own queue (Amazon Connect keeps those out of queue metrics).
 * {@code transferredIn}: initiated by a transfer (TRANSFER, QUEUE_TRANSFER); {@code transferredOut}: its agent
 * transferred it on; {@code ended}: the record is final (state ENDED).
 */
public record RecordFacts(String contactId, Channel channel, String queueId, boolean agentQueue, String agentId, String profileId,
                          long enqueuedAt, Long dequeuedAt, Long connectedToAgentAt, Long acwStartedAt, Long acwEndedAt, Long disconnectedAt,
                          long holdMillis, int holdCount, int missed, boolean transferredIn, boolean transferredOut, boolean ended) {

    /** Answered: connected to an agent. */
    public boolean answered() {
        return connectedToAgentAt != null;
    }

    /** Abandoned (Connect): queued and disconnected without ever being connected to an agent (a transfer on is not abandoned). */
    public boolean abandoned() {
        return ended && connectedToAgentAt == null && !transferredOut && disconnectedAt != null;
    }

    /** Handled: connected to an agent and the agent leg is over (after-contact work started). */
    public boolean handled() {
        return connectedToAgentAt != null && acwStartedAt != null;
    }

    /** Completed: handled and its after-contact work is over, so its handle time is known. */
    public boolean completed() {
        return handled() && acwEndedAt != null;
    }

    /** Milliseconds from enqueue to answer (null: not answered). */
    public Long answerMillis() {
        return answered() ? Math.max(0, (dequeuedAt != null ? dequeuedAt : connectedToAgentAt) - enqueuedAt) : null;
    }
}
