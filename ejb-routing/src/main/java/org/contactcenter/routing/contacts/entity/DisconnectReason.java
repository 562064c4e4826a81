package org.contactcenter.routing.contacts.entity;

/**
 * The record's {@code DisconnectReason}: Amazon Connect's codes for who ended the contact, and the center's own
 * details where Connect has none (docs/RECORDS.md). A reason set first (a transfer, a supervisor, a dial status) is
 * kept: the codes below only fill an empty one.
 */
public final class DisconnectReason {
    /** the customer hung up, closed the chat or left the queue */
    public static final String CUSTOMER = "CUSTOMER_DISCONNECT";
    /** the agent ended the contact (the workspace, the API, the agent's phone hung up) */
    public static final String AGENT = "AGENT_DISCONNECT";
    /** the flow ended it (a Disconnect block, the end of the flow) */
    public static final String CONTACT_FLOW = "CONTACT_FLOW_DISCONNECT";
    /** something else: a flow error, a flow's step limit */
    public static final String OTHER = "OTHER";

    private DisconnectReason() {
    }

    /**
     * The code of a contact that ended in its flow, from the run's own reason ({@code customer disconnected},
     * {@code disconnected by flow …}, {@code end of flow …}, {@code transferred to <number>}, {@code flow error: …}); null stays null.
     */
    public static String ofFlowEnd(String flowReason) {
        if (flowReason == null) {
            return null;
        }
        if (flowReason.equals("customer disconnected")) {
            return CUSTOMER;
        }
        if (flowReason.startsWith("transferred to ")) {
            return "TRANSFERRED " + flowReason.substring("transferred to ".length());
        }
        if (flowReason.startsWith("disconnected by flow") || flowReason.startsWith("end of flow") || flowReason.startsWith("end flow in")
                || flowReason.equals("agent disconnected")) {
            return CONTACT_FLOW;
        }
        return OTHER;
    }
}
