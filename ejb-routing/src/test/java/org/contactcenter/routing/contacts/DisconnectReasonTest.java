package org.contactcenter.routing.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.contactcenter.routing.contacts.entity.DisconnectReason;
import org.junit.jupiter.api.Test;

/** How the flow's own reasons for a contact that ended in it become the record's Connect codes. */
class DisconnectReasonTest {
    @Test
    void theFlowsReasonsBecomeConnectsCodes() {
        assertEquals("CUSTOMER_DISCONNECT", DisconnectReason.ofFlowEnd("customer disconnected"));
        assertEquals("CONTACT_FLOW_DISCONNECT", DisconnectReason.ofFlowEnd("disconnected by flow Main menu"));
        assertEquals("CONTACT_FLOW_DISCONNECT", DisconnectReason.ofFlowEnd("end of flow Self-service"));
        assertEquals("CONTACT_FLOW_DISCONNECT", DisconnectReason.ofFlowEnd("end flow in Self-service"));
        assertEquals("TRANSFERRED +81312345678", DisconnectReason.ofFlowEnd("transferred to +81312345678"));
        assertEquals("OTHER", DisconnectReason.ofFlowEnd("flow error: no such queue"));
        assertEquals("OTHER", DisconnectReason.ofFlowEnd("flow step limit exceeded"));
        assertNull(DisconnectReason.ofFlowEnd(null));
    }
}
