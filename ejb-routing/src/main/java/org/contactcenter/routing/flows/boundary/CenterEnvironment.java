package org.contactcenter.routing.flows.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;

import org.contactcenter.routing.contacts.boundary.NewContactData;
import org.contactcenter.routing.engine.boundary.QueueAtCapacity;
import org.contactcenter.routing.engine.boundary.RoutingCriteriaData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.control.FlowEnvironment;
import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.LoadedFlow;
import org.contactcenter.routing.functions.boundary.ExternalFunctions;
import org.contactcenter.routing.functions.boundary.FunctionFailed;
import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.queues.entity.QueueType;
import org.contactcenter.routing.quicktables.boundary.QuickTables;
import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.router.Staffing;
import org.contactcenter.rules.router.WaitingContact;

/**
 * The flow interpreter's environment on the real center's boundaries: published flows, prompts, queues, hours,
 * queue metrics and staffing, external functions, quick tables, routing and queued callbacks. Runs outside a
 * transaction: each call has its own. One per interpreter (FlowRuns makes them).
 */
final class CenterEnvironment implements FlowEnvironment {
    private final EntityManager em;
    private final Clock clock;
    private final ContactFlows flows;
    private final RoutingEngine routing;
    private final ExternalFunctions functions;
    private final QuickTables tables;
    private final QueuedCallbacks callbacks;
    private final int assumedHandleSeconds;

    CenterEnvironment(EntityManager em, Clock clock, ContactFlows flows, RoutingEngine routing, ExternalFunctions functions, QuickTables tables,
            QueuedCallbacks callbacks, int assumedHandleSeconds) {
        this.em = em;
        this.clock = clock;
        this.flows = flows;
        this.routing = routing;
        this.functions = functions;
        this.tables = tables;
        this.callbacks = callbacks;
        this.assumedHandleSeconds = assumedHandleSeconds;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Optional<LoadedFlow> publishedFlow(String flowId) {
        return flows.published(flowId);
    }

    @Override
    public Optional<Prompt> prompt(String promptId) {
        return Optional.ofNullable(promptId == null ? null : em.find(org.contactcenter.routing.prompts.entity.Prompt.class, promptId))
                .map(p -> new Prompt(p.name(), p.text(), p.audio()));
    }

    @Override
    public Optional<QueueInfo> queue(String queueId) {
        return Optional.ofNullable(queueId == null || queueId.isBlank() ? null : em.find(Queue.class, queueId)).map(CenterEnvironment::info);
    }

    @Override
    public Optional<QueueInfo> agentQueue(String userId) {
        return em.createNamedQuery(Queue.BY_AGENT, Queue.class).setParameter("userId", userId).getResultStream().findFirst().map(CenterEnvironment::info);
    }

    @Override
    public Optional<Boolean> hoursOpen(String hoursId) {
        return Optional.ofNullable(hoursId == null ? null : em.find(HoursOfOperation.class, hoursId)).map(h -> h.schedule().isOpen(clock.instant()));
    }

    @Override
    public QueueMetrics metrics(String queueId, Channel channel, String contactId) {
        List<WaitingContact> waiting = routing.waiting(queueId).stream().filter(w -> w.channel() == channel).toList();
        Staffing staffing = routing.staffing(queueId, channel);
        long oldest = waiting.stream().mapToLong(w -> w.waited().getSeconds()).max().orElse(0);
        Integer position = null;
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).contactId().equals(contactId)) {
                position = i + 1;
            }
        }
        Long estimate = position == null ? null
                : staffing.available() > 0 ? 0L : (long) position * assumedHandleSeconds / Math.max(1, staffing.staffed());
        return new QueueMetrics(waiting.size(), oldest, staffing, position, estimate);
    }

    @Override
    public Map<String, String> invoke(String functionId, FlowRun run, Map<String, String> parameters) {
        try {
            return functions.invoke(functionId, run.contactId, run.attributes, run.customerEndpoint, parameters);
        } catch (FunctionFailed | NotFound e) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, e.getMessage());
        }
    }

    @Override
    public Optional<Item> readQuickTable(String tableId, String key) {
        try {
            return key == null || key.isBlank() ? Optional.empty()
                    : tables.read(tableId, key).map(i -> new Item(i.value, i.updatedAt.toInstant()));
        } catch (NotFound e) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, e.getMessage());
        }
    }

    @Override
    public void writeQuickTable(String tableId, String key, Map<String, String> values) {
        try {
            tables.write(tableId, key, values);
        } catch (NotFound | InvalidInput | Conflict | EJBException e) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "quick table write failed: " + e.getMessage());
        }
    }

    @Override
    public void enqueue(FlowRun run, String queueId) {
        try {
            NewContactData data = new NewContactData(queueId, run.channel, run.attributes, run.priority);
            data.routingCriteria = RoutingCriteriaData.of(run.routingCriteria);
            routing.enqueue(run.contactId, data, run.initiationMethod, run.ageSeconds, run.previousContactId, FlowRuns.origin(run));
        } catch (QueueAtCapacity e) {
            throw new Failed(BlockCatalog.QUEUE_AT_CAPACITY, e.getMessage());
        } catch (InvalidInput | Conflict | NotFound | EJBException e) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "could not queue: " + e.getMessage());
        }
    }

    @Override
    public void changeQueuedPriority(FlowRun run, Integer priority, long ageSeconds) {
        routing.changePriority(run.contactId, priority, ageSeconds);
    }

    @Override
    public void changeQueuedCriteria(FlowRun run, org.contactcenter.rules.model.RoutingCriteria criteria) {
        try {
            routing.routingCriteria(run.contactId, criteria);
        } catch (Conflict | NotFound | EJBException e) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "could not set routing criteria: " + e.getMessage());
        }
    }

    @Override
    public void leftQueue(FlowRun run, String callbackContactId) {
        routing.leftQueue(run.contactId, callbackContactId);
    }

    @Override
    public String createCallback(FlowRun run, String queueId, String number, long delaySeconds) {
        if (em.find(Queue.class, queueId) == null) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no queue " + queueId);
        }
        return callbacks.schedule(queueId, number, run.attributes, delaySeconds, run.queued ? run.contactId : null);
    }

    @Override
    public int random100() {
        return ThreadLocalRandom.current().nextInt(100);
    }

    private static FlowEnvironment.QueueInfo info(Queue q) {
        return new FlowEnvironment.QueueInfo(q.id(), q.name(), q.hoursOfOperation() == null ? null : q.hoursOfOperation().id(), q.type() == QueueType.AGENT);
    }
}
