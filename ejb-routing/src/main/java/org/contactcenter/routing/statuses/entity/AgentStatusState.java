package org.contactcenter.routing.statuses.entity;

/** A DISABLED status is kept (for history) but agents cannot choose it. */
public enum AgentStatusState {
    ENABLED, DISABLED
}
