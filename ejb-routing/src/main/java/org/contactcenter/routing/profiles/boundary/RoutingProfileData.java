package org.contactcenter.routing.profiles.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a routing profile. */
public class RoutingProfileData implements org.contactcenter.routing.platform.HasId {
    @Schema(description = "Server-assigned id (UUID)", readOnly = true)
    public String id;
    @Schema(description = "Unique name")
    @NotBlank @Size(max = 127) public String name;
    @Schema(description = "Free text")
    @Size(max = 250) public String description;
    @Schema(description = "Contacts per channel an agent handles at once: VOICE 1, CHAT 1-10")
    @NotNull @Size(min = 1, max = 2) @Valid public List<Media> mediaConcurrencies;
    @Schema(description = "Queues served, per channel, with priority and delay")
    @NotNull @Size(max = 50) @Valid public List<QueueConfig> queueConfigs;
    @Schema(description = "Standard queue of the agents' outbound calls")
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

    /** Concurrency of one channel: VOICE exactly 1, CHAT 1–10. Cross-channel behaviour defaults to current channel only. */
    public static class Media {
        @Schema(description = "VOICE or CHAT")
        @NotNull public Channel channel;
        @Schema(description = "Simultaneous contacts of the channel")
        @NotNull public Integer concurrency;
        @Schema(description = "Whether other channels may be offered while working this one")
        public CrossChannelBehavior crossChannelBehavior;

        public Media() {
        }

        public Media(Channel channel, Integer concurrency, CrossChannelBehavior crossChannelBehavior) {
            this.channel = channel;
            this.concurrency = concurrency;
            this.crossChannelBehavior = crossChannelBehavior;
        }
    }

    /** A queue served on a channel with priority 1–99 (lower first) and delay 0–9999 s. */
    public static class QueueConfig {
        @Schema(description = "Queue id")
        @NotBlank public String queueId;
        @Schema(description = "VOICE or CHAT")
        @NotNull public Channel channel;
        @Schema(description = "1-99, lower is routed first")
        @NotNull @Min(1) @Max(99) public Integer priority;
        @Schema(description = "Seconds a contact waits before agents of this profile may get it (0-9999)")
        @NotNull @Min(0) @Max(9999) public Integer delay;

        public QueueConfig() {
        }

        public QueueConfig(String queueId, Channel channel, Integer priority, Integer delay) {
            this.queueId = queueId;
            this.channel = channel;
            this.priority = priority;
            this.delay = delay;
        }
    }
}
