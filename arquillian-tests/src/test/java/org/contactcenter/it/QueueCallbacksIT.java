package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A caller who chooses a callback while waiting in queue (the customer queue flow's Create callback contact, then its
 * Disconnect) leaves the queue for the callback: the waiting contact is not abandoned, its record names the callback as
 * its next contact, the callback names it as its previous one, and the queue's abandoned count does not move.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class QueueCallbacksIT {
    final URL root = SharedCenter.url();
    Api admin;
    String unique;

    @BeforeEach
    void ready() {
        admin = Api.at(root.toString()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCallerWhoChoosesACallbackInQueueIsNotAbandonedAndItsCallbackContinuesIt() {
        // a queue of its own, which nobody staffs: the callback waits there, counted by nobody else
        String support = admin.created("queues", ConfigurationApiIT.queue("CBQ-" + unique, admin.idOf("hours-of-operation", "name", "24x7"))).getString("id");
        String queueFlow = FlowDocs.published(admin, "Callback queue " + unique, "CUSTOMER_QUEUE", FlowDocs.doc("cb",
                FlowDocs.action("cb", "CreateCallbackContact", Json.createObjectBuilder().add("QueueId", support), "bye", "NoMatchingError:end"),
                FlowDocs.action("bye", "MessageParticipant", Json.createObjectBuilder().add("Text", "We will call you back."), "end", "NoMatchingError:end"),
                FlowDocs.action("end", "DisconnectParticipant", Json.createObjectBuilder(), null)));
        String inbound = FlowDocs.published(admin, "Callback inbound " + unique, "CONTACT_FLOW", FlowDocs.doc("hooks",
                FlowDocs.action("hooks", "UpdateContactEventHooks", Json.createObjectBuilder().add("EventHooks", Json.createObjectBuilder().add("CustomerQueue", queueFlow)),
                        "queue", "NoMatchingError:end"),
                FlowDocs.action("queue", "UpdateContactTargetQueue", Json.createObjectBuilder().add("QueueId", support), "transfer", "NoMatchingError:end"),
                FlowDocs.action("transfer", "TransferContactToQueue", Json.createObjectBuilder(), null, "QueueAtCapacity:end", "NoMatchingError:end"),
                FlowDocs.action("end", "DisconnectParticipant", Json.createObjectBuilder(), null)));
        String caller = "+8190" + String.format("%08d", Math.abs(unique.hashCode()) % 100_000_000);

        Answer started = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", inbound).add("channel", "VOICE")
                .add("customerEndpoint", caller).build());
        assertEquals(201, started.status(), started.toString());
        JsonObject run = started.object();
        String contactId = run.getString("contactId");
        assertTrue(run.toString().contains("We will call you back."), "the queue flow ran: " + run);
        assertEquals("ENDED", run.getString("state"), run.toString());

        JsonObject first = admin.get("api/v1/contacts/" + contactId).object();
        assertEquals("ENDED", first.getString("state"));
        String callbackId = first.getString("nextContactId", null);
        assertNotNull(callbackId, "the waiting contact names its callback: " + first);
        JsonObject callback = admin.get("api/v1/contacts/" + callbackId).object();
        assertEquals("CALLBACK", callback.getString("initiationMethod"), callback.toString());
        assertEquals(contactId, callback.getString("previousContactId"), callback.toString());
        assertEquals(caller, callback.getJsonObject("attributes").getString("callbackNumber"), callback.toString());
        assertEquals("WAITING", callback.getString("state"), "nobody staffs the queue: " + callback);

        JsonObject record = admin.get("api/v1/contact-records/" + contactId).object();
        assertEquals(callbackId, record.getString("NextContactId"), record.toString());
        await("the metrics see the contact leave its queue").atMost(Waits.seconds(10)).until(() -> queueFigure(support, "contactsTransferredOut") == 1);
        assertEquals(0, queueFigure(support, "contactsAbandoned"), "a caller who chose a callback has not abandoned");
        assertEquals(2, queueFigure(support, "contactsQueued"), "the caller and its callback");
    }

    private long queueFigure(String queueId, String name) {
        JsonArray queues = admin.get("api/v1/metrics/realtime").object().getJsonArray("queues");
        return queues.stream().map(JsonValue::asJsonObject).filter(q -> queueId.equals(q.getString("queueId", null)))
                .map(q -> q.getJsonObject("metrics").getJsonNumber(name)).map(n -> n == null ? 0L : n.longValue()).findFirst().orElse(0L);
    }
}
