package org.contactcenter.web.config;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The flow language's block catalogue: {@code GET /api/v1/contact-flows/block-types}. */
public class BlockTypesData {
    @Schema(description = "Every block type the flow engine runs")
    public List<BlockTypeData> blockTypes;
    @Schema(description = "Condition operators (Transitions.Conditions[].Condition.Operator)")
    public List<String> operators;

    public static BlockTypesData catalogue() {
        BlockTypesData d = new BlockTypesData();
        d.blockTypes = BlockTypeData.all();
        d.operators = BlockTypeData.operators();
        return d;
    }
}
