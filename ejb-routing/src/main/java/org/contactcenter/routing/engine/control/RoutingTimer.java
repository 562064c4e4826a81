package org.contactcenter.routing.engine.control;

import java.io.Serializable;

/** What an EJB timer of the routing engine is for. */
public record RoutingTimer(Kind kind, String contactId, String agentId) implements Serializable {
    public enum Kind {
        /** a queue delay ends: the contact may be eligible for more profiles */
        DELAY,
        /** after-contact work timed out */
        ACW,
        /** an agent without a workspace socket for cc.routing.reconnect-grace-seconds goes Offline */
        RECONNECT
    }
}
