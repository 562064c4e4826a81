package org.contactcenter.routing.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.hours.entity.HoursRange;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.Violation;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.routing.profiles.entity.MediaConcurrency;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.profiles.entity.RoutingProfileQueue;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

class RoutingProfileTest {
    static final HoursOfOperation HOURS = new HoursOfOperation("h", null, ZoneId.of("UTC"),
            List.of(new HoursRange(DayOfWeek.MONDAY, 0, 1440)), List.of());
    static final Queue SALES = Queue.standard("Sales", null, HOURS, null);
    static final Queue AGENT = Queue.agentQueue("user-1", "alice");
    static final MediaConcurrency VOICE = new MediaConcurrency(Channel.VOICE, 1, null);
    static final MediaConcurrency CHAT = new MediaConcurrency(Channel.CHAT, 3, CrossChannelBehavior.ROUTE_ANY_CHANNEL);

    @Test
    void concurrencyIsOneForVoiceAndOneToTenForChat() {
        assertThrows(IllegalArgumentException.class, () -> new MediaConcurrency(Channel.VOICE, 2, null));
        assertThrows(IllegalArgumentException.class, () -> new MediaConcurrency(Channel.CHAT, 11, null));
        assertThrows(IllegalArgumentException.class, () -> new MediaConcurrency(Channel.CHAT, 0, null));
        assertEquals(CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY, new MediaConcurrency(Channel.CHAT, 10, null).crossChannelBehavior());
    }

    @Test
    void priorityIsOneToNinetyNineAndDelayZeroToNineThousandNineHundredNinetyNine() {
        assertThrows(IllegalArgumentException.class, () -> new RoutingProfileQueue(SALES, Channel.CHAT, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RoutingProfileQueue(SALES, Channel.CHAT, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> new RoutingProfileQueue(SALES, Channel.CHAT, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new RoutingProfileQueue(SALES, Channel.CHAT, 1, 10_000));
        assertEquals(9999, new RoutingProfileQueue(SALES, Channel.CHAT, 99, 9999).delay());
    }

    @Test
    void aValidProfileKeepsItsEntries() {
        RoutingProfile profile = new RoutingProfile("p", null, List.of(VOICE, CHAT),
                List.of(new RoutingProfileQueue(SALES, Channel.VOICE, 1, 0), new RoutingProfileQueue(SALES, Channel.CHAT, 2, 30)), SALES);
        assertEquals(2, profile.queueConfigs().size());
        assertEquals(SALES, profile.defaultOutboundQueue());
    }

    @Test
    void everyBrokenInvariantIsReportedWithItsField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new RoutingProfile("p", null, List.of(CHAT, CHAT),
                List.of(new RoutingProfileQueue(SALES, Channel.VOICE, 1, 0), new RoutingProfileQueue(AGENT, Channel.CHAT, 1, 0),
                        new RoutingProfileQueue(SALES, Channel.CHAT, 1, 0), new RoutingProfileQueue(SALES, Channel.CHAT, 5, 5)),
                AGENT));
        Set<String> fields = e.violations().stream().map(Violation::field).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("mediaConcurrencies[1].channel", "queueConfigs[0].channel", "queueConfigs[1].queueId",
                "queueConfigs[3]", "defaultOutboundQueueId")), fields.toString());
    }

    @Test
    void aProfileNeedsAChannel() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new RoutingProfile("p", null, List.of(), List.of(), SALES));
        assertEquals("mediaConcurrencies", e.violations().get(0).field());
    }
}
