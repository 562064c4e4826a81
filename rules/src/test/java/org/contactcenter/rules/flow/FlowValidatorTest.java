package org.contactcenter.rules.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FlowValidatorTest {
    static final FlowReferences KNOWN = new FlowReferences() {
        @Override
        public boolean exists(String kind, String id) {
            return Set.of("queue-1", "hours-1", "prompt-1", "fn-1", "table-1").contains(id);
        }

        @Override
        public Optional<String> flowType(String flowId) {
            return Map.of("queue-flow", "CUSTOMER_QUEUE", "inbound-2", "CONTACT_FLOW").entrySet().stream()
                    .filter(e -> e.getKey().equals(flowId)).map(Map.Entry::getValue).findFirst();
        }
    };

    static Map<String, String> err(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aCorrectFlowHasNoProblems() {
        FlowDocument doc = new FlowDocument("hello", List.of(
                new FlowAction(0, "hello", "MessageParticipant", Map.of("Text", "Hi"), "queue", List.of(), err("NoMatchingError", "bye")),
                new FlowAction(1, "queue", "UpdateContactTargetQueue", Map.of("QueueId", "queue-1"), "hook", List.of(), err("NoMatchingError", "bye")),
                new FlowAction(2, "hook", "UpdateContactEventHooks", Map.of("EventHooks.CustomerQueue", "queue-flow"), "transfer", List.of(), err("NoMatchingError", "bye")),
                new FlowAction(3, "transfer", "TransferContactToQueue", Map.of(), null, List.of(), err("QueueAtCapacity", "bye", "NoMatchingError", "bye")),
                new FlowAction(4, "bye", "DisconnectParticipant", Map.of(), null, List.of(), Map.of())));
        assertEquals(List.of(), FlowValidator.validate(doc, "CONTACT_FLOW", KNOWN));
    }

    @Test
    void everyProblemIsReportedWithItsPointer() {
        FlowDocument doc = new FlowDocument("hello", List.of(
                new FlowAction(0, "hello", "MessageParticipant", Map.of(), "nowhere", List.of(), Map.of()),
                new FlowAction(1, "queue", "UpdateContactTargetQueue", Map.of("QueueId", "deleted-queue"), "hello", List.of(), err("NoMatchingError", "hello")),
                new FlowAction(2, "x", "PlayTuba", Map.of(), null, List.of(), Map.of()),
                new FlowAction(3, "menu", "Compare", Map.of("ComparisonValue", "$.Attributes.a"), null,
                        List.of(new FlowCondition("hello", "Resembles", List.of("1"))), err("NoMatchingCondition", "hello")),
                new FlowAction(4, "hook", "UpdateContactEventHooks", Map.of("EventHooks.CustomerQueue", "inbound-2"), "hello", List.of(), err("NoMatchingError", "hello")),
                new FlowAction(5, "hours", "CheckHoursOfOperation", Map.of("HoursOfOperationId", "$.Attributes.hours"), null, List.of(),
                        err("NoMatchingError", "hello"))));
        List<FlowProblem> problems = FlowValidator.validate(doc, "CONTACT_FLOW", KNOWN);
        List<String> pointers = problems.stream().map(FlowProblem::pointer).toList();
        assertTrue(pointers.contains("/Actions/0/Parameters/Text"), problems::toString);
        assertTrue(pointers.contains("/Actions/0/Transitions/NextAction"), problems::toString);
        assertTrue(pointers.contains("/Actions/0/Transitions/Errors"), problems::toString);
        assertTrue(pointers.contains("/Actions/1/Parameters/QueueId"), problems::toString);
        assertTrue(pointers.contains("/Actions/2/Type"), problems::toString);
        assertTrue(pointers.contains("/Actions/3/Transitions/Conditions/0/Condition/Operator"), problems::toString);
        assertTrue(pointers.contains("/Actions/4/Parameters/EventHooks/CustomerQueue"), problems::toString);
        assertTrue(pointers.contains("/Actions/5/Transitions/Conditions"), problems::toString);
        for (int i = 1; i <= 5; i++) {
            assertTrue(pointers.contains("/Actions/" + i), "unreachable " + i + ": " + problems);
        }
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown queue deleted-queue")), problems::toString);
        // a $. reference is checked at run time, not here
        assertTrue(problems.stream().noneMatch(p -> p.pointer().equals("/Actions/5/Parameters/HoursOfOperationId")), problems::toString);
    }

    @Test
    void startAndTypesAreChecked() {
        FlowDocument doc = new FlowDocument("missing", List.of(
                new FlowAction(0, "a", "MessageParticipantIteratively", Map.of("Messages.0.Text", "Please hold"), null, List.of(), err("NoMatchingError", "a")),
                new FlowAction(1, "a", "DisconnectParticipant", Map.of(), null, List.of(), Map.of())));
        List<String> pointers = FlowValidator.validate(doc, "CONTACT_FLOW", KNOWN).stream().map(FlowProblem::pointer).toList();
        assertTrue(pointers.contains("/StartAction"));
        assertTrue(pointers.contains("/Actions/1/Identifier"));
        assertTrue(pointers.contains("/Actions/0/Type"), "loop prompts only in customer queue flows: " + pointers);
    }

    @Test
    void importLeftoversAreProblemsThatSayWhatToDo() {
        FlowDocument doc = new FlowDocument("loop", List.of(
                new FlowAction(0, "loop", "MessageParticipantIteratively", Map.of("Messages.0.PromptId", "prompt-1", "Messages.1.PromptId", "arn:aws:connect:x:1:instance/i/prompt/p",
                        "InterruptFrequencySeconds", "20"), null, List.of(new FlowCondition("say", "Equals", List.of("MessagesInterrupted"))), err("NoMatchingError", "say")),
                new FlowAction(1, "say", "MessageParticipant", Map.of("Text", "$.Metrics.Queue.Size ahead; $.Metrics.ContactsInQueue in $.Queue.Name"), "loop",
                        List.of(), err("NoMatchingError", "loop")),
                new FlowAction(2, "bot", "ImportPlaceholder", Map.of("ConnectType", "ConnectParticipantWithLexBot", "Connect.LexV2Bot.AliasArn", "arn:aws:lex:x"),
                        null, List.of(new FlowCondition("after", "Equals", List.of("Billing"))), err("NoMatchingCondition", "after", "SomeConnectError", "after")),
                new FlowAction(3, "after", "DisconnectParticipant", Map.of(), null, List.of(), Map.of())));
        List<FlowProblem> problems = FlowValidator.validate(doc, "CUSTOMER_QUEUE", KNOWN);
        // the second loop prompt's ARN (a Messages[] entry) is an unknown prompt
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/Actions/0/Parameters/Messages/1/PromptId") && p.message().startsWith("unknown prompt arn:")), problems::toString);
        // Connect's name is explained; the engine's own names are not problems
        assertEquals(List.of("Connect's $.Metrics.Queue.Size is $.Metrics.ContactsInQueue here"), problems.stream()
                .filter(p -> p.pointer().equals("/Actions/1/Parameters/Text")).map(FlowProblem::message).toList());
        // a placeholder's own error types and kept Connect parameters are not problems; what only it leads to says so
        assertTrue(problems.stream().noneMatch(p -> p.pointer().startsWith("/Actions/2/Parameters") || p.pointer().startsWith("/Actions/2/Transitions")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/Actions/3") && p.message().endsWith(
                "(it follows import placeholder bot for ConnectParticipantWithLexBot, itself unreachable)")), problems::toString);
        assertEquals(4, problems.size(), problems::toString);
    }

    @Test
    void loopPromptsBranchOnlyOnTheirInterrupt() {
        FlowDocument doc = new FlowDocument("loop", List.of(
                new FlowAction(0, "loop", "MessageParticipantIteratively", Map.of("Messages.0.Text", "Please wait"), null,
                        List.of(new FlowCondition("loop", "Equals", List.of("Timeout"))), err("NoMatchingError", "loop"))));
        List<String> messages = FlowValidator.validate(doc, "CUSTOMER_QUEUE", KNOWN).stream().map(FlowProblem::message).toList();
        assertEquals(List.of("Loop prompts has one condition: Equals MessagesInterrupted (its interrupt timer)",
                "missing: the MessagesInterrupted branch needs InterruptFrequencySeconds (the interrupt timer)"), messages);
    }
}
