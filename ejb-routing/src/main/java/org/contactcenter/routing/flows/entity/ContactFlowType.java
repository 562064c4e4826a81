package org.contactcenter.routing.flows.entity;

/** Amazon Connect's flow types. Phone numbers need a CONTACT_FLOW (inbound) flow. */
public enum ContactFlowType {
    CONTACT_FLOW, CUSTOMER_QUEUE, CUSTOMER_HOLD, CUSTOMER_WHISPER, AGENT_HOLD, AGENT_WHISPER, OUTBOUND_WHISPER,
    AGENT_TRANSFER, QUEUE_TRANSFER, DISCONNECT
}
