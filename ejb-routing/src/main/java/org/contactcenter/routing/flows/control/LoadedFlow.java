package org.contactcenter.routing.flows.control;

import org.contactcenter.rules.flow.FlowDocument;

/** One published version of a flow, ready to run. */
public record LoadedFlow(String flowId, String name, String type, int version, FlowDocument document) {
}
