package org.contactcenter.rules.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.model.Channel;
import org.kie.api.definition.type.ClassReactive;

/**
 * Fact: one block about to complete. Given: the action (parameters already resolved: {@code $.} references
 * replaced by their values), the channel, what resumed it (event, input), the system facts the engine gathered for
 * it (e.g. {@code hoursOpen}, {@code metric}, {@code random}, {@code loopIteration}, {@code comparisonValue}), the
 * values a function or quick table returned ({@code output}) and the error a side effect met ({@code failure}).
 * The {@code flows} rules decide: the result the conditions are matched against, the error type, the transition
 * (the next action's identifier, null = the flow ends) and the attribute changes.
 */
@ClassReactive
public final class BlockStep {
    private final FlowAction action;
    private final Channel channel;
    private final CustomerEvent event;
    private final String input;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, String> output = new LinkedHashMap<>();
    private String failure;

    private String result;
    private String errorType;
    private String transition;
    private boolean branchResolved;
    private String storedInput;
    private final Map<String, String> attributeChanges = new LinkedHashMap<>();
    private final List<String> decidedBy = new java.util.ArrayList<>();

    public BlockStep(FlowAction action, Channel channel, CustomerEvent event, String input) {
        this.action = action;
        this.channel = channel;
        this.event = event == null ? CustomerEvent.NONE : event;
        this.input = input;
    }

    public BlockStep fact(String name, Object value) {
        if (value != null) {
            facts.put(name, String.valueOf(value));
        }
        return this;
    }

    public BlockStep output(Map<String, String> values) {
        output.putAll(values);
        return this;
    }

    public BlockStep failure(String errorType) {
        this.failure = errorType;
        return this;
    }

    // ------------------------------------------------------------------------------------------ read by the rules

    public FlowAction getAction() {
        return action;
    }

    public String getType() {
        return action.type();
    }

    public Channel getChannel() {
        return channel;
    }

    public CustomerEvent getEvent() {
        return event;
    }

    public String getInput() {
        return input;
    }

    public String parameter(String name) {
        return action.parameter(name);
    }

    public String fact(String name) {
        return facts.get(name);
    }

    public long number(String name, long otherwise) {
        String v = facts.containsKey(name) ? facts.get(name) : action.parameter(name);
        try {
            return v == null ? otherwise : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public Map<String, String> getOutput() {
        return output;
    }

    public String getFailure() {
        return failure;
    }

    /** Get customer input with StoreInput True (Store customer input). */
    public boolean isStoring() {
        return "GetParticipantInput".equals(action.type()) && "true".equalsIgnoreCase(action.parameter("StoreInput"));
    }

    public boolean isDecided() {
        return transition != null || errorType != null || result != null || branchResolved;
    }

    // ------------------------------------------------------------------------------------------ decided by the rules

    /** The block's result; the conditions are matched against it. */
    public void result(String value, String rule) {
        result = value == null ? "" : value;
        decidedBy.add(rule);
    }

    /** The block took an error; the error branch is resolved next. */
    public void fail(String type, String rule) {
        errorType = type;
        decidedBy.add(rule);
    }

    /** Continue with NextAction. */
    public void next(String rule) {
        transition = action.nextAction();
        branchResolved = true;
        decidedBy.add(rule);
    }

    /**
     * An import placeholder continues where its Connect action would have without a result: NextAction, else the
     * NoMatchingCondition branch (a Lex bot that understood nothing), else NoMatchingError, else its first branch.
     */
    public void placeholder(String rule) {
        transition = action.nextAction();
        for (String error : List.of(BlockCatalog.NO_MATCHING_CONDITION, BlockCatalog.NO_MATCHING_ERROR)) {
            if (transition == null) {
                transition = action.errors().get(error);
            }
        }
        if (transition == null) {
            transition = action.errors().values().stream().findFirst()
                    .orElse(action.conditions().isEmpty() ? null : action.conditions().get(0).nextAction());
        }
        branchResolved = true;
        decidedBy.add(rule);
    }

    public void store(String value, String rule) {
        storedInput = value;
        next(rule);
    }

    public void change(Map<String, String> attributes) {
        attributeChanges.putAll(attributes);
    }

    /** The first condition the result satisfies wins; none → NoMatchingCondition. */
    public void matchConditions(String rule) {
        boolean text = channel == Channel.CHAT && "GetParticipantInput".equals(action.type());
        for (FlowCondition c : action.conditions()) {
            if (ConditionMatcher.matches(c, result, text)) {
                transition = c.nextAction();
                branchResolved = true;
                decidedBy.add(rule);
                return;
            }
        }
        fail(BlockCatalog.NO_MATCHING_CONDITION, rule);
    }

    /** The rules failed: nothing they decided counts; the block takes its NoMatchingError branch. */
    public void failSafe(String why) {
        result = null;
        storedInput = null;
        transition = null;
        branchResolved = false;
        attributeChanges.clear();
        fail(BlockCatalog.NO_MATCHING_ERROR, why);
        takeErrorBranch(why);
    }

    /** The branch of the error type, else the NoMatchingError branch, else none (the flow ends with the error). */
    public void takeErrorBranch(String rule) {
        transition = action.errors().containsKey(errorType) ? action.errors().get(errorType) : action.errors().get(BlockCatalog.NO_MATCHING_ERROR);
        branchResolved = true;
        decidedBy.add(rule);
    }

    public boolean isBranchResolved() {
        return branchResolved;
    }

    public String getResult() {
        return result;
    }

    public String getErrorType() {
        return errorType;
    }

    public String getTransition() {
        return transition;
    }

    public String getStoredInput() {
        return storedInput;
    }

    public Map<String, String> getAttributeChanges() {
        return attributeChanges;
    }

    /** The names of the rules that decided, in order (for the flow log). */
    public List<String> getDecidedBy() {
        return decidedBy;
    }
}
