package org.contactcenter.web.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.BlockType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block type of the flow language as {@code GET /api/v1/contact-flows/block-types} shows it: what the flow
 * designer needs to draw a block's form and branches. Built from {@link BlockCatalog}, which {@code FlowValidator}
 * checks documents against, so the form asks for what publishing requires.
 */
public class BlockTypeData {
    /** Results a block's conditions compare against when the block has a fixed set (docs/FLOWS.md#blocks). */
    private static final Map<String, List<String>> RESULTS = Map.of(
            "CheckHoursOfOperation", List.of("True", "False"),
            "Loop", List.of("ContinueLooping", "DoneLooping"),
            "Wait", List.of("WaitCompleted", "CustomerReturned"));

    @Schema(description = "Action type in the flow document, e.g. MessageParticipant")
    public String type;
    @Schema(description = "Block name as Amazon Connect's designer shows it, e.g. Play prompt")
    public String block;
    public String description;
    @Schema(description = "True when the block continues with Transitions.NextAction")
    public boolean next;
    @Schema(description = "NONE, REQUIRED (at least one condition) or OPTIONAL (e.g. the options of Get customer input)")
    public String conditions;
    @Schema(description = "The results conditions compare against when the block has a fixed set (True/False, …); empty = free values")
    public List<String> results;
    @Schema(description = "Error branches; every one must be connected to publish")
    public List<String> errors;
    @Schema(description = "Required parameters (dotted paths into Parameters); \"A|B\" means one of A or B")
    public List<String> required;
    @Schema(description = "Parameter (dotted path) → kind of resource it names: queue, hours, flow, prompt, function, quickTable, agent")
    public Map<String, String> references;
    @Schema(description = "Numeric parameter (dotted path) → its inclusive range [min, max]")
    public Map<String, List<Long>> numbers;
    @Schema(description = "Flow types the block may be used in; empty = every type")
    public List<String> flowTypes;

    /** The catalogue's entry as JSON. */
    public static BlockTypeData of(BlockType t) {
        BlockTypeData d = new BlockTypeData();
        d.type = t.type();
        d.block = t.block();
        d.description = t.description();
        d.next = t.next();
        d.conditions = t.conditions().name();
        d.results = RESULTS.getOrDefault(t.type(), List.of());
        d.errors = List.copyOf(t.errors());
        d.required = List.copyOf(t.required());
        d.references = new java.util.TreeMap<>(t.references());
        d.numbers = new LinkedHashMap<>();
        new TreeSet<>(t.numbers().keySet()).forEach(k -> d.numbers.put(k, List.of(t.numbers().get(k)[0], t.numbers().get(k)[1])));
        d.flowTypes = List.copyOf(new TreeSet<>(t.flowTypes()));
        return d;
    }

    /** Every block type, in the catalogue's order. */
    public static List<BlockTypeData> all() {
        return BlockCatalog.all().stream().map(BlockTypeData::of).toList();
    }

    /** The condition operators every block's conditions may use. */
    public static List<String> operators() {
        return List.copyOf(new TreeSet<>(BlockCatalog.OPERATORS));
    }
}
