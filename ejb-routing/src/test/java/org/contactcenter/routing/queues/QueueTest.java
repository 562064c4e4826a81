package org.contactcenter.routing.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;

import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.queues.entity.QueueType;
import org.junit.jupiter.api.Test;

class QueueTest {
    static final HoursOfOperation HOURS = new HoursOfOperation("h", null, ZoneId.of("UTC"), List.of(), List.of());

    @Test
    void aStandardQueueNeedsHoursAndAPositiveCap() {
        assertThrows(IllegalArgumentException.class, () -> Queue.standard("q", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> Queue.standard("q", null, HOURS, 0));
        assertEquals(5, Queue.standard("q", null, HOURS, 5).maxContacts());
    }

    @Test
    void anAgentQueueBelongsToItsAgentAndFollowsItsName() {
        Queue queue = Queue.agentQueue("u1", "alice");
        assertEquals(QueueType.AGENT, queue.type());
        assertEquals("agent:alice", queue.name());
        assertNull(queue.hoursOfOperation());
        queue.renameAgent("alice2");
        assertEquals("agent:alice2", queue.name());
        assertThrows(IllegalStateException.class, () -> queue.change("x", null, HOURS, null));
    }
}
