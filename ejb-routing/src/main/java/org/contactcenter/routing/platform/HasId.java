package org.contactcenter.routing.platform;

/** A resource representation with a server-assigned id. */
public interface HasId {
    String id();
}
