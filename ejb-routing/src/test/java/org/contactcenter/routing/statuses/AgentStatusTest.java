package org.contactcenter.routing.statuses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.contactcenter.routing.statuses.entity.AgentStatus;
import org.contactcenter.routing.statuses.entity.AgentStatusState;
import org.contactcenter.routing.statuses.entity.AgentStatusType;
import org.junit.jupiter.api.Test;

class AgentStatusTest {
    @Test
    void standardStatusesKeepTheirNameAndStayEnabled() {
        AgentStatus available = AgentStatus.available();
        assertEquals(AgentStatusType.ROUTABLE, available.type());
        assertThrows(IllegalStateException.class, () -> available.change("Ready", null, AgentStatusState.ENABLED, 1));
        assertThrows(IllegalStateException.class, () -> available.change("Available", null, AgentStatusState.DISABLED, 1));
        available.change("Available", "described", AgentStatusState.ENABLED, 3);
        assertEquals(3, available.displayOrder());
    }

    @Test
    void customStatusesChangeFreely() {
        AgentStatus lunch = AgentStatus.custom("Lunch", null, null, 5);
        assertEquals(AgentStatusState.ENABLED, lunch.state());
        lunch.change("Long lunch", null, AgentStatusState.DISABLED, 6);
        assertEquals("Long lunch", lunch.name());
        assertEquals(AgentStatusType.CUSTOM, lunch.type());
    }
}
