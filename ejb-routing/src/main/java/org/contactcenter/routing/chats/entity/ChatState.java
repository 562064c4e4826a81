package org.contactcenter.routing.chats.entity;

/** A chat is ACTIVE until the customer, the agent, the flow or the idle timeout ends it. */
public enum ChatState {
    ACTIVE, ENDED
}
