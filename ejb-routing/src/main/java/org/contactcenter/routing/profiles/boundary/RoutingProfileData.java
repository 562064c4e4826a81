package org.contactcenter.routing.profiles.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.routing.profiles.entity.CrossChannelBehavior;
import org.contactcenter.rules.model.Channel;

/** JSON of a routing profile. */
public record RoutingProfileData(
        String id,
        @NotBlank @Size(max = 127) String name,
        @Size(max = 250) String description,
        @NotNull @Size(min = 1, max = 2) List<@NotNull @Valid Media> mediaConcurrencies,
        @NotNull @Size(max = 50) List<@NotNull @Valid QueueConfig> queueConfigs,
        @NotBlank String defaultOutboundQueueId) implements org.contactcenter.routing.platform.HasId {

    /** Concurrency of one channel: VOICE exactly 1, CHAT 1–10. Cross-channel behaviour defaults to current channel only. */
    public record Media(@NotNull Channel channel, @NotNull Integer concurrency, CrossChannelBehavior crossChannelBehavior) {
    }

    /** A queue served on a channel with priority 1–99 (lower first) and delay 0–9999 s. */
    public record QueueConfig(@NotBlank String queueId,
                              @NotNull Channel channel,
                              @NotNull @Min(1) @Max(99) Integer priority,
                              @NotNull @Min(0) @Max(9999) Integer delay) {
    }
}
