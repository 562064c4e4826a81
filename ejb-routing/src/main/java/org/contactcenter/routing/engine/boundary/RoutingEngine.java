package org.contactcenter.routing.engine.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.contactcenter.routing.agents.entity.AgentState;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.boundary.NewContactData;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.engine.control.RoutingTimer;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.ConfigurationChanged;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.Ids;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.routing.statuses.entity.AgentStatus;
import org.contactcenter.routing.statuses.entity.AgentStatusState;
import org.contactcenter.routing.statuses.entity.AgentStatusType;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.router.Staffing;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Offer;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;
import org.contactcenter.rules.router.AgentView;
import org.contactcenter.rules.router.ContactRequest;
import org.contactcenter.rules.router.Routed;
import org.contactcenter.rules.router.Router;
import org.contactcenter.rules.router.RoutingException;
import org.contactcenter.rules.router.WaitingContact;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one owner of live routing state in this server (a narrow interface, so a cluster can later give it one owner
 * cluster-wide). Every event — a contact queued, an agent's status, an offer answered, a contact ended, ACW done,
 * a timer — is one transaction: the change is persisted, the router decides, the decisions are persisted, timers
 * are armed for the exact instants they fall due (no polling), and {@link ContactOffered} / {@link AgentStateChanged}
 * are fired. Mutations are serialized (write lock), so persisted state follows the router's order of decisions.
 * At start-up profiles, agents' statuses and contacts are restored: waiting contacts keep their original enqueue
 * time (and so their place), an offer that was pending goes back to the queue, held contacts keep their slots.
 * <p>
 * An agent is routable only while its workspace is connected (at least one /ws/agent socket: {@link #agentConnected}).
 * When its last socket closes, offers pending for it go back to their queues at their place (no Missed: it could not
 * see them) and it gets nothing new; if it does not come back within {@code cc.routing.reconnect-grace-seconds} its
 * status becomes Offline (its contacts stay with it). After a restart no agent is connected: the restored contacts
 * wait until their agents come back (each gets the same grace), instead of being offered to sockets that are not there.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RuleEngine"})
public class RoutingEngine {
    private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

    @PersistenceContext
    EntityManager em;
    @Resource
    TimerService timers;
    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @EJB
    RuleEngine rules;
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
    @ConfigProperty(name = "cc.routing.offer-timeout-seconds", defaultValue = "20")
    int offerTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "cc.routing.reconnect-grace-seconds", defaultValue = "120")
    int reconnectGraceSeconds;

    private Router router;
    /** agent → its open workspace sockets (this server's); an agent without one is not routable */
    private final Map<String, Integer> sockets = new java.util.concurrent.ConcurrentHashMap<>();
    /** contact → when its pending offer expires, to offer it again on a socket that connects meanwhile */
    private final Map<String, Instant> offerExpiry = new java.util.concurrent.ConcurrentHashMap<>();

    @Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;
    @Resource
    jakarta.ejb.SessionContext self;
    /** timers due from the restored state; armed once the application runs (EJB timers armed while deploying never fire) */
    private List<Map.Entry<RoutingTimer, Instant>> deferred = new ArrayList<>();

    @PostConstruct
    void start() {
        router = new Router(rules::contactPriority);
        Instant now = clock.instant();
        for (RoutingProfile profile : em.createNamedQuery(RoutingProfile.ALL, RoutingProfile.class).getResultList()) {
            router.configure(model(profile), now);
        }
        for (AgentState state : em.createNamedQuery(AgentState.ALL, AgentState.class).getResultList()) {
            User user = em.find(User.class, state.userId());
            if (user != null && user.isAgent()) {
                router.agentStatus(user.id(), user.routingProfile().id(), agentQueueId(user), Presence.OFFLINE, now); // until its socket is back
                if (presence(state.status()) != Presence.OFFLINE) {
                    arm(new RoutingTimer(RoutingTimer.Kind.RECONNECT, null, user.id()), now.plusSeconds(reconnectGraceSeconds));
                }
            }
        }
        List<Contact> live = em.createNamedQuery(Contact.IN_STATES, Contact.class)
                .setParameter("states", EnumSet.of(ContactState.WAITING, ContactState.OFFERED, ContactState.CONNECTED, ContactState.AFTER_CONTACT_WORK))
                .getResultList();
        int held = 0;
        for (Contact c : live) {
            if ((c.state() == ContactState.CONNECTED || c.state() == ContactState.AFTER_CONTACT_WORK) && isKnownAgent(c.agentId())) {
                router.restoreHeld(request(c), c.agentId(), c.state());
                held++;
                if (c.state() == ContactState.AFTER_CONTACT_WORK) {
                    armAcw(c);
                }
            }
        }
        int waiting = 0;
        for (Contact c : live) {
            if (c.state() == ContactState.WAITING || c.state() == ContactState.OFFERED
                    || ((c.state() == ContactState.CONNECTED || c.state() == ContactState.AFTER_CONTACT_WORK) && !isKnownAgent(c.agentId()))) {
                c.requeued();
                apply(router.enqueue(request(c), now), c);
                waiting++;
            }
        }
        LOG.info("Routing engine started: " + waiting + " contacts restored to their queues, " + held + " held by agents");
        scheduler.schedule(() -> self.getBusinessObject(RoutingEngine.class).armRestoredTimers(), 3, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Arms the timers of the restored state (ACW, queue delays, reconnect grace): a due one fires at once. */
    public void armRestoredTimers() {
        List<Map.Entry<RoutingTimer, Instant>> due = deferred;
        deferred = null;
        due.forEach(t -> arm(t.getKey(), t.getValue()));
        LOG.fine(() -> due.size() + " timers of the restored routing state armed");
    }

    // ------------------------------------------------------------------------------------------ contacts

    /** Queues a new contact (persisted first), then routes it. */
    public ContactData enqueue(NewContactData data, InitiationMethod method) {
        return enqueue(Ids.next(), data, method, 0);
    }

    /**
     * Queues a contact under a given id (a flow's contact) and routes it. {@code ageSeconds} makes it older in
     * routing order ("Change routing priority / age"). Throws {@link QueueAtCapacity} when the queue holds its
     * maximum of waiting contacts.
     */
    public ContactData enqueue(String contactId, NewContactData data, InitiationMethod method, long ageSeconds) {
        Violations v = Violations.validate(validator, data);
        v.throwIfAny();
        Map<String, String> attributes = data.attributes == null ? Map.of() : data.attributes;
        v.contactAttributes(attributes).throwIfAny();
        Queue queue = em.find(Queue.class, data.queueId);
        if (queue == null) {
            throw InvalidInput.of("queueId", "unknown queue " + data.queueId);
        }
        if (queue.maxContacts() != null && router.queueSize(queue.id()) >= queue.maxContacts()) {
            throw new QueueAtCapacity(queue.name(), queue.maxContacts());
        }
        if (em.find(Contact.class, contactId) != null) {
            throw new Conflict("id", "contact " + contactId + " exists already", List.of());
        }
        int priority = data.priority != null ? data.priority : rules.contactPriority(data.channel, attributes);
        Contact contact = new Contact(contactId, data.channel, method, queue.id(), attributes, priority, now());
        em.persist(contact);
        em.flush();
        apply(router.enqueue(request(contact), clock.instant()), contact);
        if (ageSeconds > 0 && contact.state() == ContactState.WAITING) {
            // older in routing order only: its real wait (queue delays, the wait shown) stays its own
            apply(router.changePriority(contactId, null, ageSeconds, clock.instant()), contact);
        }
        ContactData queued = ContactData.of(contact);
        queuedEvents.fire(new ContactQueued(queued));
        return queued;
    }

    /** The customer left (hung up, closed the chat) while the contact waited or was being offered. */
    public void abandon(String contactId) {
        offerExpiry.remove(contactId);
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null || (contact.state() != ContactState.WAITING && contact.state() != ContactState.OFFERED)) {
            return;
        }
        String offeredTo = contact.state() == ContactState.OFFERED ? contact.agentId() : null;
        Routed routed = route(() -> router.abandon(contactId, clock.instant()));
        contact.abandoned(now());
        apply(routed, null);
        if (offeredTo != null) {
            announce(offeredTo);
        }
    }

    /** "Change routing priority / age" for a waiting contact: a new priority and/or an age bonus in seconds. */
    public ContactData changePriority(String contactId, Integer priority, long ageSeconds) {
        Contact contact = find(contactId);
        if (contact.state() != ContactState.WAITING) {
            return ContactData.of(contact);
        }
        Routed routed = route(() -> router.changePriority(contactId, priority, ageSeconds, clock.instant()));
        if (priority != null) {
            contact.prioritized(priority);
        }
        apply(routed, contact);
        return ContactData.of(contact);
    }

    /** Check staffing: agents serving the queue on the channel. */
    @Lock(LockType.READ)
    public Staffing staffing(String queueId, Channel channel) {
        return router.staffing(queueId, channel);
    }

    @Lock(LockType.READ)
    public ContactData contact(String contactId) {
        return ContactData.of(find(contactId));
    }

    /** The contacts waiting in a queue, in routing order, with position and wait. */
    @Lock(LockType.READ)
    public List<WaitingContact> waiting(String queueId) {
        if (em.find(Queue.class, queueId) == null) {
            throw new NotFound("Queue", queueId);
        }
        return router.waiting(queueId, clock.instant());
    }

    // ------------------------------------------------------------------------------------------ agents

    @Lock(LockType.READ)
    public AgentStateData agentState(String userId) {
        User user = agent(userId);
        return state(user);
    }

    /** Sets the agent's status by name (Available, Offline or an enabled custom status). */
    public AgentStateData setStatus(String userId, String statusName) {
        User user = agent(userId);
        AgentStatus status = em.createNamedQuery(AgentStatus.BY_NAME, AgentStatus.class).setParameter("name", statusName)
                .getResultStream().findFirst().filter(s -> s.state() == AgentStatusState.ENABLED)
                .orElseThrow(() -> InvalidInput.of("status", "unknown or disabled agent status " + statusName));
        AgentState state = em.find(AgentState.class, user.id());
        if (state == null) {
            em.persist(new AgentState(user.id(), status, now()));
        } else {
            state.change(status, now());
        }
        Routed routed = route(() -> router.agentStatus(user.id(), user.routingProfile().id(), agentQueueId(user), routable(user.id(), status), clock.instant()));
        apply(routed, null);
        AgentStateData result = state(user);
        agentChanged.fire(new AgentStateChanged(result));
        return result;
    }

    /**
     * An agent's workspace socket opened: with its first one the agent is routable again (its stored status counts) and
     * is offered what waits for it. Answers the offers pending for it (to be sent on the new socket).
     */
    public List<ContactOffered> agentConnected(String userId) {
        User user = agent(userId);
        List<ContactOffered> pending = new ArrayList<>(); // offers made before this socket (another tab's): the new one shows them too
        state(user).contacts.forEach((contactId, contactState) -> {
            Contact c = contactState == ContactState.OFFERED ? em.find(Contact.class, contactId) : null;
            if (c != null) {
                pending.add(new ContactOffered(userId, ContactData.of(c), offerExpiry.getOrDefault(contactId, clock.instant().plusSeconds(offerTimeoutSeconds))));
            }
        });
        if (sockets.merge(userId, 1, Integer::sum) == 1) {
            AgentState state = em.find(AgentState.class, userId);
            if (state != null && presence(state.status()) != Presence.OFFLINE) {
                apply(route(() -> router.agentStatus(userId, user.routingProfile().id(), agentQueueId(user), presence(state.status()), clock.instant())), null);
                announce(userId);
            }
        }
        return pending;
    }

    /**
     * An agent's workspace socket closed: with its last one the agent is not routable; offers pending for it go back to
     * their queues at their place, with no Missed (it could not see them); Offline follows after the grace period.
     */
    public void agentDisconnected(String userId) {
        Integer left = sockets.computeIfPresent(userId, (id, n) -> n <= 1 ? null : n - 1);
        User user = em.find(User.class, userId);
        if (left != null || user == null || !user.isAgent()) {
            return;
        }
        Instant now = clock.instant();
        try {
            for (Map.Entry<String, ContactState> c : router.agentView(userId).contacts().entrySet()) {
                if (c.getValue() == ContactState.OFFERED) {
                    Contact contact = em.find(Contact.class, c.getKey());
                    Routed routed = router.reject(c.getKey(), userId, now); // back to its place; the agent's Rejected is cleared below
                    contact.requeued();
                    offerExpiry.remove(c.getKey());
                    apply(routed, contact);
                }
            }
            apply(router.agentStatus(userId, user.routingProfile().id(), agentQueueId(user), Presence.OFFLINE, now), null);
        } catch (RoutingException neverRouted) {
            return;
        }
        arm(new RoutingTimer(RoutingTimer.Kind.RECONNECT, null, userId), now.plusSeconds(reconnectGraceSeconds));
        announce(userId);
    }

    /** The agent accepts an offer: the contact is connected. */
    public ContactData accept(String contactId, String userId) {
        Contact contact = find(contactId);
        offerExpiry.remove(contactId);
        route(() -> {
            router.accept(contactId, userId);
            return Routed.NOTHING;
        });
        contact.connected(now());
        announce(userId);
        ContactData data = ContactData.of(contact);
        connectedEvents.fire(new ContactConnected(data));
        return data;
    }

    /** The agent rejects an offer: the contact goes back to its place; the agent is Rejected until it resets. */
    public ContactData reject(String contactId, String userId) {
        Contact contact = find(contactId);
        offerExpiry.remove(contactId);
        Routed routed = route(() -> router.reject(contactId, userId, clock.instant()));
        contact.requeued();
        apply(routed, contact);
        announce(userId);
        return ContactData.of(contact);
    }

    /** The agent ends a connected contact: after-contact work starts (with the user's ACW timeout for the channel). */
    public ContactData end(String contactId, String userId) {
        Contact contact = find(contactId);
        route(() -> {
            router.end(contactId, userId);
            return Routed.NOTHING;
        });
        contact.ended(now());
        armAcw(contact);
        announce(userId);
        ContactData data = ContactData.of(contact);
        endedEvents.fire(new ContactEnded(data));
        return data;
    }

    /**
     * A supervisor ends a contact its agent cannot (the agent is gone): a connected one is ended (the flow hears of it as
     * of the agent's end) and its after-contact work closed at once; one in after-contact work is closed. The reason is
     * kept with the contact. Others: 409.
     */
    public ContactData endBySupervisor(String contactId, String supervisor, String reason) {
        Contact contact = find(contactId);
        String agentId = contact.agentId();
        if (contact.state() != ContactState.CONNECTED && contact.state() != ContactState.AFTER_CONTACT_WORK) {
            throw new Conflict(null, "contact " + contactId + " is " + contact.state() + ": only a connected contact or one in after-contact work is ended this way", List.of());
        }
        contact.disconnectReason("SUPERVISOR " + supervisor + ": " + reason);
        if (contact.state() == ContactState.CONNECTED) {
            route(() -> {
                router.end(contactId, agentId);
                return Routed.NOTHING;
            });
            contact.ended(now());
            endedEvents.fire(new ContactEnded(ContactData.of(contact)));
        }
        Routed routed = route(() -> router.afterContactWorkDone(contactId, agentId, clock.instant()));
        contact.closed(now());
        apply(routed, null);
        announce(agentId);
        LOG.info(() -> "Contact " + contactId + " of agent " + agentId + " ended by " + supervisor + ": " + reason);
        return ContactData.of(contact);
    }

    /** After-contact work is done: the slot is free, the next contact may be offered at once. */
    public ContactData afterContactWorkDone(String contactId, String userId) {
        Contact contact = find(contactId);
        Routed routed = route(() -> router.afterContactWorkDone(contactId, userId, clock.instant()));
        contact.closed(now());
        apply(routed, null);
        announce(userId);
        return ContactData.of(contact);
    }

    // ------------------------------------------------------------------------------------------ timers

    @Timeout
    void timeout(Timer timer) {
        if (!(timer.getInfo() instanceof RoutingTimer info)) {
            return;
        }
        try {
            switch (info.kind()) {
                case DELAY -> {
                    Contact contact = em.find(Contact.class, info.contactId());
                    if (contact != null && contact.state() == ContactState.WAITING) {
                        apply(router.delayElapsed(info.contactId(), clock.instant()), contact);
                    }
                }
                case OFFER -> {
                    offerExpiry.remove(info.contactId()); // answered, missed now, or gone: either way this offer is over
                    Contact contact = em.find(Contact.class, info.contactId());
                    if (contact != null && contact.state() == ContactState.OFFERED && info.agentId().equals(contact.agentId())) {
                        Routed routed = router.missed(info.contactId(), info.agentId(), clock.instant());
                        contact.requeued();
                        apply(routed, contact);
                        announce(info.agentId());
                    }
                }
                case RECONNECT -> {
                    AgentState state = em.find(AgentState.class, info.agentId());
                    if (!sockets.containsKey(info.agentId()) && state != null && presence(state.status()) != Presence.OFFLINE) {
                        LOG.info(() -> "Agent " + info.agentId() + " did not reconnect within " + reconnectGraceSeconds + " s: Offline");
                        setStatus(info.agentId(), AgentStatus.OFFLINE);
                    }
                }
                case ACW -> {
                    Contact contact = em.find(Contact.class, info.contactId());
                    if (contact != null && contact.state() == ContactState.AFTER_CONTACT_WORK && info.agentId().equals(contact.agentId())) {
                        Routed routed = router.afterContactWorkDone(info.contactId(), info.agentId(), clock.instant());
                        contact.closed(now());
                        apply(routed, null);
                        announce(info.agentId());
                    }
                }
            }
        } catch (RoutingException e) {
            LOG.log(Level.FINE, "Routing timer " + info + " found nothing to do", e);
        }
    }

    // ------------------------------------------------------------------------------------------ configuration

    /** A routing profile or a user changed: the router follows, once the change has committed. */
    public void configurationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        if (change.type() == RoutingProfile.class) {
            RoutingProfile profile = em.find(RoutingProfile.class, change.id());
            if (profile != null) {
                apply(router.configure(model(profile), clock.instant()), null);
            }
        } else if (change.type() == User.class) {
            User user = em.find(User.class, change.id());
            AgentState state = em.find(AgentState.class, change.id());
            if (user == null || !user.isAgent()) {
                router.removeAgent(change.id());
            } else if (state != null) {
                apply(router.agentStatus(user.id(), user.routingProfile().id(), agentQueueId(user), routable(user.id(), state.status()), clock.instant()), null);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Persists the router's decisions: offers (with their timeout timers) and the contact's delay timers. */
    private void apply(Routed routed, Contact subject) {
        Instant now = clock.instant();
        for (Offer offer : routed.offers()) {
            Contact contact = subject != null && subject.id().equals(offer.contactId()) ? subject : em.find(Contact.class, offer.contactId());
            contact.offeredTo(offer.agentId());
            Instant expires = now.plusSeconds(offerTimeoutSeconds);
            offerExpiry.put(contact.id(), expires);
            arm(new RoutingTimer(RoutingTimer.Kind.OFFER, contact.id(), offer.agentId()), expires);
            offered.fire(new ContactOffered(offer.agentId(), ContactData.of(contact), expires));
            announce(offer.agentId()); // the agent's contacts changed: its state (activity Incoming) follows the offer
        }
        for (Routed.Delay delay : routed.delays()) { // a profile change made waiting contacts eligible later
            arm(new RoutingTimer(RoutingTimer.Kind.DELAY, delay.contactId(), null), delay.at());
        }
        if (subject != null) {
            for (Instant due : routed.dueTimes()) {
                arm(new RoutingTimer(RoutingTimer.Kind.DELAY, subject.id(), null), due);
            }
        }
    }

    private void armAcw(Contact contact) {
        User user = em.find(User.class, contact.agentId());
        int seconds = user == null ? 0 : user.afterContactWorkTimeout(contact.channel());
        if (seconds > 0) {
            Instant due = contact.acwStartedAt().toInstant().plusSeconds(seconds);
            arm(new RoutingTimer(RoutingTimer.Kind.ACW, contact.id(), contact.agentId()), due);
        }
    }

    private void arm(RoutingTimer info, Instant at) {
        if (deferred != null) {
            deferred.add(Map.entry(info, at));
            return;
        }
        Instant due = at.isBefore(clock.instant()) ? clock.instant() : at;
        timers.createSingleActionTimer(Date.from(due), new TimerConfig(info, false));
    }

    /** Runs a router call, turning its refusals into a 409 that names the reason. */
    private static Routed route(java.util.function.Supplier<Routed> call) {
        try {
            return call.get();
        } catch (RoutingException e) {
            throw new Conflict(null, e.getMessage(), List.of());
        }
    }

    private void announce(String userId) {
        User user = em.find(User.class, userId);
        if (user != null) {
            agentChanged.fire(new AgentStateChanged(state(user)));
        }
    }

    private AgentStateData state(User user) {
        AgentState state = em.find(AgentState.class, user.id());
        String status = state == null ? AgentStatus.OFFLINE : state.status().name();
        try {
            AgentView view = router.agentView(user.id());
            return new AgentStateData(user.id(), user.username(), status, view.activity(), view.occupied(), view.contacts());
        } catch (RoutingException neverRouted) {
            return new AgentStateData(user.id(), user.username(), status, AgentActivity.OFFLINE, Map.of(), Map.of());
        }
    }

    private User agent(String userId) {
        User user = em.find(User.class, userId);
        if (user == null || !user.isAgent()) {
            throw new NotFound("Agent", userId);
        }
        return user;
    }

    private Contact find(String contactId) {
        Contact contact = contactId == null ? null : em.find(Contact.class, contactId);
        if (contact == null) {
            throw new NotFound("Contact", contactId);
        }
        return contact;
    }

    private boolean isKnownAgent(String userId) {
        if (userId == null) {
            return false;
        }
        try {
            router.agentView(userId);
            return true;
        } catch (RoutingException e) {
            return false;
        }
    }

    private String agentQueueId(User user) {
        return em.createNamedQuery(Queue.BY_AGENT, Queue.class).setParameter("userId", user.id()).getResultStream()
                .findFirst().map(Queue::id).orElse(null);
    }

    /** The router's presence for an agent: its status's, while its workspace is connected; otherwise offline. */
    private Presence routable(String userId, AgentStatus status) {
        return sockets.containsKey(userId) ? presence(status) : Presence.OFFLINE;
    }

    private static Presence presence(AgentStatus status) {
        return status.type() == AgentStatusType.ROUTABLE ? Presence.AVAILABLE
                : status.type() == AgentStatusType.OFFLINE ? Presence.OFFLINE : Presence.CUSTOM;
    }

    private static Profile model(RoutingProfile p) {
        return new Profile(p.id(),
                p.mediaConcurrencies().stream().map(m -> new MediaLimit(m.channel(), m.concurrency(), m.crossChannelBehavior())).toList(),
                p.queueConfigs().stream().map(q -> new QueueEntry(q.queue().id(), q.channel(), q.priority(), q.delay())).toList());
    }

    private static ContactRequest request(Contact c) {
        return new ContactRequest(c.id(), c.queueId(), c.channel(), c.attributes(), c.priority(), c.enqueuedAt().toInstant());
    }

    /** Now, to the microsecond: what the databases keep, so an answer, a read and a queue listing show the same time. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
