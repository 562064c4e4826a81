package org.contactcenter.routing.flows;

import static org.contactcenter.routing.flows.ScriptedCustomer.calls;
import static org.contactcenter.routing.flows.ScriptedCustomer.chats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.flow.FlowProblem;
import org.contactcenter.rules.router.Staffing;
import org.junit.jupiter.api.Test;

/** The demo instance's flows, played by scripted customers against a scripted center (clock, staffing, CRM). */
class DemoFlowsTest {
    static final String UNKNOWN_CALLER = "+81355550000";
    static final String GOLD_MEMBER = "+819011112222";
    final ScriptedCenter center = new ScriptedCenter();

    @Test
    void menuOneGoesToSalesTwoToSupportZeroToAlice() {
        calls(center, UNKNOWN_CALLER).hears("Thank you for contacting").isAsked("For sales, press 1").says("1").isQueuedIn("queue:Sales");
        calls(center, "+81355550001").says("2").isQueuedIn("queue:Support");
        calls(center, "+81355550002").says("0").isQueuedIn("agentqueue:alice");
        assertEquals(3, center.queued.size());
        assertEquals(5, center.queued.get(0).priority() == null ? 5 : center.queued.get(0).priority(), "unknown callers keep the default priority");
    }

    @Test
    void invalidInputAndSilenceAreRetriedTwiceThenSalesTakesTheContact() {
        ScriptedCustomer c = calls(center, UNKNOWN_CALLER).says("7").hears("Sorry, I did not get that").isAsked("For sales");
        c.staysSilent().hears("Sorry").isAsked("For sales");
        c.says("9").isQueuedIn("queue:Sales");
    }

    @Test
    void chatUnderstandsKeywords() {
        ScriptedCustomer visitor = chats(center, "web:visitor-1").isAsked("Choose an option");
        assertFalse(visitor.question().text.contains("press"), "chat wording for a chat: " + visitor.question().text);
        assertEquals(java.util.List.of("sales", "support", "alice"), visitor.question().options);
        assertEquals(java.util.List.of("Sales", "Support", "Talk to Alice"), visitor.question().optionLabels, "buttons show labels");
        visitor.says("Hi, my printer is broken and I need help").isQueuedIn("queue:Support");
        chats(center, "web:visitor-2").says("SALES").isQueuedIn("queue:Sales");
        calls(center, UNKNOWN_CALLER).isAsked("For sales, press 1"); // the voice menu is unchanged
    }

    @Test
    void theJapaneseFlowSpeaksJapaneseAndUnderstandsJapaneseFreeText() {
        ScriptedCustomer visitor = ScriptedCustomer.chatsInJapanese(center, "web:visitor-ja").hears("お問い合わせいただき").isAsked("ご用件");
        assertEquals(java.util.List.of("営業へのご相談", "サポート", "アリスと話す"), visitor.question().optionLabels);
        visitor.says("サポートをお願いします").isQueuedIn("queue:Support");
        ScriptedCustomer.chatsInJapanese(center, "web:visitor-ja2").says("見積もりと注文について").isQueuedIn("queue:Sales");
        ScriptedCustomer.chatsInJapanese(center, "web:visitor-ja3").says("よくわかりません").hears("申し訳ございません").isAsked("ご用件");
    }

    @Test
    void outOfHoursCallersHearTheOpeningHoursAndAreDisconnected() {
        center.now = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant(); // a Saturday
        calls(center, GOLD_MEMBER).hears("We are open Monday to Friday").isDisconnected();
        center.now = ZonedDateTime.of(2026, 11, 24, 18, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant(); // closing time
        calls(center, UNKNOWN_CALLER).hears("We are open").isDisconnected();
        assertTrue(center.queued.isEmpty());
    }

    @Test
    void vipLookupRaisesTheRoutingPriority() {
        calls(center, GOLD_MEMBER).hears("Welcome back, Hanako Yamada. As a GOLD member").says("2").isQueuedIn("queue:Support");
        ScriptedCenter.Queued q = center.queued.get(0);
        assertEquals(1, q.priority());
        assertEquals("Example Trading K.K.", q.attributes().get("company"), "the CRM's answer is in the contact attributes");
        calls(center, "+14155550100").says("2"); // SILVER: no boost
        assertNull(center.queued.get(1).priority());
    }

    @Test
    void aFailingLookupTakesTheErrorBranchAndTheCallGoesOn() {
        center.functions.put("function:Customer lookup", run -> {
            throw new org.contactcenter.routing.flows.control.FlowEnvironment.Failed("NoMatchingError", "did not answer within 3000 ms");
        });
        calls(center, GOLD_MEMBER).hears("Thank you for contacting").says("1").isQueuedIn("queue:Sales");
        assertNull(center.queued.get(0).priority());
    }

    @Test
    void aRepeatCallerWithin24HoursGoesBackToTheSameQueueFlagged() {
        calls(center, UNKNOWN_CALLER).says("2").isQueuedIn("queue:Support");
        center.now = center.now.plus(Duration.ofHours(3));
        ScriptedCustomer again = calls(center, UNKNOWN_CALLER).hears("connecting you to Support again").isQueuedIn("queue:Support");
        assertEquals("true", again.run.attributes.get("repeatCaller"));
        assertEquals("Support", again.run.attributes.get("previousQueue"));
        assertEquals("true", center.queued.get(1).attributes().get("repeatCaller"), "the agent sees it on the contact");

        center.now = center.now.plus(Duration.ofHours(25));
        ScriptedCustomer later = calls(center, UNKNOWN_CALLER).isAsked("For sales");
        assertFalse(later.run.attributes.containsKey("repeatCaller"), "more than 24 h later it is a new call");
    }

    @Test
    void aDeletedQueueAtRunTimeTakesTheErrorBranch() {
        calls(center, UNKNOWN_CALLER).says("2");
        center.queues.remove("queue:Support");
        center.now = center.now.plus(Duration.ofHours(1));
        // the repeat caller's remembered queue is gone: the error branch leads to the menu, and Support's error to "trouble"
        ScriptedCustomer c = calls(center, UNKNOWN_CALLER).isAsked("For sales");
        c.says("2").hears("something went wrong").isDisconnected();
        assertTrue(c.run.log.stream().anyMatch(l -> l.contains("no queue queue:Support")), c.run.log::toString);
    }

    @Test
    void aFullQueueIsAnnounced() {
        center.capacity.put("queue:Sales", 0);
        calls(center, UNKNOWN_CALLER).says("1").hears("unusually high number").isDisconnected();
    }

    @Test
    void nobodyStaffedOffersACallbackOnVoice() {
        center.staffing.put("queue:Support", new Staffing(0, 0, 0));
        ScriptedCustomer c = calls(center, UNKNOWN_CALLER).says("2").isAsked("To be called back");
        c.says("1").hears("We will call you back at " + UNKNOWN_CALLER).isDisconnected();
        assertEquals("queue:Support " + UNKNOWN_CALLER, center.callbacks.get(0));
        assertTrue(center.queued.isEmpty());

        chats(center, "web:visitor").says("support").hears("Stay in this chat").isQueuedIn("queue:Support");
    }

    @Test
    void whileQueuedTheCustomerQueueFlowAnnouncesThePositionAndLoopsPrompts() {
        ScriptedCustomer c = calls(center, UNKNOWN_CALLER).says("1").isQueuedIn("queue:Sales").hears("You are number 1 in the queue")
                .hears("about 3 minutes").hears("Thank you for waiting");
        assertEquals(MediaAction.Type.PAUSE, c.last.get(c.last.size() - 1).type);
        c.staysSilent().hears("Your contact is important to us");
        c.staysSilent().hears("Thank you for waiting");
        c.agentAnswers("agent:bob");
        assertEquals(MediaAction.Type.CONNECTED, c.last.get(0).type);
        MediaAction whisper = c.last.stream().filter(a -> "AGENT".equals(a.participant)).findFirst().orElseThrow();
        assertEquals("VOICE contact from Sales.", whisper.text);
        assertEquals(FlowRun.State.CONNECTED, c.run.state);
        c.staysSilent();
        assertTrue(c.last.isEmpty(), "the queue flow stopped when the agent answered: " + c.last);
    }

    @Test
    void afterTheAgentHangsUpTheDisconnectFlowAsksForFeedback() {
        ScriptedCustomer c = chats(center, "web:visitor").says("buy").agentAnswers("agent:alice");
        c.agentHangsUp().isAsked("how satisfied");
        c.says("5").hears("Goodbye").isDisconnected();
        assertEquals("5", c.run.attributes.get("satisfaction"), c.run.log::toString);
    }

    @Test
    void theCustomerHangingUpInTheQueueAbandonsTheContact() {
        ScriptedCustomer c = calls(center, UNKNOWN_CALLER).says("1");
        c.engine.customerLeft(c.run);
        assertEquals(1, center.abandoned.size());
        assertEquals(FlowRun.State.ENDED, c.run.state);
    }

    @Test
    void theDemoFlowsAreValid() {
        for (String flow : center.flows.keySet()) {
            assertEquals(java.util.List.<FlowProblem>of(), org.contactcenter.rules.flow.FlowValidator.validate(center.flows.get(flow).document(),
                    center.flowTypes.get(flow), center), flow);
        }
        assertEquals(Map.of(), Map.of());
    }
}
