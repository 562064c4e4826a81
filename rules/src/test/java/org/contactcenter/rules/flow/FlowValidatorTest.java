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
}
