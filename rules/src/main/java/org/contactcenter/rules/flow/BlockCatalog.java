package org.contactcenter.rules.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.contactcenter.rules.flow.BlockType.Conditions;

/**
 * Every block type the flow engine runs, named as in Amazon Connect's flow language (Version 2019-10-30), plus the
 * on-prem blocks {@code InvokeExternalFunction} (Connect's Invoke Lambda), {@code ReadQuickTable} and
 * {@code WriteQuickTable}. docs/FLOWS.md documents each; {@link FlowValidator} checks documents against it.
 */
public final class BlockCatalog {
    public static final String NO_MATCHING_ERROR = "NoMatchingError";
    public static final String NO_MATCHING_CONDITION = "NoMatchingCondition";
    public static final String INPUT_TIME_LIMIT_EXCEEDED = "InputTimeLimitExceeded";
    public static final String QUEUE_AT_CAPACITY = "QueueAtCapacity";
    public static final String KEY_NOT_FOUND = "KeyNotFound";
    public static final String CALL_FAILED = "CallFailed";
    public static final String INVALID_CALLBACK_NUMBER = "InvalidCallbackNumber";
    /** Loop prompts' result when its interrupt timer (InterruptFrequencySeconds) elapses. */
    public static final String MESSAGES_INTERRUPTED = "MessagesInterrupted";
    /** What an imported Connect action without an on-prem block becomes (docs/FLOWS.md, importing). */
    public static final String IMPORT_PLACEHOLDER = "ImportPlaceholder";

    public static final Set<String> OPERATORS = Set.of("Equals", "NumberGreaterThan", "NumberLessThan", "NumberGreaterOrEqualTo",
            "NumberLessOrEqualTo", "TextStartsWith", "TextEndsWith", "TextContains");
    public static final Set<String> METRIC_TYPES = Set.of("NumberOfContactsInQueue", "OldestContactInQueueAgeSeconds",
            "NumberOfAgentsAvailable", "NumberOfAgentsStaffed", "NumberOfAgentsOnline");
    public static final Set<String> EVENT_HOOKS = Set.of("CustomerQueue", "CustomerRemaining", "AgentWhisper", "CustomerWhisper",
            "CustomerHold", "AgentHold");

    private static final Set<String> CONTACT_HANDLING = Set.of("CONTACT_FLOW", "AGENT_TRANSFER", "QUEUE_TRANSFER");
    private static final Map<String, BlockType> TYPES = new LinkedHashMap<>();

    static {
        add("MessageParticipant", "Play prompt", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of("Text|PromptId|SSML"),
                Map.of("PromptId", "prompt"), Map.of(), Set.of(),
                "Plays an audio prompt or speaks text (voice); sends the text as a message (chat).");
        add("MessageParticipantIteratively", "Loop prompts", false, Conditions.OPTIONAL, List.of(NO_MATCHING_ERROR), List.of("Messages.0.Text|Messages.0.PromptId|Messages.0.SSML"),
                Map.of("Messages.*.PromptId", "prompt"), Map.of("InterruptFrequencySeconds", new long[] {1, 3600}), Set.of("CUSTOMER_QUEUE", "CUSTOMER_HOLD", "AGENT_HOLD"),
                "Queue and hold flows: plays its messages in turn until an agent answers; with InterruptFrequencySeconds the interrupt timer "
                        + "ends it with the result MessagesInterrupted (condition Equals MessagesInterrupted) after that many seconds.");
        add("GetParticipantInput", "Get customer input / Store customer input", false, Conditions.OPTIONAL,
                List.of(INPUT_TIME_LIMIT_EXCEEDED, NO_MATCHING_CONDITION, NO_MATCHING_ERROR), List.of("Text|PromptId|SSML"),
                Map.of("PromptId", "prompt"), Map.of("InputTimeLimitSeconds", new long[] {1, 180},
                        "InputValidation.CustomValidation.MaximumLength", new long[] {1, 20}), Set.of(),
                "Prompts, then waits for DTMF (voice) or a message (chat). Options are conditions; in chat a message matches an option by "
                        + "its value or by a keyword. StoreInput True stores multi-digit input in $.StoredCustomerInput (then only NoMatchingError).");
        add("UpdateContactAttributes", "Set contact attributes", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of(),
                Map.of(), Map.of(), Set.of(), "Sets user-defined attributes (Attributes.NAME = value or $. reference).");
        add("Compare", "Check contact attributes", false, Conditions.REQUIRED, List.of(NO_MATCHING_CONDITION), List.of("ComparisonValue"),
                Map.of(), Map.of(), Set.of(), "Compares a value ($. reference) against its conditions; the first match wins.");
        add("UpdateContactTargetQueue", "Set working queue / transfer to agent", true, Conditions.NONE, List.of(NO_MATCHING_ERROR),
                List.of("QueueId|AgentId"), Map.of("QueueId", "queue", "AgentId", "agent"), Map.of(), CONTACT_HANDLING,
                "Sets the queue TransferContactToQueue uses: a queue, or an agent's own agent queue (AgentId).");
        add("TransferContactToQueue", "Transfer to queue", false, Conditions.NONE, List.of(QUEUE_AT_CAPACITY, NO_MATCHING_ERROR), List.of(),
                Map.of(), Map.of(), CONTACT_HANDLING,
                "Queues the contact in its working queue; the customer queue flow (if set) runs while it waits.");
        add("TransferContactToAgent", "Transfer to agent", false, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of(),
                Map.of(), Map.of(), Set.of("AGENT_TRANSFER", "CONTACT_FLOW"),
                "Queues the contact in its working queue, which must be an agent queue.");
        add("TransferParticipantToThirdParty", "Transfer to phone number", true, Conditions.NONE,
                List.of(CALL_FAILED, NO_MATCHING_ERROR), List.of("ThirdPartyPhoneNumber"), Map.of(),
                Map.of("ThirdPartyConnectionTimeLimitSeconds", new long[] {1, 600}), CONTACT_HANDLING,
                "Voice only: dials the number; NextAction is taken after the call when ContinueFlowExecution is True. Chat takes NoMatchingError.");
        add("TransferToFlow", "Transfer to flow", false, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of("ContactFlowId"),
                Map.of("ContactFlowId", "flow"), Map.of(), Set.of(), "Continues in another flow's published version.");
        add("CheckHoursOfOperation", "Check hours of operation", false, Conditions.REQUIRED, List.of(NO_MATCHING_ERROR), List.of(),
                Map.of("HoursOfOperationId", "hours"), Map.of(), Set.of(),
                "Result True (open) or False, for the given hours or the working queue's.");
        add("CheckMetricData", "Check queue status / Check staffing", false, Conditions.REQUIRED, List.of(NO_MATCHING_CONDITION, NO_MATCHING_ERROR),
                List.of("MetricType"), Map.of("QueueId", "queue"), Map.of(), Set.of(),
                "Result: the metric (contacts in queue, oldest contact age in s, agents available / staffed / online) of the given or working queue.");
        add("GetMetricData", "Get queue metrics", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of(), Map.of("QueueId", "queue"),
                Map.of(), Set.of(), "Loads $.Metrics.* (contacts in queue, oldest age, agents, position, estimated wait) of the given or working queue.");
        add("DistributeByPercentage", "Distribute by percentage", false, Conditions.REQUIRED, List.of(NO_MATCHING_CONDITION), List.of(),
                Map.of(), Map.of(), Set.of(), "Result: a random number 0-99; conditions NumberLessThan with cumulative percentages.");
        add("Loop", "Loop", false, Conditions.REQUIRED, List.of(), List.of("LoopCount"), Map.of(), Map.of("LoopCount", new long[] {0, 100}),
                Set.of(), "Result ContinueLooping while the block ran at most LoopCount times in a row, then DoneLooping (and the count restarts).");
        add("Wait", "Wait", false, Conditions.REQUIRED, List.of(NO_MATCHING_ERROR), List.of("TimeoutSeconds"), Map.of(),
                Map.of("TimeoutSeconds", new long[] {1, 604800}), Set.of(),
                "Chat: waits TimeoutSeconds; result WaitCompleted, or CustomerReturned when the customer writes first. Voice takes NoMatchingError.");
        add("UpdateContactCallbackNumber", "Set callback number", true, Conditions.NONE, List.of(INVALID_CALLBACK_NUMBER, NO_MATCHING_ERROR),
                List.of("CallbackNumber"), Map.of(), Map.of(), Set.of(), "Sets the number a queued callback calls (E.164).");
        add("CreateCallbackContact", "Transfer to queue (queued callback)", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of(),
                Map.of("QueueId", "queue"), Map.of("InitialCallDelaySeconds", new long[] {0, 86400}, "MaximumConnectionAttempts", new long[] {1, 10},
                        "RetryDelaySeconds", new long[] {0, 86400}), Set.of("CONTACT_FLOW", "AGENT_TRANSFER", "QUEUE_TRANSFER", "CUSTOMER_QUEUE"),
                "Queues a callback contact (initiation CALLBACK) to the callback number in the given or working queue; the flow continues.");
        add("UpdateContactRoutingBehavior", "Change routing priority / age", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of(),
                Map.of(), Map.of("QueuePriority", new long[] {1, 99}, "QueueTimeAdjustmentSeconds", new long[] {0, 86400}), Set.of(),
                "Sets the routing priority (1-99) and/or makes the contact older by QueueTimeAdjustmentSeconds (also while it waits).");
        add("UpdateRoutingCriteria", "Set routing criteria", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of(),
                Map.of(), Map.of(), Set.of("CONTACT_FLOW", "CUSTOMER_QUEUE", "AGENT_TRANSFER", "QUEUE_TRANSFER"),
                "RoutingCriteria.Steps: proficiency requirements (AttributeCondition / AndExpression / OrExpression) with an Expiry each, "
                        + "relaxed in turn while the contact waits, then any agent; set while waiting (customer queue flow) they apply at once.");
        add("UpdateContactRecordingBehavior", "Set recording and analytics behavior", true, Conditions.NONE, List.of(), List.of(),
                Map.of(), Map.of(), Set.of(), "RecordingBehavior.RecordedParticipants.N = Agent / Customer; empty stops recording.");
        add("UpdateFlowLoggingBehavior", "Set logging behavior", true, Conditions.NONE, List.of(), List.of("FlowLoggingBehavior"),
                Map.of(), Map.of(), Set.of(), "Enabled / Disabled: logs every block the contact runs (flow log of the run).");
        add("UpdateContactEventHooks", "Set customer queue / disconnect / whisper flow", true, Conditions.NONE, List.of(NO_MATCHING_ERROR),
                List.of(), Map.of("EventHooks.CustomerQueue", "flow", "EventHooks.CustomerRemaining", "flow",
                        "EventHooks.AgentWhisper", "flow", "EventHooks.CustomerWhisper", "flow",
                        "EventHooks.CustomerHold", "flow", "EventHooks.AgentHold", "flow"), Map.of(), Set.of(),
                "EventHooks.CustomerQueue / CustomerRemaining (disconnect flow) / AgentWhisper / CustomerWhisper / CustomerHold / AgentHold = flow id.");
        add("InvokeExternalFunction", "Invoke external function (Invoke Lambda)", true, Conditions.NONE, List.of(NO_MATCHING_ERROR),
                List.of("FunctionId"), Map.of("FunctionId", "function"), Map.of(), Set.of(),
                "HTTP JSON call with the contact; the answer goes to $.External.* and into the contact attributes; failure → NoMatchingError.");
        add("ReadQuickTable", "Quick table read", true, Conditions.NONE, List.of(KEY_NOT_FOUND, NO_MATCHING_ERROR), List.of("QuickTableId", "Key"),
                Map.of("QuickTableId", "quickTable"), Map.of("MaxAgeSeconds", new long[] {1, 31_536_000}), Set.of(),
                "Reads an item; its values go to $.QuickTable.* and into the attributes; missing or older than MaxAgeSeconds → KeyNotFound.");
        add("WriteQuickTable", "Quick table write", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of("QuickTableId", "Key"),
                Map.of("QuickTableId", "quickTable"), Map.of(), Set.of(), "Creates or replaces an item: Key, Value.NAME = value or $. reference.");
        add("UpdateContactTextToSpeechVoice", "Set voice", true, Conditions.NONE, List.of(NO_MATCHING_ERROR), List.of("TextToSpeechVoice"),
                Map.of(), Map.of(), Set.of(), "Sets the voice that speaks the following texts (each MESSAGE / GET_INPUT carries it as voice).");
        add(IMPORT_PLACEHOLDER, "Import placeholder", false, Conditions.OPTIONAL, List.of(), List.of("ConnectType"), Map.of(), Map.of(), Set.of(),
                "An imported Connect action with no on-prem block (ConnectType; its parameters under Connect.*), every branch kept: "
                        + "sets importPlaceholder = ConnectType and takes NextAction, else its NoMatchingCondition, else its NoMatchingError branch.");
        add("DisconnectParticipant", "Disconnect / hang up", false, Conditions.NONE, List.of(), List.of(), Map.of(), Map.of(), Set.of(),
                "Ends the contact.");
        add("EndFlowExecution", "End flow / Resume", false, Conditions.NONE, List.of(), List.of(), Map.of(), Map.of(), Set.of(),
                "Ends this flow: a queued contact keeps waiting, a whisper or queue flow returns, otherwise the contact is disconnected.");
    }

    private BlockCatalog() {
    }

    private static void add(String type, String block, boolean next, Conditions conditions, List<String> errors, List<String> required,
                            Map<String, String> references, Map<String, long[]> numbers, Set<String> flowTypes, String description) {
        TYPES.put(type, new BlockType(type, block, next, conditions, errors, required, references, numbers, flowTypes, description));
    }

    public static Optional<BlockType> type(String name) {
        return Optional.ofNullable(name == null ? null : TYPES.get(name));
    }

    public static java.util.Collection<BlockType> all() {
        return TYPES.values();
    }
}
