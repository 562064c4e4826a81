package org.contactcenter.routing.flows.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.contactcenter.routing.contacts.boundary.NewContactData;
import org.contactcenter.routing.contacts.entity.ContactOrigin;
import org.contactcenter.routing.engine.boundary.ContactConnected;
import org.contactcenter.routing.engine.boundary.ContactEnded;
import org.contactcenter.routing.engine.boundary.ContactHeld;
import org.contactcenter.routing.engine.boundary.ContactTransferred;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.control.FlowInterpreter;
import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.LoadedFlow;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.routing.functions.boundary.ExternalFunctions;
import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.Ids;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.quicktables.boundary.QuickTables;
import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.rules.flow.CustomerEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live flow runs of this server, one per contact in a flow: the channel adapters (and the flow-run API) start
 * them and feed them the customer's events; routing's {@link ContactConnected} and {@link ContactEnded} move them on
 * (whisper and disconnect flows). Each run is driven by one event at a time (per-run lock, no global lock: an
 * external function may take seconds), through a {@link FlowInterpreter} whose environment is the real center:
 * published flows, prompts, hours, queues and routing, external functions and quick tables. Every action emitted is
 * kept (bounded) and announced as {@link FlowActionsEmitted}. Runs live in memory, as the calls and chats they serve do.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FlowRuns {
    private static final Logger LOG = Logger.getLogger(FlowRuns.class.getName());
    private static final int MAX_HISTORY = 1000;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @EJB
    QueuedCallbacks callbacks;
    @Resource
    ManagedExecutorService executor;
    @EJB
    ContactFlows flows;
    @EJB
    RoutingEngine routing;
    @EJB
    ExternalFunctions functions;
    @EJB
    QuickTables tables;
    @EJB
    RuleEngine rules;
    @Inject
    Event<FlowActionsEmitted> emitted;
    @Inject
    @ConfigProperty(name = "cc.flows.max-steps", defaultValue = "100")
    int maxSteps;
    @Inject
    @ConfigProperty(name = "cc.flows.max-active", defaultValue = "10000")
    int maxActive;
    @Inject
    @ConfigProperty(name = "cc.flows.idle-timeout-minutes", defaultValue = "60")
    int idleTimeoutMinutes;
    @Inject
    @ConfigProperty(name = "cc.flows.assumed-handle-seconds", defaultValue = "180")
    int assumedHandleSeconds;

    private final Map<String, Entry> runs = new ConcurrentHashMap<>();
    private volatile Instant lastPurge = Instant.EPOCH;

    private static final class Entry {
        final FlowRun run;
        final List<MediaAction> history = new ArrayList<>();
        int dropped;
        boolean recorded;
        Instant lastActivity;

        Entry(FlowRun run, Instant now) {
            this.run = run;
            this.lastActivity = now;
        }
    }

    /** A queued callback due later: its contact id chosen at once, and the contact it was chosen in (timers of older centers: null). */
    record CallbackDue(String queueId, String number, HashMap<String, String> attributes, String contactId, String previousContactId) implements Serializable {
    }

    // ------------------------------------------------------------------------------------------ API

    /** A new contact enters its flow (by flow id or by the number it called). */
    public FlowRunData start(StartFlowRun request) {
        return start(request, Ids.next());
    }

    /** A new contact, whose id a channel adapter has chosen already (a chat), enters its flow. */
    public FlowRunData start(StartFlowRun request, String contactId) {
        Violations.validate(validator, request).contactAttributes(request.attributes).attributeValuesPresent(request.attributes).throwIfAny();
        String flowId = request.flowId;
        if (flowId == null || flowId.isBlank()) {
            if (request.phoneNumber == null) {
                throw InvalidInput.of("flowId", "give flowId or phoneNumber");
            }
            flowId = flowOfPhoneNumber(request.phoneNumber);
        }
        String id = flowId;
        LoadedFlow flow = request.draft ? flows.draft(flowId) : flows.published(flowId).orElseThrow(() -> em.find(org.contactcenter.routing.flows.entity.ContactFlow.class, id) == null
                ? new NotFound("Contact flow", id)
                : new Conflict("flowId", "contact flow " + id + " has no published version yet", List.of()));
        purge();
        if (runs.size() >= maxActive) {
            throw new Conflict(null, "the center runs " + maxActive + " flows already (cc.flows.max-active); try again later", List.of());
        }
        FlowRun run = new FlowRun(contactId, request.channel, request.customerEndpoint, request.phoneNumber, request.attributes, clock.instant());
        Entry entry = new Entry(run, clock.instant());
        runs.put(run.contactId, entry);
        return drive(entry, () -> interpreter().start(run, flow), 0);
    }

    /**
     * An outbound call's customer answered: the queue's OUTBOUND_WHISPER flow ({@code flowId}, published) runs for the
     * contact; answers its messages to the customer (empty: none, the flow has no published version, or the center
     * runs {@code cc.flows.max-active} flows already). The run stays with the contact (its disconnect ends it).
     */
    public List<MediaAction> outboundWhisper(String contactId, String flowId, String customerEndpoint, Map<String, String> attributes, String agentId) {
        Optional<LoadedFlow> flow = flowId == null ? Optional.empty() : flows.published(flowId);
        purge();
        if (flow.isEmpty() || runs.size() >= maxActive || runs.containsKey(contactId)) {
            return List.of();
        }
        FlowRun run = new FlowRun(contactId, Channel.VOICE, customerEndpoint, null, attributes, clock.instant());
        Entry entry = new Entry(run, clock.instant());
        runs.put(contactId, entry);
        List<MediaAction> said = new ArrayList<>();
        drive(entry, () -> {
            List<MediaAction> actions = interpreter().outboundWhisper(run, flow.get(), agentId);
            said.addAll(actions);
            return actions;
        }, 0);
        return said.stream().filter(a -> a.type == MediaAction.Type.MESSAGE).toList();
    }

    /** The customer's event for a waiting run. */
    public FlowRunData event(String contactId, FlowEvent event) {
        Violations.validate(validator, event).throwIfAny();
        Entry entry = entry(contactId);
        synchronized (entry) {
            int before = sequence(entry);
            if (entry.run.ended()) {
                throw new Conflict(null, "contact " + contactId + " has ended (" + entry.run.endReason + ")", List.of());
            }
            if (event.type == FlowEvent.Type.DISCONNECT) {
                return drive(entry, () -> {
                    interpreter().customerLeft(entry.run);
                    return List.of();
                }, before);
            }
            CustomerEvent e = switch (event.type) {
                case INPUT -> CustomerEvent.INPUT;
                case TIMEOUT -> CustomerEvent.TIMEOUT;
                default -> CustomerEvent.CUSTOMER_RETURNED;
            };
            return drive(entry, () -> interpreter().resume(entry.run, e, event.input), before);
        }
    }

    /** The flow a phone number (an entry point) runs; 400 naming {@code phoneNumber} when no number is claimed so. */
    public String flowOfPhoneNumber(String phoneNumber) {
        return em.createNamedQuery(PhoneNumber.BY_NUMBER, PhoneNumber.class).setParameter("name", phoneNumber).getResultStream()
                .findFirst().map(p -> p.contactFlow().id())
                .orElseThrow(() -> InvalidInput.of("phoneNumber", "no phone number " + phoneNumber + " is claimed"));
    }

    /** The run, with the actions after sequence number {@code after}. */
    public FlowRunData get(String contactId, int after) {
        Entry entry = entry(contactId);
        synchronized (entry) {
            return view(entry, after);
        }
    }

    /** Every run this server holds, without their actions. */
    public List<FlowRunData> list() {
        List<FlowRunData> all = new ArrayList<>();
        for (Entry e : runs.values()) {
            synchronized (e) {
                FlowRunData d = view(e, Integer.MAX_VALUE);
                d.log = null;
                all.add(d);
            }
        }
        all.sort((a, b) -> a.startedAt.compareTo(b.startedAt));
        return all;
    }

    public Optional<FlowRun.State> state(String contactId) {
        return Optional.ofNullable(runs.get(contactId)).map(e -> e.run.state);
    }

    /** Whether the contact's run has set the event hook ({@code AgentWhisper}, {@code AgentHold}, …; Set event hooks). */
    public boolean hooked(String contactId, String hook) {
        Entry entry = runs.get(contactId);
        return entry != null && entry.run.hooks.containsKey(hook);
    }

    // ------------------------------------------------------------------------------------------ routing events

    /*
     * Routing's events arrive while the routing engine may still hold its lock, and a run's thread may be waiting for
     * that lock while holding the run's: so they are handled on a container thread of their own, never inline.
     */
    public void connected(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactConnected event) {
        Entry entry = runs.get(event.contact().id);
        if (entry != null) {
            executor.execute(() -> drive(entry, () -> interpreter().connected(entry.run, event.contact().agentId), sequence(entry)));
        }
    }

    public void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactEnded event) {
        Entry entry = runs.get(event.contact().id);
        if (entry != null) {
            executor.execute(() -> drive(entry, () -> interpreter().agentDisconnected(entry.run), sequence(entry)));
        }
    }

    /**
     * An agent transferred a contact in a flow run: the run follows the customer to the next contact at once (this
     * runs before the next contact is offered), then the transfer flow runs, or the run waits in the new queue.
     */
    public void transferred(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactTransferred event) {
        Entry entry = runs.get(event.from().id);
        if (event.nextContactId() == null) {
            return;
        }
        if (entry == null) {
            if (event.flowId() != null) { // no run to play the transfer flow (a contact of the API): it is queued as it is
                NewContactData data = new NewContactData(event.queueId(), event.from().channel, event.from().attributes, null);
                executor.execute(() -> {
                    try {
                        routing.enqueue(event.nextContactId(), data, event.method(), 0, event.from().id);
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Contact " + event.from().id + " was transferred but its next contact could not be queued", e);
                    }
                });
            }
            return;
        }
        synchronized (entry) {
            runs.remove(event.from().id);
            entry.run.contactId = event.nextContactId();
            entry.run.previousContactId = event.from().id;
            entry.run.initiationMethod = event.method();
            runs.put(event.nextContactId(), entry);
        }
        Optional<LoadedFlow> flow = event.flowId() == null ? Optional.empty() : flows.published(event.flowId());
        executor.execute(() -> drive(entry, () -> interpreter().transferred(entry.run, flow.orElse(null), event.queueId(), event.queueName()),
                sequence(entry)));
    }

    /** A call was put on hold or resumed: the hold flows play. */
    public void held(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactHeld event) {
        Entry entry = runs.get(event.contact().id);
        if (entry != null) {
            executor.execute(() -> drive(entry, () -> interpreter().held(entry.run, event.held()), sequence(entry)));
        }
    }

    /** A callback timer made by an older version of the center (they are {@link QueuedCallbacks}' now). */
    @Timeout
    void callbackDue(Timer timer) {
        if (timer.getInfo() instanceof CallbackDue due) {
            callbacks.queue(due.contactId(), due.queueId(), due.number(), due.attributes(), due.previousContactId());
        }
    }

    // ------------------------------------------------------------------------------------------ driving

    private FlowRunData drive(Entry entry, Supplier<List<MediaAction>> step, int before) {
        synchronized (entry) {
            List<MediaAction> actions;
            try {
                actions = step.get();
            } catch (RuntimeException e) {
                // a bug, not a flow error: the contact is told goodbye; if it waits in a queue it stays there
                LOG.log(Level.SEVERE, "Flow engine failed for contact " + entry.run.contactId + "; the flow ends", e);
                entry.run.log.add("error: the flow engine failed: " + e);
                actions = new ArrayList<>();
                if (!entry.run.queued) {
                    entry.run.state = FlowRun.State.ENDED;
                    entry.run.endReason = "flow engine error";
                    actions.add(MediaAction.disconnect("flow engine error"));
                } else if (entry.run.state != FlowRun.State.CONNECTED) {
                    entry.run.state = FlowRun.State.IN_QUEUE;
                }
            }
            entry.lastActivity = clock.instant();
            if (entry.run.ended() && !entry.run.queued && !entry.recorded) {
                entry.recorded = true;
                recordEndedInFlow(entry.run);
            }
            for (MediaAction a : actions) {
                if (entry.history.size() >= MAX_HISTORY) {
                    entry.history.remove(0);
                    entry.dropped++;
                }
                entry.history.add(a);
            }
            if (!actions.isEmpty()) {
                emitted.fire(new FlowActionsEmitted(entry.run.contactId, entry.run.channel, List.copyOf(actions)));
            }
            return view(entry, before);
        }
    }

    /** A contact that never reached a queue still has its record (Connect writes one for every contact). */
    private void recordEndedInFlow(FlowRun run) {
        try {
            routing.recordEndedInFlow(run.contactId, run.channel, run.initiationMethod, run.attributes, run.previousContactId, origin(run),
                    run.endReason, run.transferredTo);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The record of contact " + run.contactId + ", ended in its flow, could not be written: " + e.getMessage(), e);
        }
    }

    private FlowInterpreter interpreter() {
        return new FlowInterpreter(new CenterEnvironment(em, clock, flows, routing, functions, tables, callbacks, assumedHandleSeconds), rules::decide, maxSteps);
    }

    private Entry entry(String contactId) {
        Entry entry = contactId == null ? null : runs.get(contactId);
        if (entry == null) {
            throw new NotFound("Flow run", contactId);
        }
        return entry;
    }

    private static int sequence(Entry e) {
        return e.dropped + e.history.size();
    }

    /**
     * Forgets runs that ended a while ago, and ends runs nobody has driven for the idle timeout. At most once a
     * minute (or when the center is full), so that starting a contact does not walk every run.
     */
    private void purge() {
        Instant now = clock.instant();
        if (runs.size() < maxActive && Duration.between(lastPurge, now).toSeconds() < 60) {
            return;
        }
        lastPurge = now;
        runs.values().removeIf(e -> {
            synchronized (e) {
                Duration idle = Duration.between(e.lastActivity, now);
                if (e.run.ended()) {
                    return idle.toMinutes() >= 10;
                }
                if (idle.toMinutes() >= idleTimeoutMinutes && e.run.state != FlowRun.State.CONNECTED && e.run.state != FlowRun.State.IN_QUEUE) {
                    LOG.info(() -> "Flow run of contact " + e.run.contactId + " idle for " + idle.toMinutes() + " min: the customer is gone");
                    interpreter().customerLeft(e.run);
                    return true;
                }
                return false;
            }
        });
    }

    private FlowRunData view(Entry e, int after) {
        FlowRun run = e.run;
        FlowRunData d = new FlowRunData();
        d.contactId = run.contactId;
        d.channel = run.channel;
        d.customerEndpoint = run.customerEndpoint;
        d.flowId = run.flow == null ? null : run.flow.flowId();
        d.flowName = run.flow == null ? null : run.flow.name();
        d.flowVersion = run.flow == null ? null : run.flow.version();
        d.state = run.state;
        d.segment = run.segment;
        d.attributes = Map.copyOf(run.attributes);
        d.workingQueueId = run.workingQueueId;
        d.queued = run.queued;
        d.agentId = run.agentId;
        d.priority = run.priority;
        d.endReason = run.endReason;
        d.startedAt = run.startedAt;
        d.lastSequence = sequence(e);
        d.actions = new ArrayList<>();
        for (int i = Math.max(0, after - e.dropped); i < e.history.size(); i++) {
            d.actions.add(new FlowRunData.SequencedAction(e.dropped + i + 1, e.history.get(i)));
        }
        d.log = List.copyOf(run.log);
        return d;
    }

    /** What the run knows of its contact's origin (its start, endpoints, the flow queuing it) for the contact's record. */
    static ContactOrigin origin(FlowRun run) {
        return new ContactOrigin(java.time.OffsetDateTime.ofInstant(run.startedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS), java.time.ZoneOffset.UTC),
                run.customerEndpoint, run.systemEndpoint, run.flow == null ? null : run.flow.flowId(), run.flow == null ? null : run.flow.version());
    }
}
