package org.contactcenter.routing.flows.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.contactcenter.routing.flows.control.FlowEnvironment.Failed;
import org.contactcenter.routing.flows.control.FlowEnvironment.QueueInfo;
import org.contactcenter.routing.flows.control.FlowEnvironment.QueueMetrics;
import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.BlockStep;
import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.flow.RoutingCriteriaParameters;

/**
 * The blocks that set something or decide a result without changing how the flow is walked: attributes, working
 * queue, checks (hours, metrics, attributes, percentages, loops), routing and recording behaviour, event hooks,
 * callbacks, external functions and quick tables. {@link FlowInterpreter} runs every other block (prompts that wait,
 * transfers, the ends of flows) itself; the {@code flows} rules then decide how the block completes.
 */
final class Blocks {
    private final FlowInterpreter interpreter;
    private final FlowEnvironment env;

    Blocks(FlowInterpreter interpreter, FlowEnvironment env) {
        this.interpreter = interpreter;
        this.env = env;
    }

    /** Runs the block's side effect and gathers its facts into {@code step}; {@link Failed} takes its error branch. */
    void run(FlowRun run, FlowAction a, BlockStep step, List<MediaAction> out) {
        switch (a.type()) {
        case "MessageParticipant" -> out.add(interpreter.prompt(run, a, ""));
        case "UpdateContactTextToSpeechVoice" -> run.voice = a.parameter("TextToSpeechVoice");
        case "ImportPlaceholder" -> {
            // the rules mark the contact and continue; a skipped flow module or bot is worth a line in the flow log
            interpreter.trace(run, a.identifier() + " is an import placeholder for Connect's " + a.parameter("ConnectType")
                    + (a.parameter("Connect.FlowModuleId") != null ? " (flow module " + a.parameter("Connect.FlowModuleId") + ": its blocks are not run)" : "")
                    + "; replace it with on-prem blocks");
        }
        case "Compare" -> step.fact("comparisonValue", a.parameter("ComparisonValue"));
        case "UpdateContactAttributes" -> { } // the rules decide the changes
        case "UpdateContactTargetQueue" -> {
            QueueInfo queue = a.parameter("AgentId") != null && !a.parameter("AgentId").isBlank()
                    ? env.agentQueue(a.parameter("AgentId")).orElseThrow(() -> new Failed(BlockCatalog.NO_MATCHING_ERROR, "no agent " + a.parameter("AgentId")))
                    : env.queue(a.parameter("QueueId")).orElseThrow(() -> new Failed(BlockCatalog.NO_MATCHING_ERROR, "no queue " + a.parameter("QueueId")));
            run.workingQueueId = queue.id();
            run.workingQueueName = queue.name();
        }
        case "CheckHoursOfOperation" -> {
            String hours = a.parameter("HoursOfOperationId");
            if (hours == null || hours.isBlank()) {
                hours = interpreter.workingQueue(run).hoursId();
            }
            String id = hours;
            step.fact("hoursOpen", env.hoursOpen(hours).orElseThrow(() -> new Failed(BlockCatalog.NO_MATCHING_ERROR, "no hours " + id)));
        }
        case "CheckMetricData" -> {
            QueueMetrics m = interpreter.metrics(run, a);
            step.fact("metric", switch (a.parameter("MetricType")) {
                case "NumberOfContactsInQueue" -> m.contactsInQueue();
                case "OldestContactInQueueAgeSeconds" -> m.oldestContactAgeSeconds();
                case "NumberOfAgentsAvailable" -> m.staffing().available();
                case "NumberOfAgentsStaffed" -> m.staffing().staffed();
                case "NumberOfAgentsOnline" -> m.staffing().online();
                default -> throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "unknown metric " + a.parameter("MetricType"));
            });
        }
        case "GetMetricData" -> {
            QueueMetrics m = interpreter.metrics(run, a);
            run.metrics.clear();
            run.metrics.put("ContactsInQueue", String.valueOf(m.contactsInQueue()));
            run.metrics.put("OldestContactAgeSeconds", String.valueOf(m.oldestContactAgeSeconds()));
            run.metrics.put("AgentsAvailable", String.valueOf(m.staffing().available()));
            run.metrics.put("AgentsStaffed", String.valueOf(m.staffing().staffed()));
            run.metrics.put("AgentsOnline", String.valueOf(m.staffing().online()));
            if (m.position() != null) {
                run.metrics.put("PositionInQueue", String.valueOf(m.position()));
            }
            if (m.estimatedWaitSeconds() != null) {
                run.metrics.put("EstimatedWaitSeconds", String.valueOf(m.estimatedWaitSeconds()));
                run.metrics.put("EstimatedWaitMinutes", String.valueOf(Math.max(1, (m.estimatedWaitSeconds() + 59) / 60)));
            }
        }
        case "DistributeByPercentage" -> step.fact("random", env.random100());
        case "Loop" -> {
            int iteration = run.loopCounters.merge(run.flow.flowId() + "/" + a.identifier(), 1, Integer::sum);
            step.fact("loopIteration", iteration);
            if (iteration > FlowInterpreter.number(a.parameter("LoopCount"), 0)) {
                run.loopCounters.remove(run.flow.flowId() + "/" + a.identifier());
            }
        }
        case "UpdateContactCallbackNumber" -> {
            String number = a.parameter("CallbackNumber");
            if (number != null && number.matches("\\+[1-9][0-9]{6,14}")) {
                run.callbackNumber = number;
            }
        }
        case "CreateCallbackContact" -> {
            String queue = a.parameter("QueueId") != null ? a.parameter("QueueId") : interpreter.workingQueue(run).id();
            String number = run.callbackNumber != null ? run.callbackNumber : run.customerEndpoint;
            if (number == null) {
                throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no callback number");
            }
            // Connect's retries of a callback the customer does not answer: kept with the callback (attributes), used when it is dialled
            if (a.parameter("MaximumConnectionAttempts") != null) {
                run.attributes.put("callbackMaxAttempts", String.valueOf(Math.max(1, Math.min(10, FlowInterpreter.number(a.parameter("MaximumConnectionAttempts"), 1)))));
            }
            if (a.parameter("RetryDelaySeconds") != null) {
                run.attributes.put("callbackRetryDelaySeconds", String.valueOf(Math.max(0, FlowInterpreter.number(a.parameter("RetryDelaySeconds"), 600))));
            }
            String callback = env.createCallback(run, queue, number, FlowInterpreter.number(a.parameter("InitialCallDelaySeconds"), 0));
            if (run.queued && run.state != FlowRun.State.CONNECTED) {
                run.callbackContactId = callback; // the waiting contact leaves its queue for the callback: not abandoned
            }
        }
        case "UpdateContactRoutingBehavior" -> {
            Integer priority = a.parameter("QueuePriority") == null ? null : (int) FlowInterpreter.number(a.parameter("QueuePriority"), 5);
            long age = FlowInterpreter.number(a.parameter("QueueTimeAdjustmentSeconds"), 0);
            if (priority != null) {
                run.priority = priority;
            }
            run.ageSeconds += age;
            if (run.queued) {
                env.changeQueuedPriority(run, priority, age);
            }
        }
        case "UpdateRoutingCriteria" -> {
            try {
                run.routingCriteria = RoutingCriteriaParameters.parse(a.parametersUnder("RoutingCriteria"));
            } catch (RoutingCriteriaParameters.Invalid e) {
                throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "routing criteria: " + e.getMessage());
            }
            if (run.queued) {
                env.changeQueuedCriteria(run, run.routingCriteria);
            }
        }
        case "UpdateContactRecordingBehavior" -> {
            run.recording = List.copyOf(a.parametersUnder("RecordingBehavior.RecordedParticipants").values());
            MediaAction record = new MediaAction(MediaAction.Type.RECORDING);
            record.participants = run.recording;
            out.add(record);
        }
        case "UpdateFlowLoggingBehavior" -> run.logging = "Enabled".equals(a.parameter("FlowLoggingBehavior"));
        case "UpdateContactEventHooks" -> {
            for (Map.Entry<String, String> hook : a.parametersUnder("EventHooks").entrySet()) {
                if (env.publishedFlow(hook.getValue()).isEmpty()) {
                    throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no published flow " + hook.getValue() + " for " + hook.getKey());
                }
                run.hooks.put(hook.getKey(), hook.getValue());
            }
        }
        case "InvokeExternalFunction" -> {
            Map<String, String> answer = env.invoke(a.parameter("FunctionId"), run, a.parametersUnder("InvocationAttributes"));
            run.external.clear();
            run.external.putAll(answer);
            step.output(answer);
        }
        case "ReadQuickTable" -> {
            FlowEnvironment.Item item = env.readQuickTable(a.parameter("QuickTableId"), a.parameter("Key"))
                    .orElseThrow(() -> new Failed(BlockCatalog.KEY_NOT_FOUND, "no item " + a.parameter("Key")));
            long maxAge = FlowInterpreter.number(a.parameter("MaxAgeSeconds"), 0);
            if (maxAge > 0 && Duration.between(item.updatedAt(), env.now()).getSeconds() > maxAge) {
                throw new Failed(BlockCatalog.KEY_NOT_FOUND, "item " + a.parameter("Key") + " is older than " + maxAge + " s");
            }
            run.quickTable.clear();
            run.quickTable.putAll(item.values());
            step.output(item.values());
        }
        case "WriteQuickTable" -> env.writeQuickTable(a.parameter("QuickTableId"), a.parameter("Key"), a.parametersUnder("Value"));
            default -> throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "unsupported block type " + a.type());
        }
    }
}
