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
public class RoutingProfileData implements org.contactcenter.routing.platform.HasId {
    public String id;
    @NotBlank @Size(max = 127) public String name;
    @Size(max = 250) public String description;
    @NotNull @Size(min = 1, max = 2) @Valid public List<Media> mediaConcurrencies;
    @NotNull @Size(max = 50) @Valid public List<QueueConfig> queueConfigs;
    @NotBlank public String defaultOutboundQueueId;

    public RoutingProfileData() {
    }

    public RoutingProfileData(String id, String name, String description, List<Media> mediaConcurrencies, List<QueueConfig> queueConfigs, String defaultOutboundQueueId) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.mediaConcurrencies = mediaConcurrencies;
        this.queueConfigs = queueConfigs;
        this.defaultOutboundQueueId = defaultOutboundQueueId;
    }

    @Override
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Media> mediaConcurrencies() {
        return mediaConcurrencies;
    }

    public List<QueueConfig> queueConfigs() {
        return queueConfigs;
    }

    public String defaultOutboundQueueId() {
        return defaultOutboundQueueId;
    }


    /** Concurrency of one channel: VOICE exactly 1, CHAT 1–10. Cross-channel behaviour defaults to current channel only. */
    public static class Media {
        @NotNull public Channel channel;
        @NotNull public Integer concurrency;
        public CrossChannelBehavior crossChannelBehavior;

        public Media() {
        }

        public Media(Channel channel, Integer concurrency, CrossChannelBehavior crossChannelBehavior) {
            this.channel = channel;
            this.concurrency = concurrency;
            this.crossChannelBehavior = crossChannelBehavior;
        }

        public Channel channel() {
            return channel;
        }

        public Integer concurrency() {
            return concurrency;
        }

        public CrossChannelBehavior crossChannelBehavior() {
            return crossChannelBehavior;
        }

    }

    /** A queue served on a channel with priority 1–99 (lower first) and delay 0–9999 s. */
    public static class QueueConfig {
        @NotBlank public String queueId;
        @NotNull public Channel channel;
        @NotNull @Min(1) @Max(99) public Integer priority;
        @NotNull @Min(0) @Max(9999) public Integer delay;

        public QueueConfig() {
        }

        public QueueConfig(String queueId, Channel channel, Integer priority, Integer delay) {
            this.queueId = queueId;
            this.channel = channel;
            this.priority = priority;
            this.delay = delay;
        }

        public String queueId() {
            return queueId;
        }

        public Channel channel() {
            return channel;
        }

        public Integer priority() {
            return priority;
        }

        public Integer delay() {
            return delay;
        }

    }
}
