package org.contactcenter.routing.flows;

import static org.contactcenter.routing.flows.ConnectImportTest.export;
import static org.contactcenter.routing.flows.ConnectImportTest.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contactcenter.routing.flows.control.ConnectImport;
import org.contactcenter.routing.flows.control.FlowEnvironment;
import org.contactcenter.routing.flows.control.FlowParser;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.flow.FlowValidator;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer queue flow exported from Connect (loop prompts with a prompt ARN and an interrupt, "press 1 to be called
 * back", Connect's $. names, Play prompts with "Errors": [], Connect-only error types) and the inbound flow that
 * queues into it: imported, validated, and run with scripted callers.
 */
class ConnectQueueFlowImportTest {
    final ScriptedCenter center = new ScriptedCenter();
    ConnectImport.Result queueFlow;

    Optional<String> byName(String kind, String name) {
        String id = kind + ":" + name;
        return switch (kind) {
            case "queue" -> center.queues.containsKey(id) ? Optional.of(id) : Optional.empty();
            case "prompt" -> center.prompts.containsKey(id) ? Optional.of(id) : Optional.empty();
            case "flow" -> center.flows.containsKey(id) ? Optional.of(id) : Optional.empty();
            default -> Optional.empty();
        };
    }

    @BeforeEach
    void importBoth() throws Exception {
        center.prompts.put("prompt:Support hold music", new FlowEnvironment.Prompt("Support hold music", "(hold music)", "support-hold"));
        queueFlow = ConnectImport.convert(export("queue-with-callback.json"), this::byName);
        var parsed = FlowParser.parse(queueFlow.document());
        assertEquals(List.of(), FlowValidator.validate(parsed.document(), "CUSTOMER_QUEUE", center));
        center.flow("Support queue with callback", "CUSTOMER_QUEUE", queueFlow.document());
        ConnectImport.Result inbound = ConnectImport.convert(export("inbound-to-support.json"), this::byName);
        assertTrue(inbound.complete(), inbound::toString);
        center.flow("Inbound to Support", "CONTACT_FLOW", inbound.document());
        // the block nothing leads to is removed (and its Sales queue is not asked for), saying so
        assertEquals("66ff-old", notes(inbound, "ORPHAN_REMOVED").get(0).identifier());
        assertEquals(List.of("flow", "queue"), inbound.references().stream().map(ConnectImport.Reference::kind).sorted().toList());
        assertTrue(inbound.references().stream().allMatch(r -> "NAME".equals(r.how()) && r.note().startsWith("bound by its display name")));
    }

    @Test
    void everyReferenceOfTheLoopPromptsIsResolvedAndEveryChangeSaid() {
        assertTrue(queueFlow.complete(), queueFlow::toString);
        ConnectImport.Reference hold = queueFlow.references().stream().filter(r -> r.kind().equals("prompt")).findFirst().orElseThrow();
        assertEquals("/Actions/2/Parameters/Messages/0/PromptId", hold.pointer());
        assertEquals("prompt:Support hold music", hold.resolvedTo());
        assertEquals(List.of("$.Metrics.Queue.Size → $.Metrics.ContactsInQueue"), notes(queueFlow, "SYSTEM_ATTRIBUTE_TRANSLATED").stream().map(ConnectImport.Note::message).toList());
        // Play prompts exported with "Errors": [] get their NoMatchingError branch; the Set callback number gets one too
        assertEquals(List.of("2b7c9d10-ahead", "d7e8f9a0-number", "f5a6b7c8-bye"),
                notes(queueFlow, "ERROR_BRANCH_ADDED").stream().map(ConnectImport.Note::identifier).toList());
        // CallbackNumberNotDialable is InvalidCallbackNumber here, whose branch the block already has
        assertTrue(notes(queueFlow, "ERROR_BRANCH_DROPPED").get(0).message().startsWith("CallbackNumberNotDialable → 9e8d7c6b-sorry dropped: it is InvalidCallbackNumber"));
        assertEquals(3, notes(queueFlow, "PARAMETER_CARRIED").stream().filter(n -> n.identifier().equals("e1f2a3b4-callback")).count());
    }

    @Test
    void theInterruptOffersACallbackAndPressing1QueuesIt() {
        ScriptedCustomer c = new ScriptedCustomer(center, Channel.VOICE, "+819011112222", 100).start("flow:Inbound to Support");
        c.isQueuedIn("queue:Support").hears("There are 1 callers waiting for Support.");
        MediaAction hold = c.last.stream().filter(a -> "support-hold".equals(a.audio)).findFirst().orElseThrow();
        assertEquals(MediaAction.Type.MESSAGE, hold.type);
        MediaAction pause = c.last.get(c.last.size() - 1);
        assertEquals(MediaAction.Type.PAUSE, pause.type);
        assertEquals(20, pause.timeoutSeconds, "the interrupt timer");

        c.staysSilent().isAsked("Press 1 to be called back");   // the 20 s elapsed: MessagesInterrupted
        c.staysSilent();                                        // no answer: back to the loop, its next message
        c.hears("Thank you for waiting");
        c.staysSilent().isAsked("Press 1").says("1");
        assertEquals(List.of("queue:Support +819011112222"), center.callbacks);
        assertEquals("3", c.run.attributes.get("callbackMaxAttempts"));
        assertEquals("300", c.run.attributes.get("callbackRetryDelaySeconds"));
        // the SSML prompt is spoken as its text, the markup going along
        c.hears("Thank you. We will call you back at +819011112222.").isDisconnected();
        assertEquals(List.of(c.run.contactId), center.leftForCallback, "the caller left the queue for its callback");
        assertEquals(List.of(), center.abandoned, "a caller who chose a callback has not abandoned");
        assertEquals("callback:1", c.run.callbackContactId);
        assertTrue(c.last.stream().anyMatch(a -> a.ssml != null && a.ssml.contains("<say-as interpret-as=\"telephone\">+819011112222</say-as>")));
    }

    @Test
    void aNumberThatCannotBeCalledBackKeepsTheCallerWaiting() {
        ScriptedCustomer c = new ScriptedCustomer(center, Channel.VOICE, "anonymous", 100).start("flow:Inbound to Support");
        c.staysSilent().isAsked("Press 1").says("1");
        c.hears("Sorry, we cannot call you back on this number");
        assertEquals(List.of(), center.callbacks);
        assertEquals(MediaAction.Type.PAUSE, c.last.get(c.last.size() - 1).type, "back in the loop prompts: " + c.last);
    }
}
