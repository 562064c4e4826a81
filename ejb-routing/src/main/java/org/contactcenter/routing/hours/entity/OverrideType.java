package org.contactcenter.routing.hours.entity;

/** CLOSED: closed on those dates (all day, or only between start and end). OPEN: open only between start and end. */
public enum OverrideType {
    OPEN, CLOSED
}
