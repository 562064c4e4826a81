package org.contactcenter.routing.statuses.entity;

/** ROUTABLE: Available. OFFLINE: Offline. CUSTOM: online, not routable. */
public enum AgentStatusType {
    ROUTABLE, CUSTOM, OFFLINE
}
