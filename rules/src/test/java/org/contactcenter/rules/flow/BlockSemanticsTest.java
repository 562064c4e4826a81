package org.contactcenter.rules.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flows rule base decides each block's completion as Amazon Connect does. */
class BlockSemanticsTest {
    static RuleBases rules;

    @BeforeAll
    static void load() {
        rules = RuleBases.loadBuiltIn(Clock.systemUTC());
    }

    static FlowAction menu() {
        return new FlowAction(0, "menu", "GetParticipantInput", Map.of("Text", "Press 1 for sales, 2 for support", "InputTimeLimitSeconds", "5"), null,
                List.of(new FlowCondition("sales", "Equals", List.of("1", "sales", "buy")), new FlowCondition("support", "Equals", List.of("2", "support", "help"))),
                errors("timeout", "invalid", "error"));
    }

    static Map<String, String> errors(String timeout, String noMatch, String error) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("InputTimeLimitExceeded", timeout);
        e.put("NoMatchingCondition", noMatch);
        e.put("NoMatchingError", error);
        return e;
    }

    @Test
    void dtmfChoosesTheMatchingOption() {
        assertEquals("sales", rules.decide(new BlockStep(menu(), Channel.VOICE, CustomerEvent.INPUT, "1")).getTransition());
        assertEquals("support", rules.decide(new BlockStep(menu(), Channel.VOICE, CustomerEvent.INPUT, "2")).getTransition());
    }

    @Test
    void invalidAndMissingInputTakeTheirBranches() {
        BlockStep invalid = rules.decide(new BlockStep(menu(), Channel.VOICE, CustomerEvent.INPUT, "7"));
        assertEquals("invalid", invalid.getTransition());
        assertEquals("NoMatchingCondition", invalid.getErrorType());
        assertEquals("timeout", rules.decide(new BlockStep(menu(), Channel.VOICE, CustomerEvent.TIMEOUT, null)).getTransition());
        // DTMF matches exactly: no keywords, no case folding
        assertEquals("invalid", rules.decide(new BlockStep(menu(), Channel.VOICE, CustomerEvent.INPUT, "Sales")).getTransition());
    }

    @Test
    void chatMatchesOptionsAndKeywordIntents() {
        assertEquals("sales", rules.decide(new BlockStep(menu(), Channel.CHAT, CustomerEvent.INPUT, " 1 ")).getTransition());
        assertEquals("sales", rules.decide(new BlockStep(menu(), Channel.CHAT, CustomerEvent.INPUT, "SALES")).getTransition());
        assertEquals("sales", rules.decide(new BlockStep(menu(), Channel.CHAT, CustomerEvent.INPUT, "I want to buy a printer")).getTransition());
        assertEquals("support", rules.decide(new BlockStep(menu(), Channel.CHAT, CustomerEvent.INPUT, "please help!")).getTransition());
        assertEquals("invalid", rules.decide(new BlockStep(menu(), Channel.CHAT, CustomerEvent.INPUT, "helpless buyer")).getTransition());
    }

    @Test
    void storeCustomerInputStoresAndContinues() {
        FlowAction store = new FlowAction(0, "account", "GetParticipantInput", Map.of("Text", "Your account number", "StoreInput", "True"), "next",
                List.of(), Map.of("NoMatchingError", "error"));
        BlockStep step = rules.decide(new BlockStep(store, Channel.VOICE, CustomerEvent.INPUT, "12345678"));
        assertEquals("12345678", step.getStoredInput());
        assertEquals("next", step.getTransition());
    }

    @Test
    void checkHoursCompareAndLoop() {
        FlowAction hours = new FlowAction(0, "hours", "CheckHoursOfOperation", Map.of(), null,
                List.of(new FlowCondition("open", "Equals", List.of("True")), new FlowCondition("closed", "Equals", List.of("False"))),
                Map.of("NoMatchingError", "error"));
        assertEquals("open", rules.decide(new BlockStep(hours, Channel.VOICE, null, null).fact("hoursOpen", true)).getTransition());
        assertEquals("closed", rules.decide(new BlockStep(hours, Channel.VOICE, null, null).fact("hoursOpen", false)).getTransition());

        FlowAction compare = new FlowAction(0, "c", "Compare", Map.of("ComparisonValue", "$.Attributes.balance"), null,
                List.of(new FlowCondition("big", "NumberGreaterThan", List.of("1000")), new FlowCondition("gold", "Equals", List.of("gold"))),
                Map.of("NoMatchingCondition", "other"));
        assertEquals("big", rules.decide(new BlockStep(compare, Channel.CHAT, null, null).fact("comparisonValue", "1500")).getTransition());
        assertEquals("gold", rules.decide(new BlockStep(compare, Channel.CHAT, null, null).fact("comparisonValue", "gold")).getTransition());
        assertEquals("other", rules.decide(new BlockStep(compare, Channel.CHAT, null, null).fact("comparisonValue", "GOLD")).getTransition());
        assertEquals("other", rules.decide(new BlockStep(compare, Channel.CHAT, null, null)).getTransition());

        FlowAction loop = new FlowAction(0, "l", "Loop", Map.of("LoopCount", "2"), null,
                List.of(new FlowCondition("again", "Equals", List.of("ContinueLooping")), new FlowCondition("done", "Equals", List.of("DoneLooping"))),
                Map.of());
        assertEquals("again", rules.decide(new BlockStep(loop, Channel.VOICE, null, null).fact("loopIteration", 1)).getTransition());
        assertEquals("again", rules.decide(new BlockStep(loop, Channel.VOICE, null, null).fact("loopIteration", 2)).getTransition());
        assertEquals("done", rules.decide(new BlockStep(loop, Channel.VOICE, null, null).fact("loopIteration", 3)).getTransition());
    }

    @Test
    void distributeByPercentageUsesCumulativeBounds() {
        FlowAction split = new FlowAction(0, "d", "DistributeByPercentage", Map.of(), null,
                List.of(new FlowCondition("a", "NumberLessThan", List.of("30")), new FlowCondition("b", "NumberLessThan", List.of("100"))),
                Map.of("NoMatchingCondition", "x"));
        assertEquals("a", rules.decide(new BlockStep(split, Channel.VOICE, null, null).fact("random", 29)).getTransition());
        assertEquals("b", rules.decide(new BlockStep(split, Channel.VOICE, null, null).fact("random", 30)).getTransition());
    }

    @Test
    void sideEffectsChangeAttributesOrTakeTheErrorBranch() {
        FlowAction set = new FlowAction(0, "s", "UpdateContactAttributes", Map.of("Attributes.repeatCaller", "true"), "next", List.of(),
                Map.of("NoMatchingError", "error"));
        BlockStep step = rules.decide(new BlockStep(set, Channel.VOICE, null, null));
        assertEquals(Map.of("repeatCaller", "true"), step.getAttributeChanges());
        assertEquals("next", step.getTransition());

        FlowAction call = new FlowAction(0, "f", "InvokeExternalFunction", Map.of("FunctionId", "x"), "next", List.of(),
                Map.of("NoMatchingError", "error"));
        BlockStep ok = rules.decide(new BlockStep(call, Channel.VOICE, null, null).output(Map.of("membershipLevel", "gold")));
        assertEquals(Map.of("membershipLevel", "gold"), ok.getAttributeChanges());
        BlockStep failed = rules.decide(new BlockStep(call, Channel.VOICE, null, null).failure("NoMatchingError"));
        assertEquals("error", failed.getTransition());
        assertTrue(failed.getAttributeChanges().isEmpty());

        FlowAction read = new FlowAction(0, "r", "ReadQuickTable", Map.of("QuickTableId", "t", "Key", "k"), "found", List.of(),
                Map.of("KeyNotFound", "new", "NoMatchingError", "error"));
        assertEquals("new", rules.decide(new BlockStep(read, Channel.VOICE, null, null).failure("KeyNotFound")).getTransition());
        // an error without its own branch takes NoMatchingError's
        FlowAction transfer = new FlowAction(0, "t", "TransferContactToQueue", Map.of(), null, List.of(), Map.of("NoMatchingError", "error"));
        assertEquals("error", rules.decide(new BlockStep(transfer, Channel.VOICE, null, null).failure("QueueAtCapacity")).getTransition());
        // and without any branch the flow ends
        FlowAction bare = new FlowAction(0, "t", "TransferContactToQueue", Map.of(), null, List.of(), Map.of());
        BlockStep ends = rules.decide(new BlockStep(bare, Channel.VOICE, null, null).failure("QueueAtCapacity"));
        assertNull(ends.getTransition());
        assertEquals("QueueAtCapacity", ends.getErrorType());
    }

    @Test
    void channelSpecificBlocks() {
        FlowAction wait = new FlowAction(0, "w", "Wait", Map.of("TimeoutSeconds", "60"), null,
                List.of(new FlowCondition("back", "Equals", List.of("CustomerReturned")), new FlowCondition("gone", "Equals", List.of("WaitCompleted"))),
                Map.of("NoMatchingError", "error"));
        assertEquals("back", rules.decide(new BlockStep(wait, Channel.CHAT, CustomerEvent.INPUT, "hello")).getTransition());
        assertEquals("gone", rules.decide(new BlockStep(wait, Channel.CHAT, CustomerEvent.TIMEOUT, null)).getTransition());
        assertEquals("error", rules.decide(new BlockStep(wait, Channel.VOICE, null, null)).getTransition());

        FlowAction callback = new FlowAction(0, "c", "UpdateContactCallbackNumber", Map.of("CallbackNumber", "0312345678"), "next", List.of(),
                Map.of("InvalidCallbackNumber", "invalid", "NoMatchingError", "error"));
        assertEquals("invalid", rules.decide(new BlockStep(callback, Channel.VOICE, null, null)).getTransition());
        FlowAction good = new FlowAction(0, "c", "UpdateContactCallbackNumber", Map.of("CallbackNumber", "+81312345678"), "next", List.of(),
                Map.of("InvalidCallbackNumber", "invalid", "NoMatchingError", "error"));
        assertEquals("next", rules.decide(new BlockStep(good, Channel.VOICE, null, null)).getTransition());
    }
}
