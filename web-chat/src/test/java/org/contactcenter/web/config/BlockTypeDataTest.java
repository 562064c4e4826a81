package org.contactcenter.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.contactcenter.rules.flow.BlockCatalog;
import org.junit.jupiter.api.Test;

class BlockTypeDataTest {

    private static BlockTypeData type(BlockTypesData all, String name) {
        return all.blockTypes.stream().filter(t -> t.type.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyCatalogueTypeIsListedWithWhatTheValidatorChecks() {
        BlockTypesData all = BlockTypesData.catalogue();
        assertEquals(BlockCatalog.all().size(), all.blockTypes.size());
        BlockTypeData input = type(all, "GetParticipantInput");
        assertEquals("OPTIONAL", input.conditions);
        assertEquals(List.of("InputTimeLimitExceeded", "NoMatchingCondition", "NoMatchingError"), input.errors);
        assertEquals(List.of("Text|PromptId|SSML"), input.required);
        assertEquals(Map.of("PromptId", "prompt"), input.references);
        assertEquals(List.of(1L, 180L), input.numbers.get("InputTimeLimitSeconds"));
        assertTrue(input.flowTypes.isEmpty(), "allowed in every flow type");
        BlockTypeData hours = type(all, "CheckHoursOfOperation");
        assertEquals("REQUIRED", hours.conditions);
        assertEquals(List.of("True", "False"), hours.results);
        assertEquals("hours", hours.references.get("HoursOfOperationId"));
        BlockTypeData queue = type(all, "TransferContactToQueue");
        assertEquals(List.of("AGENT_TRANSFER", "CONTACT_FLOW", "QUEUE_TRANSFER"), queue.flowTypes);
        assertTrue(all.operators.contains("Equals") && all.operators.contains("NumberLessThan"));
        assertEquals(BlockCatalog.OPERATORS.size(), all.operators.size());
    }

    @Test
    void rangesAreTwoNumbersAndFixedResultsListed() {
        BlockTypeData loop = BlockTypeData.of(BlockCatalog.type("Loop").orElseThrow());
        assertEquals(Map.of("LoopCount", List.of(0L, 100L)), loop.numbers);
        assertEquals(List.of("ContinueLooping", "DoneLooping"), loop.results);
        BlockTypeData compare = BlockTypeData.of(BlockCatalog.type("Compare").orElseThrow());
        assertTrue(compare.results.isEmpty(), "free values");
        assertEquals(List.of("ComparisonValue"), compare.required);
    }
}
