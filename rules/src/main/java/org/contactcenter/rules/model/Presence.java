package org.contactcenter.rules.model;

/**
 * The status an agent chose: AVAILABLE (routable), a CUSTOM status such as Break (online, not routable, keeps its
 * open contacts) or OFFLINE.
 */
public enum Presence {
    AVAILABLE, CUSTOM, OFFLINE
}
