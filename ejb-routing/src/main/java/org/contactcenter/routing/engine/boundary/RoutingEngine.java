package org.contactcenter.routing.engine.boundary;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.boundary.NewContactData;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.ContactOrigin;
import org.contactcenter.routing.contacts.entity.DisconnectReason;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.boundary.RoutingStore.AgentInfo;
import org.contactcenter.routing.engine.control.RoutingTimer;
import org.contactcenter.routing.platform.ConfigurationChanged;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.Ids;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.Overloaded;
import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.router.Routed;
import org.contactcenter.rules.router.RoutingException;
import org.contactcenter.rules.router.Staffing;
import org.contactcenter.rules.router.WaitingContact;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The one owner of live routing state in this server (a narrow interface, so a cluster can later give it one owner
 * cluster-wide). Every event — a contact queued, an agent's status, an offer answered, a contact ended, ACW done, a
 * timer — is decided under one short lock against the in-memory state ({@link LiveState}: the router and the live
 * contacts); the decision's writes go to the {@link RoutingJournal} in decision order, which commits many decisions
 * in one transaction and only then announces their offers ({@link ContactOffered}) and agents' states
 * ({@link AgentStateChanged}); the caller returns once its decision is durable. So no offer exists that a crash
 * would forget, and the lock is never held across a commit. Timers are armed for the exact instants they fall due.
 * At start-up ({@link LiveState#restore}) profiles, agents (with their Missed/Rejected blocks) and contacts come
 * back: waiting contacts keep their enqueue time and so their place, a pending offer goes back to the queue, held
 * contacts keep their slots.
 * <p>
 * An agent is routable only while its workspace is connected (at least one /ws/agent socket: {@link #agentConnected}).
 * When its last socket closes, offers pending for it go back to their queues at their place (no Missed: it could not
 * see them) and it gets nothing new; if it does not come back within {@code cc.routing.reconnect-grace-seconds} its
 * status becomes Offline (its contacts stay with it). After a restart no agent is connected: the restored contacts
 * wait until their agents come back (each gets the same grace).
 * <p>
 * Overload: a new contact is refused at once ({@link Overloaded}: 503 with Retry-After, {@code cc_contacts_refused})
 * when {@code cc.routing.max-pending-contacts} new contacts are already being queued or the journal holds more than
 * {@code cc.routing.max-write-backlog} decisions; answers to offers, ends and ACW are never refused (they drain work).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RuleEngine"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingEngine {
    private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

    @EJB
    RoutingStore store;
    @EJB
    RoutingJournal journal;
    @EJB
    RoutingTimers timers;
    @EJB
    RuleEngine rules;
    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Inject
    Event<ContactQueued> queuedEvents;
    @Inject
    Event<ContactOffered> offered;
    @Inject
    Event<AgentStateChanged> agentChanged;
    @Inject
    Event<ContactConnected> connectedEvents;
    @Inject
    Event<ContactEnded> endedEvents;
    @Inject
    Event<Object> events;
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "cc.routing.offer-timeout-seconds", defaultValue = "20")
    int offerTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "cc.routing.reconnect-grace-seconds", defaultValue = "120")
    int reconnectGraceSeconds;
    @Inject
    @ConfigProperty(name = "cc.routing.max-pending-contacts", defaultValue = "256")
    int maxPendingContacts;
    @Inject
    @ConfigProperty(name = "cc.routing.max-write-backlog", defaultValue = "4096")
    int maxWriteBacklog;
    @Inject
    @ConfigProperty(name = "cc.routing.overload-retry-after-seconds", defaultValue = "1")
    int retryAfterSeconds;

    LiveState live;
    private ContactArrivals arrivals;
    private ContactHandling handling;
    private ThirdParties thirdParties;
    private WaitingContacts waiting;
    private RoutingUpkeep upkeep;
    private AgentPresence presence;
    private EndedRecords records;
    RoutingDirectory directory;

    @PostConstruct
    void start() {
        arrivals = new ContactArrivals(this, new Semaphore(Math.max(1, maxPendingContacts)));
        directory = new RoutingDirectory(store);
        handling = new ContactHandling(this, store, rules);
        thirdParties = new ThirdParties(this, store, handling);
        waiting = new WaitingContacts(this);
        upkeep = new RoutingUpkeep(this, handling);
        presence = new AgentPresence(this);
        records = new EndedRecords(this);
        live = new LiveState(rules::contactPriority, store, this::agentInfo, offerTimeoutSeconds, reconnectGraceSeconds);
        live.offers = new OfferExpiries(scheduler, offer -> handling.offerExpired(offer.contact().id, offer.agentId()), 50);
        Decision restored = new Decision();
        synchronized (live) {
            live.restore(clock.instant(), restored, false);
            store.write(restored.writes); // contacts whose offer died with the server wait again (no agent is connected: nothing to announce)
        }
        arm(restored); // kept by RoutingTimers until the application runs: EJB timers armed while deploying never fire
        journal.onFailure(this::reload);
        scheduler.schedule(timers::ready, 3, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The journal could not write a decision: the in-memory state is rebuilt from what the database holds. */
    void reload() {
        Decision reloaded = new Decision();
        synchronized (live) {
            live.offers.clear();
            live.restore(clock.instant(), reloaded, true);
            LOG.warning("Routing state reloaded from the database after a failed write");
            commit(reloaded);
        }
        arm(reloaded);
    }

    // ------------------------------------------------------------------------------------------ contacts

    /** Queues a new contact (persisted first), then routes it. */
    public ContactData enqueue(NewContactData data, InitiationMethod method) {
        return enqueue(Ids.next(), data, method, 0);
    }

    /**
     * Queues a contact under a given id (a flow's contact) and routes it. {@code ageSeconds} makes it older in
     * routing order ("Change routing priority / age"). Throws {@link QueueAtCapacity} when the queue holds its
     * maximum of waiting contacts, {@link Overloaded} when the center cannot take more contacts now.
     */
    public ContactData enqueue(String contactId, NewContactData data, InitiationMethod method, long ageSeconds) {
        return enqueue(contactId, data, method, ageSeconds, null);
    }

    /** {@link #enqueue(String, NewContactData, InitiationMethod, long)} of a contact that continues another (a transfer flow queues it). */
    public ContactData enqueue(String contactId, NewContactData data, InitiationMethod method, long ageSeconds, String previousContactId) {
        return enqueue(contactId, data, method, ageSeconds, previousContactId, ContactOrigin.NONE);
    }

    /** {@link #enqueue(String, NewContactData, InitiationMethod, long, String)} with what its flow knows of its origin. */
    public ContactData enqueue(String contactId, NewContactData data, InitiationMethod method, long ageSeconds, String previousContactId,
                               ContactOrigin origin) {
        return arrivals.enqueue(contactId, data, method, ageSeconds, previousContactId, origin);
    }

    /** The customer left (hung up, closed the chat) while the contact waited or was being offered: abandoned. */
    public void abandon(String contactId) {
        leftQueue(contactId, null);
    }

    /**
     * The customer left while the contact waited or was being offered: abandoned, or ({@code callbackContactId} not
     * null) on to the callback it chose while waiting, its next contact: transferred out of the queue, not abandoned.
     */
    public void leftQueue(String contactId, String callbackContactId) {
        waiting.leftQueue(contactId, callbackContactId);
    }

    /** "Change routing priority / age" for a waiting contact: a new priority and/or an age bonus in seconds. */
    public ContactData changePriority(String contactId, Integer priority, long ageSeconds) {
        return waiting.changePriority(contactId, priority, ageSeconds);
    }

    /**
     * "Set routing criteria" for a waiting contact: they apply from now (their steps expire from now); null removes
     * them. 409 when the contact does not wait.
     */
    public ContactData routingCriteria(String contactId, RoutingCriteria criteria) {
        return waiting.routingCriteria(contactId, criteria);
    }

    /** Check staffing: agents serving the queue on the channel. */
    public Staffing staffing(String queueId, Channel channel) {
        return live.router.staffing(queueId, channel);
    }

    /** A contact: as routing holds it while it is live, as stored once it ended. */
    public ContactData contact(String contactId) {
        Contact contact;
        synchronized (live) {
            contact = contactId == null ? null : live.contact(contactId);
            if (contact != null) {
                return ContactData.of(contact);
            }
        }
        return store.contact(contactId == null ? "" : contactId).map(ContactData::of).orElseThrow(() -> new NotFound("Contact", contactId));
    }

    /**
     * Records a contact that ended in its flow without being queued (its only record: routing never held it), written
     * through the journal like every record; nothing when a record of it exists already. Never refused for overload:
     * it is what happened.
     */
    public void recordEndedInFlow(String contactId, Channel channel, InitiationMethod method, Map<String, String> attributes,
                                  String previousContactId, ContactOrigin origin, String reason, String transferredTo) {
        records.endedInFlow(contactId, channel, method, attributes, previousContactId, origin, DisconnectReason.ofFlowEnd(reason), transferredTo);
    }

    /**
     * Changes a contact's record outside routing (its recording, its stored transcript), live or ended, through the
     * journal like routing's own changes; {@code change} returns false to leave the record as it is. True: written.
     */
    public boolean updateRecord(String contactId, java.util.function.Predicate<Contact> change) {
        return records.update(contactId, change);
    }

    /** The router's live state, for real-time metrics. */
    public org.contactcenter.rules.router.RouterSnapshot snapshot() {
        return live.router.snapshot(clock.instant());
    }

    /** Each agent's chosen status by name (agents that chose none are absent). */
    public Map<String, String> statusNames() {
        synchronized (live) {
            return live.statusNames();
        }
    }

    /** The contacts waiting in a queue, in routing order, with position and wait. */
    public List<WaitingContact> waiting(String queueId) {
        if (directory.queue(queueId) == null) {
            throw new NotFound("Queue", queueId);
        }
        return live.router.waiting(queueId, clock.instant());
    }

    // ------------------------------------------------------------------------------------------ agents (AgentPresence)

    public AgentStateData agentState(String userId) {
        return presence.agentState(userId);
    }

    /** Sets the agent's status by name (Available, Offline or an enabled custom status); it clears a Missed/Rejected block. */
    public AgentStateData setStatus(String userId, String statusName) {
        return presence.setStatus(userId, statusName);
    }

    /** Whether contacts of a channel are offered ({@link AgentPresence#channelOpen}): voice closes while AMI is down. */
    public void channelOpen(Channel channel, boolean open) {
        presence.channelOpen(channel, open);
    }

    /** An agent's workspace socket opened: {@link AgentPresence#agentConnected}. */
    public List<ContactOffered> agentConnected(String userId) {
        return presence.agentConnected(userId);
    }

    /** An agent's workspace socket closed: {@link AgentPresence#agentDisconnected}. */
    public void agentDisconnected(String userId) {
        presence.agentDisconnected(userId);
    }

    // ------------------------------------------------------------------------------------------ offers and contacts (ContactHandling)

    /** The agent accepts an offer: the contact is connected. */
    public ContactData accept(String contactId, String userId) {
        return handling.accept(contactId, userId);
    }

    /** The agent rejects an offer: the contact goes back to its place; the agent is Rejected until it changes its status. */
    public ContactData reject(String contactId, String userId) {
        return handling.reject(contactId, userId);
    }

    /** The agent ends a connected contact: after-contact work starts ({@code AGENT_DISCONNECT} unless a reason is set). */
    public ContactData end(String contactId, String userId) {
        return handling.end(contactId, userId, DisconnectReason.AGENT);
    }

    /** A connected contact ends for {@code reason} (e.g. the customer hung up: {@link DisconnectReason#CUSTOMER}); ACW starts. */
    public ContactData end(String contactId, String userId, String reason) {
        return handling.end(contactId, userId, reason);
    }

    /** A supervisor ends a contact its agent cannot: {@link ContactHandling#endBySupervisor}. */
    public ContactData endBySupervisor(String contactId, String supervisor, String reason) {
        return handling.endBySupervisor(contactId, supervisor, reason);
    }

    /** After-contact work is done: the slot is free, the next contact may be offered at once. */
    public ContactData afterContactWorkDone(String contactId, String userId) {
        return handling.afterContactWorkDone(contactId, userId, null);
    }

    /** The same, with the agent's note, kept as the contact's attribute {@code disposition}. */
    public ContactData afterContactWorkDone(String contactId, String userId, String note) {
        return handling.afterContactWorkDone(contactId, userId, note);
    }

    // ------------------------------------------------------------------------------------------ timers

    /** A routing timer fell due (queue delay, after-contact work, reconnect grace). */
    public void timerFired(RoutingTimer info) {
        upkeep.timerFired(info);
    }


    // ------------------------------------------------------------------------------------------ handling (ContactHandling)

    /** The agent transfers a connected contact to a queue, an agent or a quick connect: {@link ContactHandling#transfer}. */
    public ContactData transfer(String contactId, String userId, TransferData target) {
        return handling.transfer(contactId, userId, target);
    }

    /** The agent puts a connected voice contact on hold. */
    public ContactData hold(String contactId, String userId) {
        return handling.hold(contactId, userId, true);
    }

    /** The agent takes a held contact off hold. */
    public ContactData resume(String contactId, String userId) {
        return handling.hold(contactId, userId, false);
    }

    /**
     * A call's external party: the agent ({@code userId}) consults a number ({@code phoneNumber}, or a PHONE_NUMBER
     * quick connect), conferences, transfers, cancels; telephony ({@code userId} null) reports it left or failed.
     */
    public ContactData consult(String contactId, String userId, ConsultStep step, String phoneNumber, TransferData quickConnect) {
        return thirdParties.step(contactId, userId, step, phoneNumber, quickConnect);
    }

    /** The agent dials out: {@link ContactHandling#outbound}. */
    public ContactData outbound(String userId, String phoneNumber) {
        return handling.outbound(userId, phoneNumber);
    }

    // ------------------------------------------------------------------------------------------ configuration

    /** A routing profile, a user, a queue or a status changed: caches are dropped, the router follows. */
    public void configurationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        upkeep.configurationChanged(change);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * Decides under the lock, hands the decision to the journal in decision order, arms its timers and waits until it
     * is durable and announced. A refusal (an exception of {@code body}) writes and announces nothing.
     */
    <T> T decide(Function<Decision, T> body) {
        Decision d = new Decision();
        T result;
        CompletableFuture<Void> done;
        try {
            synchronized (live) {
                result = body.apply(d);
                done = commit(d);
            }
        } catch (NotLive e) { // 409 for an ended contact, 404 for an unknown one: the database is read outside the lock
            if (e.contactId != null && store.contact(e.contactId).isPresent()) {
                throw new Conflict(null, "contact " + e.contactId + " has ended", List.of());
            }
            throw new NotFound("Contact", e.contactId);
        }
        arm(d);
        journal.await(done);
        return result;
    }


    private void arm(Decision d) {
        d.timers.forEach(t -> timers.arm(t.getKey(), t.getValue()));
    }

    /** Hands a decision to the journal: its writes, then (once durable) its offers and the states of its agents. */
    private CompletableFuture<Void> commit(Decision d) {
        List<ContactOffered> offers = List.copyOf(d.offers);
        List<Object> before = List.copyOf(d.events);
        List<AgentStateData> states = new ArrayList<>();
        synchronized (live) {
            for (String agentId : d.agents) {
                AgentInfo agent = live.known(agentId);
                if (agent != null) {
                    states.add(live.state(agent));
                }
            }
        }
        return journal.append(d.writes, () -> {
            before.forEach(events::fire);
            for (ContactOffered offer : offers) {
                live.offers.add(offer);
                offered.fire(offer);
            }
            states.forEach(s -> agentChanged.fire(new AgentStateChanged(s)));
        });
    }

    /** A live contact; one routing does not hold is answered by {@link #decide}, outside the lock. */
    Contact liveContact(String contactId) {
        Contact contact = contactId == null ? null : live.contact(contactId);
        if (contact == null) {
            throw new NotLive(contactId);
        }
        return contact;
    }

    /** A contact routing does not hold (ended, or never known). */
    private static final class NotLive extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String contactId;

        NotLive(String contactId) {
            super(null, null, false, false);
            this.contactId = contactId;
        }
    }

    /** Runs a router call, turning its refusals into a 409 that names the reason. */
    static Routed route(java.util.function.Supplier<Routed> call) {
        try {
            return call.get();
        } catch (RoutingException e) {
            throw new Conflict(null, e.getMessage(), List.of());
        }
    }

    AgentInfo agent(String userId) {
        AgentInfo agent = agentInfo(userId);
        if (agent == null) {
            throw new NotFound("Agent", userId);
        }
        return agent;
    }

    /** An agent from the cache (null: no such user, or not an agent). */
    AgentInfo agentInfo(String userId) {
        return directory.agent(userId);
    }

    /** Now, to the microsecond: what the databases keep, so an answer, a read and a queue listing show the same time. */
    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
