package org.contactcenter.routing.flows.boundary;

import java.util.List;

import org.contactcenter.rules.flow.FlowProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of validating a flow document: every problem with a JSON pointer into the document. */
public class FlowValidation {
    @Schema(description = "True when the document can be published")
    public boolean valid;
    @Schema(description = "Every problem: pointer (RFC 6901, into the flow document) and message")
    public List<Problem> problems;

    /** One problem. */
    public static class Problem {
        @Schema(description = "JSON pointer into the flow document, e.g. /Actions/3/Transitions/NextAction")
        public String pointer;
        public String message;

        public Problem() {
        }

        public Problem(String pointer, String message) {
            this.pointer = pointer;
            this.message = message;
        }
    }

    public FlowValidation() {
    }

    public FlowValidation(List<FlowProblem> problems) {
        this.valid = problems.isEmpty();
        this.problems = problems.stream().map(p -> new Problem(p.pointer(), p.message())).toList();
    }
}
