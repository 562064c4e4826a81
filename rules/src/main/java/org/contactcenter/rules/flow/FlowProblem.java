package org.contactcenter.rules.flow;

/** One problem of a flow document: a JSON pointer (RFC 6901) into the document, and what is wrong there. */
public record FlowProblem(String pointer, String message) {
}
