package org.contactcenter.rules.model;

/**
 * What an agent is doing, derived from status and contacts, in Amazon Connect's precedence: the first that applies
 * wins (Error > Missed > Rejected > On contact > ACW > Incoming > custom status > Available; Offline last).
 */
public enum AgentActivity {
    ERROR, MISSED, REJECTED, ON_CONTACT, AFTER_CONTACT_WORK, INCOMING, CUSTOM_STATUS, AVAILABLE, OFFLINE;

    /** Missed, Rejected and Error stop routing until the agent changes status again. */
    public boolean blocksRouting() {
        return this == ERROR || this == MISSED || this == REJECTED;
    }
}
