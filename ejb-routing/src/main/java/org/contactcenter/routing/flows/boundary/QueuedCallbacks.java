package org.contactcenter.routing.flows.boundary;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.contactcenter.routing.contacts.boundary.NewContactData;
import org.contactcenter.routing.contacts.entity.ContactOrigin;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.platform.Ids;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queued callbacks (Amazon Connect's "Transfer to queue" with callback, the chat's call-me-back): a VOICE contact,
 * initiation CALLBACK, attribute {@code callbackNumber}, queued now or after a delay, and queued again when the
 * customer does not answer while attempts remain ({@link #retry}). Delays are persistent EJB timers: a callback due
 * later survives a restart. (Before, FlowRuns created them outside a transaction, which Payara refuses: a flow's
 * delayed callback was never queued.)
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueuedCallbacks {
    private static final Logger LOG = Logger.getLogger(QueuedCallbacks.class.getName());

    @Resource
    TimerService timers;
    @Resource
    jakarta.ejb.SessionContext self;
    @Inject
    Clock clock;
    @EJB
    RoutingEngine routing;
    @Inject
    @ConfigProperty(name = "cc.callback.max-attempts", defaultValue = "3")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "cc.callback.retry-delay-seconds", defaultValue = "600")
    long retryDelaySeconds;

    /**
     * A callback to {@code number} in the queue, now ({@code delaySeconds} ≤ 0) or later; {@code previousContactId}: the
     * waiting contact the customer chose it in (its previous contact), or null. Its contact id, chosen now. In a
     * transaction: Payara creates a persistent timer only in one (routing itself runs outside it).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String schedule(String queueId, String number, Map<String, String> attributes, long delaySeconds, String previousContactId) {
        String id = Ids.next();
        if (delaySeconds <= 0) {
            queue(id, queueId, number, attributes, previousContactId);
        } else {
            timers.createSingleActionTimer(Date.from(clock.instant().plusSeconds(delaySeconds)),
                    new TimerConfig(new FlowRuns.CallbackDue(queueId, number, new HashMap<>(attributes), id, previousContactId), true));
        }
        return id;
    }

    /**
     * A callback the customer did not answer: queued again after its retry delay (attribute {@code callbackRetryDelaySeconds},
     * else {@code cc.callback.retry-delay-seconds}) while its attempts (attribute {@code callbackAttempt}, 1 for the
     * first) are fewer than {@code callbackMaxAttempts} (else {@code cc.callback.max-attempts}). True when one is scheduled.
     */
    public boolean retry(String queueId, String number, Map<String, String> attributes) {
        long attempt = Math.max(1, parse(attributes.get("callbackAttempt"), 1));
        long max = parse(attributes.get("callbackMaxAttempts"), maxAttempts);
        if (queueId == null || number == null || attempt >= max) {
            return false;
        }
        HashMap<String, String> next = new HashMap<>(attributes);
        next.put("callbackAttempt", String.valueOf(attempt + 1));
        long delay = Math.max(1, parse(attributes.get("callbackRetryDelaySeconds"), retryDelaySeconds));
        self.getBusinessObject(QueuedCallbacks.class).schedule(queueId, number, next, delay, null); // through the container: its transaction
        LOG.info(() -> "Callback to " + number + " not answered (attempt " + attempt + " of " + max + "): tried again in " + delay + " s");
        return true;
    }

    /**
     * Queues the callback now (public: FlowRuns calls it through the container for timers an older center made);
     * {@code contactId} null: a new id.
     */
    public void queue(String contactId, String queueId, String number, Map<String, String> attributes, String previousContactId) {
        Map<String, String> a = new HashMap<>(attributes);
        a.put("callbackNumber", number);
        try {
            routing.enqueue(contactId != null ? contactId : Ids.next(), new NewContactData(queueId, Channel.VOICE, a, null), InitiationMethod.CALLBACK, 0,
                    previousContactId, new ContactOrigin(null, number, null, null, null));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not queue the callback to " + number + " in queue " + queueId, e);
        }
    }

    @Timeout
    void due(Timer timer) {
        if (timer.getInfo() instanceof FlowRuns.CallbackDue due) {
            queue(due.contactId(), due.queueId(), due.number(), due.attributes(), due.previousContactId());
        }
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
