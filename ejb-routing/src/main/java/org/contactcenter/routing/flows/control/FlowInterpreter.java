package org.contactcenter.routing.flows.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

import org.contactcenter.routing.flows.control.FlowEnvironment.Failed;
import org.contactcenter.routing.flows.control.FlowEnvironment.QueueInfo;
import org.contactcenter.routing.flows.control.FlowEnvironment.QueueMetrics;
import org.contactcenter.routing.flows.control.FlowRun.Segment;
import org.contactcenter.routing.flows.control.FlowRun.State;
import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.BlockStep;
import org.contactcenter.rules.flow.CustomerEvent;
import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.model.Channel;

/**
 * Walks a contact through its flows, channel-neutrally: each block gathers the system facts it needs through the
 * {@link FlowEnvironment}, the {@code flows} rules decide how it completes ({@link BlockStep}), and what the customer
 * (or agent) should see or hear comes out as {@link MediaAction}s for the channel adapter. A walk stops where the
 * flow waits for the customer (input, Wait, loop prompts), when the contact is queued, or when it ends. More than
 * {@code maxSteps} blocks without waiting is a looping flow: it is stopped with a logged error, and the contact's
 * disconnect flow (if set) runs before it is disconnected. {@link BlockRunner} runs each block ({@link Blocks} the
 * ones that only set or decide, {@link Prompts} what is said and asked), {@link References} resolves {@code $.} names.
 */
public final class FlowInterpreter {
    private static final Logger LOG = Logger.getLogger(FlowInterpreter.class.getName());
    private static final int MAX_ATTRIBUTES = 50;
    private static final int MAX_VALUE = 1024;
    private static final int MAX_LOG = 500;

    private final FlowEnvironment env;
    private final UnaryOperator<BlockStep> rules;
    private final int maxSteps;
    private final Blocks blocks;
    private final Prompts prompts;
    private final BlockRunner runner;

    public FlowInterpreter(FlowEnvironment env, UnaryOperator<BlockStep> rules, int maxSteps) {
        this.env = env;
        this.rules = rules;
        this.maxSteps = maxSteps;
        this.blocks = new Blocks(this, env);
        this.prompts = new Prompts(env);
        this.runner = new BlockRunner(this, env, blocks, prompts);
    }

    // ------------------------------------------------------------------------------------------ events

    /** A new contact enters its (inbound) flow. */
    public List<MediaAction> start(FlowRun run, LoadedFlow flow) {
        List<MediaAction> out = new ArrayList<>();
        enter(run, flow, Segment.MAIN);
        walk(run, out);
        return out;
    }

    /** The customer answered, wrote, returned, or the time the flow waited for is up. */
    public List<MediaAction> resume(FlowRun run, CustomerEvent event, String input) {
        List<MediaAction> out = new ArrayList<>();
        if (run.state != State.WAITING_FOR_INPUT && run.state != State.WAITING) {
            return out;
        }
        FlowAction action = current(run).orElse(null);
        if (action == null) {
            unhandled(run, out, "the action " + run.actionId + " it waited in is gone");
            return out;
        }
        FlowAction resolved = resolve(action, run);
        if ("MessageParticipantIteratively".equals(action.type())) {
            if (event != CustomerEvent.TIMEOUT) {
                return out;
            }
            run.loopPrompt++;
            if (Prompts.interrupts(action)) { // the interrupt timer elapsed: its MessagesInterrupted branch
                decideAndMove(run, new BlockStep(resolved, run.channel, event, input), out);
            }
            if (!run.ended() && run.state != State.IN_QUEUE) {
                walk(run, out);
            }
            return out;
        }
        if ("TransferParticipantToThirdParty".equals(action.type())) {
            decideAndMove(run, new BlockStep(resolved, run.channel, event, input)
                    .failure(event == CustomerEvent.INPUT && "CallCompleted".equals(input) ? null : BlockCatalog.CALL_FAILED), out);
        } else {
            CustomerEvent e = event == CustomerEvent.INPUT && (input == null || input.isEmpty()) && run.channel == Channel.VOICE
                    ? CustomerEvent.TIMEOUT : event;
            String given = "GetParticipantInput".equals(action.type()) ? Prompts.phoneNumber(resolved, input) : input;
            decideAndMove(run, new BlockStep(resolved, run.channel, e, given), out);
        }
        if (!run.ended() && run.state != State.IN_QUEUE) {
            walk(run, out);
        }
        return out;
    }

    /** An agent accepted the contact: the customer queue flow stops, the whisper flows run. */
    public List<MediaAction> connected(FlowRun run, String agentId) {
        List<MediaAction> out = new ArrayList<>();
        if (run.ended()) {
            return out;
        }
        run.agentId = agentId;
        run.state = State.CONNECTED;
        MediaAction connected = new MediaAction(MediaAction.Type.CONNECTED);
        connected.agentId = agentId;
        connected.queueId = run.workingQueueId;
        out.add(connected);
        whisper(run, "AgentWhisper", "AGENT", out);
        whisper(run, "CustomerWhisper", "CUSTOMER", out);
        if (!run.ended()) {
            run.state = State.CONNECTED;
            run.segment = Segment.MAIN;
        }
        return out;
    }

    /**
     * An outbound call's customer answered: the queue's outbound whisper flow says its messages to the customer
     * (Connect's OUTBOUND_WHISPER) and returns to the call; routing owns the contact (it was never queued by a flow).
     */
    public List<MediaAction> outboundWhisper(FlowRun run, LoadedFlow flow, String agentId) {
        List<MediaAction> out = new ArrayList<>();
        run.agentId = agentId;
        run.queued = true;
        playWhisper(run, flow, "CUSTOMER", out);
        if (!run.ended()) {
            run.state = State.CONNECTED;
            run.segment = Segment.MAIN;
        }
        return out;
    }

    /** The agent ended the contact: the disconnect flow (if set) runs while the customer is still there. */
    public List<MediaAction> agentDisconnected(FlowRun run) {
        List<MediaAction> out = new ArrayList<>();
        if (run.ended()) {
            return out;
        }
        run.queued = false;
        if (!startDisconnectFlow(run, out)) {
            end(run, out, "agent disconnected");
        }
        return out;
    }

    /**
     * The agent transferred the contact: the run already serves the next contact. Without a transfer flow it waits in
     * the new queue (the customer queue flow, if set, plays); with one, that flow runs (its Transfer to queue queues it).
     */
    public List<MediaAction> transferred(FlowRun run, LoadedFlow transferFlow, String queueId, String queueName) {
        List<MediaAction> out = new ArrayList<>();
        if (run.ended()) {
            return out;
        }
        run.agentId = null;
        run.workingQueueId = queueId;
        run.workingQueueName = queueName;
        MediaAction transferred = new MediaAction(MediaAction.Type.TRANSFERRED);
        transferred.queueId = queueId;
        transferred.text = queueName;
        out.add(transferred);
        if (transferFlow != null) {
            run.queued = false;
            run.state = State.RUNNING;
            enter(run, transferFlow, Segment.MAIN);
            walk(run, out);
            return out;
        }
        run.queued = true;
        run.state = State.IN_QUEUE;
        run.segment = Segment.MAIN;
        MediaAction queued = new MediaAction(MediaAction.Type.QUEUED);
        queued.queueId = queueId;
        queued.text = queueName;
        out.add(queued);
        Optional<LoadedFlow> queueFlow = Optional.ofNullable(run.hooks.get("CustomerQueue")).flatMap(env::publishedFlow);
        if (queueFlow.isPresent()) {
            enter(run, queueFlow.get(), Segment.CUSTOMER_QUEUE);
            walk(run, out);
        }
        return out;
    }

    /** A call was put on hold (the hold flows play: CustomerHold to the customer, AgentHold to the agent) or resumed. */
    public List<MediaAction> held(FlowRun run, boolean held) {
        List<MediaAction> out = new ArrayList<>();
        if (run.ended() || run.state != State.CONNECTED) {
            return out;
        }
        out.add(new MediaAction(held ? MediaAction.Type.HOLD : MediaAction.Type.RESUMED));
        if (held) {
            whisper(run, "CustomerHold", "CUSTOMER", out);
            whisper(run, "AgentHold", "AGENT", out);
        }
        if (!run.ended()) {
            run.state = State.CONNECTED;
            run.segment = Segment.MAIN;
        }
        return out;
    }

    /** The customer hung up or closed the chat. */
    public void customerLeft(FlowRun run) {
        if (run.ended()) {
            return;
        }
        if (run.queued && run.state != State.CONNECTED) {
            env.leftQueue(run, run.callbackContactId);
        }
        run.state = State.ENDED;
        run.endReason = "customer disconnected";
    }

    // ------------------------------------------------------------------------------------------ walking

    void enter(FlowRun run, LoadedFlow flow, Segment segment) {
        run.flow = flow;
        run.segment = segment;
        run.actionId = flow.document().startAction();
        run.state = State.RUNNING;
        trace(run, "enters flow " + flow.name() + " (version " + flow.version() + ")");
    }

    private void walk(FlowRun run, List<MediaAction> out) {
        int steps = 0;
        while (!run.ended()) {
            if (run.actionId == null) {
                flowEnded(run, out, "end of flow " + run.flow.name());
                return;
            }
            FlowAction action = current(run).orElse(null);
            if (action == null) {
                unhandled(run, out, "flow " + run.flow.name() + " has no action " + run.actionId);
                return;
            }
            if (++steps > maxSteps) {
                String message = "Flow " + run.flow.name() + " (version " + run.flow.version() + ") ran " + maxSteps
                        + " blocks without waiting for the customer (looping at " + action.identifier() + "); contact " + run.contactId + " is disconnected";
                LOG.severe(message);
                run.log.add(message);
                run.endReason = "step limit";
                if (run.segment == Segment.DISCONNECT || !startDisconnectFlow(run, out)) {
                    end(run, out, "flow step limit exceeded");
                }
                return;
            }
            if (run.logging) {
                trace(run, action.identifier() + " " + action.type());
            }
            BlockRunner.Exec exec = runner.execute(run, resolve(action, run), out);
            switch (exec.control()) {
                case SUSPEND, STOP -> {
                    return;
                }
                case JUMP -> { }
                case DECIDE -> decideAndMove(run, exec.step(), out);
            }
        }
    }

    void decideAndMove(FlowRun run, BlockStep step, List<MediaAction> out) {
        BlockStep decided = rules.apply(step);
        if (decided.getStoredInput() != null) {
            run.storedInput = decided.getStoredInput();
        }
        changeAttributes(run, decided.getAttributeChanges());
        if (decided.getErrorType() != null) {
            trace(run, step.getAction().identifier() + " took error " + decided.getErrorType());
        }
        if (decided.getErrorType() != null && decided.getTransition() == null) {
            unhandled(run, out, "block " + step.getAction().identifier() + " failed with " + decided.getErrorType() + " and has no error branch");
            return;
        }
        run.actionId = decided.getTransition();
        if (run.state == State.WAITING_FOR_INPUT || run.state == State.WAITING) {
            run.state = State.RUNNING;
        }
    }

    /** The current flow ran out of blocks (or End flow): what happens depends on which flow it was. */
    void flowEnded(FlowRun run, List<MediaAction> out, String reason) {
        switch (run.segment) {
            case MAIN, CUSTOMER_QUEUE -> {
                if (run.state == State.CONNECTED) {
                    return;
                }
                if (run.queued) {
                    run.state = State.IN_QUEUE;
                    run.actionId = null;
                } else {
                    end(run, out, reason);
                }
            }
            case WHISPER -> run.state = State.CONNECTED;
            case DISCONNECT -> end(run, out, reason);
        }
    }

    private void whisper(FlowRun run, String hook, String participant, List<MediaAction> out) {
        Optional<LoadedFlow> flow = Optional.ofNullable(run.hooks.get(hook)).flatMap(env::publishedFlow);
        if (flow.isEmpty() || run.ended()) {
            return;
        }
        playWhisper(run, flow.get(), participant, out);
    }

    /** A whisper flow from its start to its end (it cannot wait for input); its messages go to {@code participant}. */
    private void playWhisper(FlowRun run, LoadedFlow flow, String participant, List<MediaAction> out) {
        enter(run, flow, Segment.WHISPER);
        int first = out.size();
        walk(run, out);
        for (int i = first; i < out.size(); i++) {
            if (out.get(i).type == MediaAction.Type.MESSAGE) {
                out.get(i).participant = participant;
            }
        }
        if (run.state == State.WAITING_FOR_INPUT || run.state == State.WAITING) {
            trace(run, "whisper flow " + flow.name() + " waited for input; whispers cannot, it ends here");
        }
    }

    private boolean startDisconnectFlow(FlowRun run, List<MediaAction> out) {
        Optional<LoadedFlow> flow = Optional.ofNullable(run.hooks.get("CustomerRemaining")).flatMap(env::publishedFlow);
        if (flow.isEmpty()) {
            return false;
        }
        run.hooks.remove("CustomerRemaining");
        enter(run, flow.get(), Segment.DISCONNECT);
        walk(run, out);
        return true;
    }

    private void unhandled(FlowRun run, List<MediaAction> out, String problem) {
        LOG.severe(() -> "Contact " + run.contactId + ": " + problem + "; the contact is disconnected");
        run.log.add("error: " + problem);
        if (run.segment == Segment.DISCONNECT || !startDisconnectFlow(run, out)) {
            end(run, out, "flow error: " + problem);
        }
    }

    void end(FlowRun run, List<MediaAction> out, String reason) {
        if (run.ended()) {
            return;
        }
        if (run.queued && run.state != State.CONNECTED) {
            env.leftQueue(run, run.callbackContactId);
        }
        run.state = State.ENDED;
        if (run.endReason == null) {
            run.endReason = reason;
        }
        out.add(MediaAction.disconnect(reason));
        trace(run, "ends: " + reason);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Optional<FlowAction> current(FlowRun run) {
        return run.flow == null ? Optional.empty() : run.flow.document().action(run.actionId);
    }

    QueueInfo workingQueue(FlowRun run) {
        if (run.workingQueueId == null) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no working queue is set");
        }
        return env.queue(run.workingQueueId).orElseThrow(() -> new Failed(BlockCatalog.NO_MATCHING_ERROR,
                "the working queue " + run.workingQueueId + " no longer exists"));
    }

    QueueMetrics metrics(FlowRun run, FlowAction a) {
        String queueId = a.parameter("QueueId") != null && !a.parameter("QueueId").isBlank() ? a.parameter("QueueId") : workingQueue(run).id();
        if (env.queue(queueId).isEmpty()) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no queue " + queueId);
        }
        return env.metrics(queueId, run.channel, run.contactId);
    }

    /** The text and/or audio of a prompt block ({@link Prompts}). */
    MediaAction prompt(FlowRun run, FlowAction a, String prefix) {
        return prompts.message(run, a, prefix);
    }

    void changeAttributes(FlowRun run, Map<String, String> changes) {
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getKey().length() > 128) {
                continue;
            }
            if (!run.attributes.containsKey(e.getKey()) && run.attributes.size() >= MAX_ATTRIBUTES) {
                trace(run, "attribute " + e.getKey() + " dropped: a contact has at most " + MAX_ATTRIBUTES + " attributes");
                continue;
            }
            String value = e.getValue() == null ? "" : e.getValue();
            run.attributes.put(e.getKey(), value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
        }
    }

    FlowAction resolve(FlowAction a, FlowRun run) {
        return References.resolve(a, run);
    }

    static String interpolate(String value, FlowRun run) {
        return References.interpolate(value, run);
    }

    static long number(String value, long otherwise) {
        return References.number(value, otherwise);
    }

    void trace(FlowRun run, String entry) {
        if (run.log.size() < MAX_LOG) {
            run.log.add(env.now() + " " + entry);
        }
    }
}
