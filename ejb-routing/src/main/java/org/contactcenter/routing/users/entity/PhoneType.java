package org.contactcenter.routing.users.entity;

/** SOFT_PHONE: the agent's softphone endpoint rings; DESK_PHONE: the center calls the agent's desk phone. */
public enum PhoneType {
    SOFT_PHONE, DESK_PHONE
}
