package org.contactcenter.rules.model;

/**
 * Where a contact is in routing: waiting in its queue, offered to one agent, connected, in after-contact work, ended.
 * CONNECTED_ONHOLD is how a connected call on hold is reported (Amazon Connect's state); routing keeps it CONNECTED:
 * the agent's slot and everything it may do with the contact stay the same.
 */
public enum ContactState {
    WAITING, OFFERED, CONNECTED, AFTER_CONTACT_WORK, ENDED, CONNECTED_ONHOLD
}
