package org.contactcenter.routing.engine.boundary;

/** CDI event: an agent's status, activity or contacts changed. */
public record AgentStateChanged(AgentStateData state) {
}
