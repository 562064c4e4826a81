package org.contactcenter.routing.flows.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Channel;

/**
 * One contact's way through its flows: the contact data flows read and write ({@code $.Attributes}, {@code $.External},
 * stored input, working queue, priority, event hooks), where it is (flow version and action) and what it waits
 * for. Not thread-safe: its owner serializes the events of one contact.
 */
public class FlowRun {
    public enum State {
        /** walking blocks */
        RUNNING,
        /** waiting for customer input (Get customer input) */
        WAITING_FOR_INPUT,
        /** waiting for time to pass or the customer to write (Wait, loop prompts in a customer queue flow) */
        WAITING,
        /** in a queue with no customer queue flow running */
        IN_QUEUE,
        /** connected to an agent */
        CONNECTED,
        /** over */
        ENDED
    }

    /** Which flow of the contact is running. */
    public enum Segment {
        MAIN, CUSTOMER_QUEUE, WHISPER, DISCONNECT
    }

    /** the contact the run serves now (a transfer moves the customer, and the run, to the next contact) */
    public String contactId;
    /** how the current contact was initiated (a transfer flow queues it as TRANSFER or QUEUE_TRANSFER) */
    public org.contactcenter.routing.contacts.entity.InitiationMethod initiationMethod = org.contactcenter.routing.contacts.entity.InitiationMethod.INBOUND;
    /** the contact the current one continues (a transfer), null for the first */
    public String previousContactId;
    public final Channel channel;
    public final String customerEndpoint;
    public final String systemEndpoint;
    public final Instant startedAt;
    public final Map<String, String> attributes = new LinkedHashMap<>();
    public final Map<String, String> external = new LinkedHashMap<>();
    public final Map<String, String> quickTable = new LinkedHashMap<>();
    public final Map<String, String> metrics = new LinkedHashMap<>();
    public final Map<String, String> hooks = new LinkedHashMap<>();
    final Map<String, Integer> loopCounters = new HashMap<>();
    public final List<String> log = new ArrayList<>();

    public String storedInput;
    public String workingQueueId;
    public String workingQueueName;
    public Integer priority;
    public long ageSeconds;
    /** "Set routing criteria" (null: none yet; the routing rules may then give some at enqueue) */
    public org.contactcenter.rules.model.RoutingCriteria routingCriteria;
    public String callbackNumber;
    /** the callback the customer chose while waiting in queue (Create callback contact), null: none */
    public String callbackContactId;
    /** Set voice (UpdateContactTextToSpeechVoice): the voice the following texts are spoken in; null = the adapter's default. */
    public String voice;
    public boolean logging;
    public List<String> recording = List.of();
    public boolean queued;
    public String agentId;

    public State state = State.ENDED;
    public Segment segment = Segment.MAIN;
    public LoadedFlow flow;
    /** the action waiting for an event, or the next to run */
    public String actionId;
    /** why the contact ended */
    public String endReason;
    /** the number the flow sent the customer on to (Transfer to phone number without returning), if it did */
    public String transferredTo;
    int loopPrompt;

    public FlowRun(String contactId, Channel channel, String customerEndpoint, String systemEndpoint, Map<String, String> attributes, Instant startedAt) {
        this.contactId = contactId;
        this.channel = channel;
        this.customerEndpoint = customerEndpoint;
        this.systemEndpoint = systemEndpoint;
        this.startedAt = startedAt;
        if (attributes != null) {
            this.attributes.putAll(attributes);
        }
    }

    public boolean ended() {
        return state == State.ENDED;
    }
}
