package org.contactcenter.routing.quickconnects.entity;

/** QUEUE: transfer to a queue (with a transfer flow); USER: to an agent; PHONE_NUMBER: to an external number. */
public enum QuickConnectType {
    QUEUE, USER, PHONE_NUMBER
}
