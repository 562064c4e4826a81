package org.contactcenter.routing.flows.control;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.contactcenter.routing.flows.control.FlowEnvironment.Failed;
import org.contactcenter.routing.flows.control.FlowEnvironment.QueueInfo;
import org.contactcenter.routing.flows.control.FlowRun.Segment;
import org.contactcenter.routing.flows.control.FlowRun.State;
import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.BlockStep;
import org.contactcenter.rules.flow.CustomerEvent;
import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.model.Channel;

/**
 * Runs one block for {@link FlowInterpreter}: the blocks that wait (input, Wait, loop prompts), queue, dial, jump to
 * another flow or end it are run here; every other block's side effect is {@link Blocks}'. The answer says how the
 * walk goes on: the rules decide the block (DECIDE), the contact waits (SUSPEND), the walk stops (STOP), or it
 * continues at the run's new action (JUMP). A failure takes the block's error branch, logged.
 */
final class BlockRunner {
    private static final Logger LOG = Logger.getLogger(FlowInterpreter.class.getName());

    enum Control { DECIDE, SUSPEND, STOP, JUMP }

    record Exec(Control control, BlockStep step) {
        static final Exec SUSPEND = new Exec(Control.SUSPEND, null);
        static final Exec STOP = new Exec(Control.STOP, null);
        static final Exec JUMP = new Exec(Control.JUMP, null);
    }

    private final FlowInterpreter interpreter;
    private final FlowEnvironment env;
    private final Blocks blocks;
    private final Prompts prompts;

    BlockRunner(FlowInterpreter interpreter, FlowEnvironment env, Blocks blocks, Prompts prompts) {
        this.interpreter = interpreter;
        this.env = env;
        this.blocks = blocks;
        this.prompts = prompts;
    }

    Exec execute(FlowRun run, FlowAction a, List<MediaAction> out) {
        BlockStep step = new BlockStep(a, run.channel, CustomerEvent.NONE, null);
        try {
            switch (a.type()) {
                case "GetParticipantInput" -> {
                    out.add(prompts.question(run, a));
                    run.state = State.WAITING_FOR_INPUT;
                    return Exec.SUSPEND;
                }
                case "Wait" -> {
                    if (run.channel == Channel.CHAT) {
                        MediaAction wait = new MediaAction(MediaAction.Type.WAIT);
                        wait.timeoutSeconds = (int) References.number(a.parameter("TimeoutSeconds"), 60);
                        out.add(wait);
                        run.state = State.WAITING;
                        return Exec.SUSPEND;
                    }
                }
                case "MessageParticipantIteratively" -> {
                    prompts.loop(run, a, out);
                    run.state = State.WAITING;
                    return Exec.SUSPEND;
                }
                case "TransferContactToQueue", "TransferContactToAgent" -> {
                    return transferToQueue(run, a, step, out);
                }
                case "TransferParticipantToThirdParty" -> {
                    if (run.channel == Channel.VOICE) {
                        MediaAction dial = new MediaAction(MediaAction.Type.TRANSFER_TO_PHONE);
                        dial.phoneNumber = a.parameter("ThirdPartyPhoneNumber");
                        dial.timeoutSeconds = (int) References.number(a.parameter("ThirdPartyConnectionTimeLimitSeconds"), 30);
                        dial.dtmf = a.parameter("ThirdPartyDTMFDigits");
                        out.add(dial);
                        if ("true".equalsIgnoreCase(a.parameter("ContinueFlowExecution"))) {
                            run.state = State.WAITING;
                            return Exec.SUSPEND;
                        }
                        run.state = State.ENDED;
                        run.endReason = "transferred to " + dial.phoneNumber;
                        run.transferredTo = dial.phoneNumber;
                        return Exec.STOP;
                    }
                }
                case "TransferToFlow" -> {
                    LoadedFlow target = env.publishedFlow(a.parameter("ContactFlowId"))
                            .orElseThrow(() -> new Failed(BlockCatalog.NO_MATCHING_ERROR, "no published flow " + a.parameter("ContactFlowId")));
                    interpreter.enter(run, target, run.segment);
                    return Exec.JUMP;
                }
                case "DisconnectParticipant" -> {
                    interpreter.end(run, out, "disconnected by flow " + run.flow.name());
                    return Exec.STOP;
                }
                case "EndFlowExecution" -> {
                    interpreter.flowEnded(run, out, "end flow in " + run.flow.name());
                    return Exec.STOP;
                }
                default -> blocks.run(run, a, step, out); // the blocks that only set or decide (Blocks)
            }
        } catch (Failed f) {
            interpreter.trace(run, a.identifier() + " (" + a.type() + ") failed: " + f.getMessage());
            // a failure the flow has a branch for (a first-time caller's KeyNotFound) is a normal outcome, not a warning
            java.util.logging.Level level = a.errors().containsKey(f.errorType()) ? java.util.logging.Level.FINE : java.util.logging.Level.WARNING;
            LOG.log(level, () -> "Contact " + run.contactId + ", flow " + run.flow.name() + ", block " + a.identifier() + " (" + a.type() + "): "
                    + f.getMessage() + " -> " + f.errorType());
            step.failure(f.errorType());
        } catch (RuntimeException e) {
            interpreter.trace(run, a.identifier() + " (" + a.type() + ") failed: " + e);
            LOG.log(java.util.logging.Level.WARNING, "Contact " + run.contactId + ", flow " + run.flow.name() + ", block " + a.identifier(), e);
            step.failure(BlockCatalog.NO_MATCHING_ERROR);
        }
        return new Exec(Control.DECIDE, step);
    }

    private Exec transferToQueue(FlowRun run, FlowAction a, BlockStep step, List<MediaAction> out) {
        try {
            if (run.queued) {
                throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "the contact is already queued");
            }
            QueueInfo queue = interpreter.workingQueue(run);
            if ("TransferContactToAgent".equals(a.type()) && !queue.agentQueue()) {
                throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "the working queue " + queue.name() + " is not an agent queue");
            }
            env.enqueue(run, queue.id());
            run.queued = true;
            MediaAction queued = new MediaAction(MediaAction.Type.QUEUED);
            queued.queueId = queue.id();
            queued.text = queue.name();
            out.add(queued);
            interpreter.trace(run, "queued in " + queue.name());
            Optional<LoadedFlow> queueFlow = Optional.ofNullable(run.hooks.get("CustomerQueue")).flatMap(env::publishedFlow);
            if (queueFlow.isPresent() && run.state != State.CONNECTED) {
                interpreter.enter(run, queueFlow.get(), Segment.CUSTOMER_QUEUE);
                return Exec.JUMP;
            }
            if (run.state != State.CONNECTED) {
                run.state = State.IN_QUEUE;
            }
            return Exec.STOP;
        } catch (Failed f) {
            interpreter.trace(run, a.identifier() + " failed: " + f.getMessage());
            LOG.warning(() -> "Contact " + run.contactId + ", flow " + run.flow.name() + ", block " + a.identifier() + ": " + f.getMessage());
            step.failure(f.errorType());
            return new Exec(Control.DECIDE, step);
        }
    }
}
