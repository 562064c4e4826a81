package org.contactcenter.routing.contacts.entity;

/** How a contact started (Amazon Connect's InitiationMethod). */
public enum InitiationMethod {
    INBOUND, OUTBOUND, TRANSFER, CALLBACK, API, QUEUE_TRANSFER
}
