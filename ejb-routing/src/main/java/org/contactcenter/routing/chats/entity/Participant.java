package org.contactcenter.routing.chats.entity;

/** Who wrote a chat message: the customer, the agent, or the system (the flow's prompts, joins and leaves). */
public enum Participant {
    CUSTOMER, AGENT, SYSTEM
}
