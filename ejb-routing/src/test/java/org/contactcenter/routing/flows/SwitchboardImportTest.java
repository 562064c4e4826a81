package org.contactcenter.routing.flows;

import static org.contactcenter.routing.flows.ConnectImportTest.export;
import static org.contactcenter.routing.flows.ConnectImportTest.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.contactcenter.routing.flows.control.ConnectImport;
import org.contactcenter.routing.flows.control.FlowEnvironment;
import org.contactcenter.routing.flows.control.FlowParser;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.flow.FlowValidator;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/examples/connect-exports/switchboard.json: a 70-block main number (Lambda, VIP check, language menu, holiday
 * and business hours, a Lex bot, a flow module, menus with retries, staffing and queue checks, queue metrics,
 * callbacks with a stored local number, a transfer to the operator with DTMF digits, three blocks nothing leads to).
 * It reports exactly what it should, and once its three unnamed resources are mapped by ARN it validates and runs.
 */
class SwitchboardImportTest {
    static final String ARN = "arn:aws:connect:ap-northeast-1:123456789012:instance/abcd-1234";
    static final Map<String, String> RESOURCES = Map.of(ARN + "/queue/2222-billing", "queue:Billing",
            ARN + "/operating-hours/hhhh-holidays", "hours:24x7", ARN + "/prompt/pppp-closed", "prompt:Closed");

    final ScriptedCenter center = new ScriptedCenter();

    Optional<String> byName(String kind, String name) {
        String id = kind + ":" + name;
        boolean exists = switch (kind) {
            case "queue" -> center.queues.containsKey(id);
            case "hours" -> center.hours.containsKey(id);
            case "prompt" -> center.prompts.containsKey(id);
            case "flow" -> center.flows.containsKey(id);
            case "function" -> center.functions.containsKey(id);
            case "agent" -> center.exists("agent", id);
            default -> false;
        };
        return exists ? Optional.of(id) : Optional.empty();
    }

    @BeforeEach
    void resources() throws Exception {
        center.queue("Billing", "hours:24x7");
        center.prompts.put("prompt:Closed", new FlowEnvironment.Prompt("Closed", "We are closed.", null));
        center.prompts.put("prompt:Support hold music", new FlowEnvironment.Prompt("Support hold music", "(music)", "hold"));
        center.flow("Support queue with callback", "CUSTOMER_QUEUE", ConnectImport.convert(export("queue-with-callback.json"), this::byName).document());
    }

    @Test
    void withoutAMapItSaysWhichResourcesItCouldNotFindAndWhy() throws Exception {
        ConnectImport.Result r = ConnectImport.convert(export("switchboard.json"), this::byName);
        assertEquals(2, r.unresolved());
        Map<String, String> unresolved = new java.util.TreeMap<>();
        r.references().stream().filter(x -> x.resolvedTo() == null && x.how() == null).forEach(x -> unresolved.put(x.arn(), x.note()));
        assertEquals("no hours named \"Tokyo holidays\": create it or map the ARN in the request's resources", unresolved.get(ARN + "/operating-hours/hhhh-holidays"));
        // a name that matches a resource that already exists binds to it, saying so
        assertEquals("bound by its display name to the existing queue queue:Billing",
                r.references().stream().filter(x -> x.arn().endsWith("2222-billing")).findFirst().orElseThrow().note());
        assertEquals("the export has no display name for this prompt: map its ARN in the request's resources", unresolved.get(ARN + "/prompt/pppp-closed"));
        assertNull(r.references().stream().filter(x -> x.arn().endsWith("pppp-closed")).findFirst().orElseThrow().name());
        // the Legacy queue of the blocks nothing leads to is not asked for
        assertTrue(r.references().stream().noneMatch(x -> x.arn().contains("legacy")));
    }

    @Test
    void mappedByArnItReportsEverythingValidatesAndRuns() throws Exception {
        ConnectImport.Result r = ConnectImport.convert(export("switchboard.json"), RESOURCES, this::byName);
        assertEquals(0, r.unresolved(), r.references()::toString);
        assertEquals(70, r.actions().size());
        assertEquals(List.of("sb-old-welcome", "sb-old-queue", "sb-old-transfer"), r.actions().stream().filter(a -> a.status().equals("REMOVED")).map(ConnectImport.ActionReport::identifier).toList());
        assertEquals(List.of("ConnectParticipantWithLexBot", "InvokeFlowModule"), r.unsupported().stream().map(ConnectImport.ActionReport::type).toList());
        assertEquals(Set.of("MAP", "NAME", "PLACEHOLDER"), new TreeSet<>(r.references().stream().map(ConnectImport.Reference::how).toList()));
        assertEquals(3, r.references().stream().filter(x -> "MAP".equals(x.how())).count());
        // every note kind, each where it belongs
        assertEquals("sb-billing-module", notes(r, "FLOW_MODULE").get(0).identifier());
        assertTrue(notes(r, "FLOW_MODULE").get(0).message().contains("its blocks are not run"));
        assertTrue(notes(r, "PLACEHOLDER").get(0).message().contains("keeps all 6 branches (4 conditions"), notes(r, "PLACEHOLDER")::toString);
        assertTrue(notes(r, "PLACEHOLDER").get(0).message().endsWith("takes NoMatchingCondition → sb-main-menu at run time"));
        assertEquals(List.of("sb-bot"), notes(r, "CUT_OFF").stream().map(ConnectImport.Note::identifier).toList());
        assertTrue(notes(r, "CUT_OFF").get(0).message().endsWith(": sb-bot-billing"), notes(r, "CUT_OFF")::toString);
        assertEquals(List.of("Connect's ConnectionTimeLimitExceeded is CallFailed here (→ sb-operator-failed)"),
                notes(r, "ERROR_BRANCH_MAPPED").stream().map(ConnectImport.Note::message).toList());
        assertEquals(Set.of("sb-store-number", "sb-set-number", "sb-operator"), Set.copyOf(notes(r, "ERROR_BRANCH_DROPPED").stream().map(ConnectImport.Note::identifier).toList()));
        assertEquals(List.of("$.Queue.ARN → $.Queue.Id", "$.Metrics.Agents.Available.Count → $.Metrics.AgentsAvailable", "$.Metrics.Queue.Size → $.Metrics.ContactsInQueue"),
                notes(r, "SYSTEM_ATTRIBUTE_TRANSLATED").stream().map(ConnectImport.Note::message).toList());
        assertEquals(List.of(), notes(r, "UNKNOWN_SYSTEM_ATTRIBUTE"));
        assertEquals(Set.of("AnalyticsBehavior", "TextToSpeechEngine", "InvocationTimeLimitSeconds", "ResponseValidation", "CallerId"),
                Set.copyOf(notes(r, "PARAMETER_DROPPED").stream().map(n -> n.pointer().substring(n.pointer().lastIndexOf('/') + 1)).toList()));
        assertEquals(Set.of("ThirdPartyDTMFDigits", "SSML", "TextToSpeechVoice", "InitialCallDelaySeconds", "MaximumConnectionAttempts", "RetryDelaySeconds", "PhoneNumberValidation"),
                Set.copyOf(notes(r, "PARAMETER_CARRIED").stream().map(n -> n.pointer().substring(n.pointer().lastIndexOf('/') + 1)).toList()));

        var parsed = FlowParser.parse(r.document());
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(), FlowValidator.validate(parsed.document(), "CONTACT_FLOW", center));
        center.flow("Switchboard", "CONTACT_FLOW", r.document()); // "publishes" (validates again)

        // the operator: the bot placeholder goes on to the menu, 0 dials with the DTMF digits, in the flow's voice
        ScriptedCustomer op = new ScriptedCustomer(center, Channel.VOICE, "+819099990000", 100).start("flow:Switchboard");
        op.isAsked("For English, press 1").says("1").hears("Welcome to Example Corp").isAsked("For billing, press 1");
        assertEquals("Joanna", op.question().voice);
        assertEquals("ConnectParticipantWithLexBot", op.run.attributes.get("importPlaceholder"));
        op.says("0");
        MediaAction dial = op.last.get(op.last.size() - 1);
        assertEquals(MediaAction.Type.TRANSFER_TO_PHONE, dial.type);
        assertEquals("+81355550100", dial.phoneNumber);
        assertEquals("1234#", dial.dtmf);

        // billing: the flow module is skipped with a word in the flow log, nobody is staffed, support takes the call
        ScriptedCustomer billing = new ScriptedCustomer(center, Channel.VOICE, "+819099990001", 100).start("flow:Switchboard");
        billing.says("2").isAsked("For billing").says("1");
        assertTrue(billing.run.log.stream().anyMatch(l -> l.contains("flow module") && l.contains("its blocks are not run")), billing.run.log::toString);
        billing.hears("Nobody from billing is in today").isQueuedIn("queue:Support");
        assertEquals("Mizuki", billing.last.stream().filter(a -> a.type == MediaAction.Type.MESSAGE).findFirst().orElseThrow().voice);
        assertEquals("queue:Support", billing.run.attributes.get("queueArn"));
    }

    @Test
    void closedItTakesALocalNumberForACallback() throws Exception {
        center.now = center.now.plus(java.time.Duration.ofHours(10)); // 20:00 in Tokyo
        center.flow("Switchboard", "CONTACT_FLOW", ConnectImport.convert(export("switchboard.json"), RESOURCES, this::byName).document());
        ScriptedCustomer c = new ScriptedCustomer(center, Channel.VOICE, "+819099990002", 100).start("flow:Switchboard");
        c.says("1").hears("We are closed.").isAsked("To be called back when we open, press 1").says("1").isAsked("Enter your phone number");
        c.says("0312345678").hears("We will call you back at +81312345678");
        assertEquals(List.of("queue:Support +81312345678"), center.callbacks);
        c.isDisconnected();
    }
}
