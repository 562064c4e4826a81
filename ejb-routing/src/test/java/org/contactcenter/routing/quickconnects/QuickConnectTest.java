package org.contactcenter.routing.quickconnects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.contactcenter.routing.quickconnects.entity.QuickConnect;
import org.contactcenter.routing.quickconnects.entity.QuickConnectType;
import org.junit.jupiter.api.Test;

class QuickConnectTest {
    @Test
    void aTargetNamesExactlyTheDestinationOfItsType() {
        assertThrows(IllegalArgumentException.class, () -> new QuickConnect.Target(QuickConnectType.QUEUE, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new QuickConnect.Target(QuickConnectType.USER, null, null, "+81312345678", null));
        QuickConnect external = new QuickConnect("HQ", null, new QuickConnect.Target(QuickConnectType.PHONE_NUMBER, null, null, "+81312345678", null));
        assertEquals("+81312345678", external.phoneNumber());
    }
}
