package org.contactcenter.routing.flows.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact's run through its flows, as the flow-run API shows it. */
public class FlowRunData {
    @Schema(description = "The contact's id (also its routing contact's id once queued)")
    public String contactId;
    public Channel channel;
    public String customerEndpoint;
    @Schema(description = "The flow running now (a queue, whisper or disconnect flow after the inbound one)")
    public String flowId;
    public String flowName;
    @Schema(description = "The published version the contact runs")
    public Integer flowVersion;
    @Schema(description = "RUNNING, WAITING_FOR_INPUT, WAITING, IN_QUEUE, CONNECTED or ENDED")
    public FlowRun.State state;
    @Schema(description = "MAIN, CUSTOMER_QUEUE, WHISPER or DISCONNECT")
    public FlowRun.Segment segment;
    public Map<String, String> attributes;
    public String workingQueueId;
    public boolean queued;
    public String agentId;
    public Integer priority;
    public String endReason;
    @Schema(description = "Media actions with sequence number > the request's 'after' (all by default), in order")
    public List<SequencedAction> actions;
    @Schema(description = "Sequence number of the last action so far; pass it as 'after' to get only newer ones")
    public int lastSequence;
    @Schema(description = "The flow log (blocks run, errors), when logging is on or errors happened")
    public List<String> log;
    public Instant startedAt;

    /** A media action and its place in the run's sequence. */
    public static class SequencedAction {
        public int sequence;
        public MediaAction action;

        public SequencedAction() {
        }

        public SequencedAction(int sequence, MediaAction action) {
            this.sequence = sequence;
            this.action = action;
        }
    }
}
