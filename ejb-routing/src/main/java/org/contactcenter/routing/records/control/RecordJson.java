package org.contactcenter.routing.records.control;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.time.OffsetDateTime;
import java.util.TreeMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.Recording;
import org.contactcenter.rules.model.Channel;

/**
 * A contact's record in Amazon Connect's CTR shape (docs/RECORDS.md): the same JSON on the API and in every sink.
 * Durations are whole seconds as in Connect; timestamps ISO-8601 in UTC; absent values are left out.
 */
public final class RecordJson {
    private RecordJson() {
    }

    public static JsonObject render(Contact c, RecordNames names) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        b.add("ContactId", c.id());
        text(b, "InitialContactId", c.initialContactId());
        text(b, "PreviousContactId", c.previousContactId());
        text(b, "NextContactId", c.nextContactId());
        b.add("Channel", c.channel().name());
        b.add("InitiationMethod", c.initiationMethod().name());
        b.add("State", c.state().name());
        time(b, "InitiationTimestamp", c.initiatedAt());
        time(b, "ConnectedToSystemTimestamp", c.connectedToSystemAt());
        time(b, "DisconnectTimestamp", c.disconnectedAt());
        time(b, "LastUpdateTimestamp", c.lastUpdatedAt());
        time(b, "TransferCompletedTimestamp", c.transferCompletedAt());
        endpoint(b, "TransferredToEndpoint", c.transferredToEndpoint(), Channel.VOICE);
        endpoint(b, "CustomerEndpoint", c.customerEndpoint(), c.channel());
        endpoint(b, "SystemEndpoint", c.systemEndpoint(), Channel.VOICE);
        JsonObjectBuilder attributes = JSON.createObjectBuilder();
        new TreeMap<>(c.attributes()).forEach(attributes::add);
        b.add("Attributes", attributes);
        b.add("AgentConnectionAttempts", c.offerCount());
        b.add("MissedConnectionAttempts", c.missedCount());
        b.add("RejectedConnectionAttempts", c.rejectedCount());
        text(b, "DisconnectReason", c.disconnectReason());
        if (c.queueId() != null) { // none: the contact ended in its flow
            JsonObjectBuilder queue = JSON.createObjectBuilder().add("Id", c.queueId());
            text(queue, "Name", names.queue(c.queueId()));
            time(queue, "EnqueueTimestamp", c.enqueuedAt());
            time(queue, "DequeueTimestamp", c.dequeuedAt());
            seconds(queue, "Duration", c.queueMillis());
            b.add("Queue", queue);
        }
        if (c.connectedToAgentAt() != null && c.agentId() != null) {
            b.add("Agent", agent(c, names));
        }
        Recording r = c.recording();
        if (r != null && (r.location() != null || r.status() != null)) {
            JsonObjectBuilder recording = JSON.createObjectBuilder();
            text(recording, "Location", r.location());
            text(recording, "Status", r.status());
            text(recording, "Type", r.type());
            text(recording, "DeletionReason", r.deletionReason());
            if (r.location() != null) {
                recording.add("Url", "/api/v1/contact-records/" + c.id() + "/recording");
            }
            b.add("Recording", recording);
        }
        if (c.channel() == Channel.CHAT) {
            JsonObjectBuilder transcript = JSON.createObjectBuilder().add("Location", "/api/v1/contact-records/" + c.id() + "/transcript");
            text(transcript, "StoredAt", c.transcriptLocation());
            text(transcript, "Status", c.transcriptStatus());
            b.add("Transcript", transcript);
        }
        if (c.flowId() != null) {
            JsonObjectBuilder flow = JSON.createObjectBuilder().add("Id", c.flowId());
            if (c.flowVersion() != null) {
                flow.add("Version", c.flowVersion());
            }
            b.add("ContactFlow", flow);
        }
        return b.build();
    }

    private static JsonObjectBuilder agent(Contact c, RecordNames names) {
        JsonObjectBuilder agent = JSON.createObjectBuilder().add("Id", c.agentId());
        text(agent, "Username", names.username(c.agentId()));
        if (c.agentProfileId() != null) {
            JsonObjectBuilder profile = JSON.createObjectBuilder().add("Id", c.agentProfileId());
            text(profile, "Name", names.profile(c.agentProfileId()));
            agent.add("RoutingProfile", profile);
        }
        time(agent, "ConnectedToAgentTimestamp", c.connectedToAgentAt());
        seconds(agent, "AgentInteractionDuration", c.interactionMillis());
        seconds(agent, "CustomerHoldDuration", c.holdMillis());
        seconds(agent, "LongestHoldDuration", c.longestHoldMillis());
        agent.add("NumberOfHolds", c.holdCount());
        time(agent, "AfterContactWorkStartTimestamp", c.acwStartedAt());
        time(agent, "AfterContactWorkEndTimestamp", c.acwEndedAt());
        seconds(agent, "AfterContactWorkDuration", c.acwMillis());
        return agent;
    }

    private static void endpoint(JsonObjectBuilder b, String name, String address, Channel channel) {
        if (address != null) {
            b.add(name, JSON.createObjectBuilder().add("Address", address)
                    .add("Type", channel == Channel.CHAT || address.startsWith("chat:") ? "CHAT" : "TELEPHONE_NUMBER"));
        }
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static void time(JsonObjectBuilder b, String name, OffsetDateTime value) {
        if (value != null) {
            b.add(name, value.toInstant().toString());
        }
    }

    private static void seconds(JsonObjectBuilder b, String name, Long millis) {
        if (millis != null) {
            b.add(name, millis / 1000);
        }
    }
}
