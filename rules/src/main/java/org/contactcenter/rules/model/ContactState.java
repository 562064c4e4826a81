package org.contactcenter.rules.model;

/** Where a contact is in routing: waiting in its queue, offered to one agent, connected, in after-contact work, ended. */
public enum ContactState {
    WAITING, OFFERED, CONNECTED, AFTER_CONTACT_WORK, ENDED
}
