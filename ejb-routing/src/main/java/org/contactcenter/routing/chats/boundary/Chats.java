package org.contactcenter.routing.chats.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.contactcenter.routing.chats.entity.Participant;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.DisconnectReason;
import org.contactcenter.routing.engine.boundary.ContactConnected;
import org.contactcenter.routing.engine.boundary.ContactContinued;
import org.contactcenter.routing.engine.boundary.ContactEnded;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.boundary.FlowActionsEmitted;
import org.contactcenter.routing.flows.boundary.FlowEvent;
import org.contactcenter.routing.flows.boundary.FlowRunData;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.routing.flows.boundary.StartFlowRun;
import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.Ids;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chat channel adapter: starts a chat's contact in its flow, turns the flow's media actions into chat messages
 * (prompts, questions with option buttons) and the customer's messages into flow input, times the flow's waits, and
 * once an agent has accepted carries messages both ways. Every message is stored before it is acknowledged or
 * delivered ({@link ChatWriter}: batched, one commit for many). Idle customers are timed out
 * ({@code cc.chat.idle-timeout-seconds}); an ended chat can
 * be resumed within {@code cc.chat.resume-window-hours} as a new chat linked to it, whose transcript includes the
 * past sessions. Timers are EJB timers armed for the exact instant (no polling).
 */
@Singleton
@Startup
@DependsOn("RoutingEngine")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Chats {
    private static final Logger LOG = Logger.getLogger(Chats.class.getName());
    /** after a start, chats get their idle timers, and those whose flow run was lost start it again, this much later */
    private static final int RECOVERY_DELAY_SECONDS = 5;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Resource
    TimerService timers;
    @Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;
    @Resource
    jakarta.ejb.SessionContext self;
    @EJB
    ChatStore store;
    @EJB
    ChatWriter writer;
    @EJB
    FlowRuns flows;
    @EJB
    RoutingEngine routing;
    @Inject
    @ConfigProperty(name = "cc.chat.flow-name", defaultValue = "Default inbound")
    String defaultFlowName;
    @Inject
    @ConfigProperty(name = "cc.chat.max-message-length", defaultValue = "1024")
    int maxMessageLength;
    @Inject
    @ConfigProperty(name = "cc.chat.input-timeout-seconds", defaultValue = "300")
    int inputTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "cc.chat.idle-timeout-seconds", defaultValue = "1800")
    int idleTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "cc.chat.resume-window-hours", defaultValue = "24")
    int resumeWindowHours;
    @Inject
    @ConfigProperty(name = "cc.chat.default-language", defaultValue = "en")
    String defaultLanguage;
    @Inject
    CallbackNumbers callbackNumbers;

    /** A timer: a flow wait (with the action sequence it belongs to) or the idle check of a chat. */
    record Due(String kind, String chatId, String contactId, int sequence) implements Serializable {
    }

    @PostConstruct
    void restore() {
        // EJB timers armed while the application is still deploying never fire: what a restart needs is done just after
        scheduler.schedule(() -> self.getBusinessObject(Chats.class).restored(), RECOVERY_DELAY_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * After a (re)start: idle timers are not persistent, so every chat still active gets one; a chat that was in its flow
     * (no contact in routing yet) lost its flow run with the stop, and its flow starts again ({@link #recover}).
     */
    public void restored() {
        int lost = 0;
        for (ChatData chat : store.activeChats()) {
            armIdle(chat.chatId, clock.instant().plus(Duration.ofSeconds(idleTimeoutSeconds)));
            if (contact(chat.contactId) == null && flows.state(chat.contactId).isEmpty()) {
                try {
                    recover(chat);
                    lost++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Chat " + chat.chatId + ": its flow could not start again", e);
                }
            }
        }
        if (lost > 0) {
            LOG.info("Chats: " + lost + " active chats were in their flows when the center stopped; their flows started again");
        }
    }

    /**
     * A chat whose flow run was lost (the center stopped while the customer was in the flow): the customer is told, and
     * the chat's flow starts again from its beginning with the attributes the chat started with, under the same contact.
     */
    private void recover(ChatData chat) {
        LOG.info(() -> "Chat " + chat.chatId + " was in its flow when the center stopped: its flow starts again");
        writer.append(chat.chatId, Participant.SYSTEM, null, ChatTexts.text(chat.language, "interrupted"), null, null);
        flows.start(new StartFlowRun(chat.flowId, null, Channel.CHAT, "chat:" + chat.chatId, store.startAttributes(chat.chatId)), chat.contactId);
    }

    // ------------------------------------------------------------------------------------------ customers

    /** Starts a chat: a new contact in the inbound flow; answers the chat with its participant token. */
    public ChatData start(StartChat request) {
        Violations.validate(validator, request).contactAttributes(request.attributes).attributeValuesPresent(request.attributes).throwIfAny();
        return begin(request.flowId, request.phoneNumber, request.displayName, request.attributes,
                ChatTexts.supported(request.language == null ? defaultLanguage : request.language));
    }

    /** Resumes an ended chat (its token) within the resume window: a new chat and contact, linked to it. */
    public ChatStore.Resumed resume(String token) {
        ChatData past = store.byToken(token).orElseThrow(() -> new NotFound("Chat", "(token)"));
        if (past.state == org.contactcenter.routing.chats.entity.ChatState.ACTIVE) {
            throw new Conflict(null, "the chat is still active: reconnect to it instead", List.of());
        }
        if (past.endedAt.toInstant().plus(Duration.ofHours(resumeWindowHours)).isBefore(clock.instant())) {
            throw new Conflict(null, "the chat ended more than " + resumeWindowHours + " h ago and can no longer be resumed", List.of());
        }
        String contactId = Ids.next();
        ChatStore.Resumed resumed = store.resume(past.chatId, token, contactId);
        if (!resumed.fresh()) {
            return resumed; // resumed before: the same successor, never a second live chat
        }
        return new ChatStore.Resumed(enter(resumed.chat(), past.flowId, store.startAttributes(resumed.chat().chatId)), true);
    }

    private ChatData begin(String flowId, String phoneNumber, String displayName, Map<String, String> attributes, String language) {
        String flow = flowId;
        if ((flow == null || flow.isBlank()) && phoneNumber == null) {
            flow = em.createNamedQuery(ContactFlow.BY_NAME, ContactFlow.class).setParameter("name", defaultFlowName).getResultStream()
                    .findFirst().map(ContactFlow::id).orElseThrow(() -> new Conflict("flowId",
                            "give a flowId: the default chat flow " + defaultFlowName + " (cc.chat.flow-name) does not exist", List.of()));
        }
        String contactId = Ids.next();
        if (flow == null) {
            flow = flows.flowOfPhoneNumber(phoneNumber);
        }
        return enter(store.create(contactId, flow, displayName, language, attributes), flow, attributes);
    }

    /** A new chat enters its flow (a refused start removes the chat again); its idle timer starts. */
    private ChatData enter(ChatData chat, String flow, Map<String, String> attributes) {
        try {
            flows.start(new StartFlowRun(flow, null, Channel.CHAT, "chat:" + chat.chatId, attributes), chat.contactId);
        } catch (RuntimeException e) {
            store.discard(chat.chatId); // a refused start leaves nothing behind
            throw e;
        }
        armIdle(chat.chatId, clock.instant().plus(Duration.ofSeconds(idleTimeoutSeconds)));
        return chat;
    }

    public Optional<ChatData> byToken(String token) {
        return store.byToken(token);
    }

    /** The customer wrote: stored first (the caller acknowledges after this returns), then given to the flow or the agent. */
    public ChatMessageData customerMessage(String chatId, String text, String clientMessageId) {
        ChatData chat = store.get(chatId);
        return customerMessage(chatId, chat.contactId, chat.displayName, text, clientMessageId);
    }

    /** The same, for a caller that knows the chat's contact and customer already (the chat socket). */
    public ChatMessageData customerMessage(String chatId, String contactId, String displayName, String text, String clientMessageId) {
        checkText(text, clientMessageId);
        ChatMessageData message = writer.append(chatId, Participant.CUSTOMER, displayName, text, null, clientMessageId);
        Optional<FlowRun.State> state = flows.state(contactId);
        if (state.isPresent() && (state.get() == FlowRun.State.WAITING_FOR_INPUT || state.get() == FlowRun.State.WAITING)) {
            try {
                flows.event(contactId, new FlowEvent(FlowEvent.Type.INPUT, text));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Chat " + chatId + ": the flow did not take the customer's message", e);
            }
        }
        return message;
    }

    /**
     * Chat → voice: the customer asks to be called back. A VOICE contact (initiation CALLBACK) is queued in the chat's
     * working queue with the chat's attributes, {@code callbackNumber} and {@code relatedChatId}; the voice agent who
     * gets it receives the chat's transcript. The chat goes on until the customer or the agent ends it.
     */
    public ChatMessageData callback(String chatId, String number) {
        String phoneNumber = callbackNumbers.normalize(number);
        ChatData chat = store.get(chatId);
        if (chat.state != org.contactcenter.routing.chats.entity.ChatState.ACTIVE) {
            throw new Conflict(null, "the chat has ended", List.of());
        }
        if (chat.callbackContactId != null) {
            throw new Conflict(null, "a callback is already requested for this chat", List.of());
        }
        FlowRunData run = flows.get(chat.contactId, Integer.MAX_VALUE);
        String queueId = run.workingQueueId;
        if (queueId == null) {
            throw new Conflict(null, "the chat has no queue yet: answer the chat's questions first", List.of());
        }
        Map<String, String> attributes = new HashMap<>(run.attributes);
        attributes.put("callbackNumber", phoneNumber);
        attributes.put("relatedChatId", chatId);
        attributes.put("relatedContactId", chat.contactId);
        String callbackId = Ids.next();
        routing.enqueue(callbackId, new org.contactcenter.routing.contacts.boundary.NewContactData(queueId, Channel.VOICE, attributes, run.priority),
                org.contactcenter.routing.contacts.entity.InitiationMethod.CALLBACK, 0, null,
                new org.contactcenter.routing.contacts.entity.ContactOrigin(null, phoneNumber, null, null, null));
        store.callbackRequested(chatId, callbackId);
        return writer.append(chatId, Participant.SYSTEM, null, ChatTexts.text(chat.language, "callback", phoneNumber), null, null);
    }

    /**
     * Whether an agent may read a chat: it accepted (and holds, or held) the chat's contact or its callback. An
     * agent to whom the contact is only offered may not: the offer may go elsewhere.
     */
    public boolean mayRead(String chatId, String agentId) {
        ChatData chat = store.get(chatId);
        for (String contactId : new String[] {chat.contactId, chat.callbackContactId}) {
            ContactData contact = contactId == null ? null : contact(contactId);
            if (contact != null && agentId.equals(contact.agentId) && contact.state != ContactState.OFFERED) {
                return true;
            }
        }
        return false;
    }

    /** The customer closed the chat. */
    public void customerEnds(String chatId, String reason) {
        ChatData chat = store.get(chatId);
        if (chat.state != org.contactcenter.routing.chats.entity.ChatState.ACTIVE) {
            return;
        }
        writer.append(chatId, Participant.SYSTEM, null, ChatTexts.text(chat.language, "left"), null, null);
        flows.state(chat.contactId).filter(s -> s != FlowRun.State.ENDED)
                .ifPresent(s -> flows.event(chat.contactId, new FlowEvent(FlowEvent.Type.DISCONNECT, null)));
        store.end(chatId, reason); // ended first: routing's end below is the customer's leaving, not the agent's
        ContactData contact = contact(chat.contactId);
        if (contact != null && contact.state == ContactState.CONNECTED) {
            routing.end(chat.contactId, contact.agentId, DisconnectReason.CUSTOMER); // the agent's slot goes to after-contact work
        } else if (contact != null && (contact.state == ContactState.WAITING || contact.state == ContactState.OFFERED)) {
            routing.abandon(chat.contactId);
        }
    }

    /** The transcript of a chat (with its past sessions). */
    public List<ChatMessageData> transcript(String chatId, int after, boolean pastSessions) {
        return store.transcript(chatId, after, pastSessions);
    }

    // ------------------------------------------------------------------------------------------ agents

    /** An agent wrote in a chat connected to it. */
    public ChatMessageData agentMessage(String agentId, String contactId, String text, String clientMessageId) {
        checkText(text, clientMessageId);
        ContactData contact = contact(contactId);
        if (contact == null || !agentId.equals(contact.agentId) || contact.state != ContactState.CONNECTED) {
            throw new Conflict("contactId", "contact " + contactId + " is not a chat connected to you", List.of());
        }
        ChatData chat = store.byContact(contactId).orElseThrow(() -> new Conflict("contactId", "contact " + contactId + " is not a chat", List.of()));
        User agent = em.find(User.class, agentId);
        return writer.append(chat.chatId, Participant.AGENT, agent == null ? null : agent.firstName(), text, null, clientMessageId);
    }

    public Optional<ChatData> chatOfContact(String contactId) {
        return store.byContact(contactId);
    }

    // ------------------------------------------------------------------------------------------ the flow's actions

    /** The flow spoke to a chat customer: its prompts become messages, its waits get timers, its end ends the chat. */
    public void actions(@Observes FlowActionsEmitted event) {
        if (event.channel() != Channel.CHAT) {
            return;
        }
        Optional<ChatData> found = store.byContact(event.contactId());
        if (found.isEmpty()) {
            return; // a chat contact driven through /api/v1/flow-runs
        }
        ChatData chat = found.get();
        if (answered(event)) {
            return; // the customer queue flow's words to a customer an agent has been offered to or answers: moot now
        }
        for (MediaAction a : event.actions()) {
            switch (a.type) {
                case MESSAGE -> {
                    if (!"AGENT".equals(a.participant) && a.text != null) {
                        writer.append(chat.chatId, Participant.SYSTEM, null, a.text, null, null);
                    }
                }
                case GET_INPUT -> {
                    writer.ask(chat.chatId, a.text == null ? "" : a.text, a.options, a.optionLabels);
                    armWait(chat, Math.max(a.timeoutSeconds == null ? 0 : a.timeoutSeconds, inputTimeoutSeconds));
                }
                case WAIT, PAUSE -> armWait(chat, a.timeoutSeconds == null ? 30 : a.timeoutSeconds);
                case DISCONNECT -> store.end(chat.chatId, a.reason);
                default -> { }
            }
        }
    }

    /**
     * An agent accepted a chat: "… joined the chat." is handed to the writer here, in the accepting thread, before the
     * agent's accept is answered, so it is numbered before anything the agent writes (the flow hears of the connection
     * later). Not waited for: this runs under the routing engine's lock.
     */
    public void connected(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactConnected connected) {
        ContactData contact = connected.contact();
        if (contact.channel != Channel.CHAT) {
            return;
        }
        store.byContact(contact.id).ifPresent(chat -> {
            User agent = contact.agentId == null ? null : em.find(User.class, contact.agentId);
            String text = agent == null || agent.firstName() == null || agent.firstName().isBlank() ? ChatTexts.text(chat.language, "joined.anonymous")
                    : ChatTexts.text(chat.language, "joined", agent.firstName());
            writer.post(chat.chatId, text);
        });
    }

    /**
     * An agent transferred a chat: the conversation (its socket, its transcript) continues as the next contact, before
     * that contact is offered (so the next agent finds the whole transcript), and the customer reads that it is being
     * transferred. {@link ContactContinued} comes before the transfer's other events: the flow run's next messages
     * already belong to the next contact.
     */
    public void transferred(@Observes ContactContinued event) {
        if (event.from().channel != Channel.CHAT) {
            return;
        }
        store.byContact(event.from().id).ifPresent(chat -> {
            if (store.continuedAs(chat.chatId, event.nextContactId())) {
                writer.post(chat.chatId, event.toAgent() ? ChatTexts.text(chat.language, "transferred.agent")
                        : ChatTexts.text(chat.language, "transferred", event.queueName()));
            }
        });
    }

    /** The agent ended a chat's contact: the customer reads that the agent left (before any survey the flow asks). */
    public void agentEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactEnded ended) {
        ContactData contact = ended.contact();
        if (contact.channel != Channel.CHAT) {
            return;
        }
        store.byContact(contact.id).filter(chat -> chat.state == org.contactcenter.routing.chats.entity.ChatState.ACTIVE).ifPresent(chat -> {
            User agent = contact.agentId == null ? null : em.find(User.class, contact.agentId);
            String text = agent == null || agent.firstName() == null || agent.firstName().isBlank() ? ChatTexts.text(chat.language, "agent-left.anonymous")
                    : ChatTexts.text(chat.language, "agent-left", agent.firstName());
            writer.post(chat.chatId, text); // not waited for: this runs under the routing engine's lock
        });
    }

    /** Whether the actions are the queue flow's words while the contact is already offered to or connected with an agent. */
    private boolean answered(FlowActionsEmitted event) {
        boolean speaks = false;
        for (MediaAction a : event.actions()) {
            if (a.type == MediaAction.Type.CONNECTED || a.type == MediaAction.Type.DISCONNECT || a.type == MediaAction.Type.QUEUED) {
                return false; // words said before the contact was queued (a transfer flow's) are never moot
            }
            speaks |= a.type == MediaAction.Type.MESSAGE || a.type == MediaAction.Type.GET_INPUT;
        }
        if (!speaks) {
            return false;
        }
        ContactData contact = contact(event.contactId());
        return contact != null && (contact.state == ContactState.OFFERED || contact.state == ContactState.CONNECTED);
    }

    // ------------------------------------------------------------------------------------------ timers

    @Timeout
    void due(Timer timer) {
        if (!(timer.getInfo() instanceof Due due)) {
            return;
        }
        try {
            if ("wait".equals(due.kind())) {
                FlowRunData run = flows.get(due.contactId(), Integer.MAX_VALUE);
                if (run.lastSequence == due.sequence() && (run.state == FlowRun.State.WAITING_FOR_INPUT || run.state == FlowRun.State.WAITING)) {
                    flows.event(due.contactId(), new FlowEvent(FlowEvent.Type.TIMEOUT, null));
                }
            } else {
                Optional<Instant> last = store.lastCustomerActivity(due.chatId()).map(t -> t.toInstant());
                if (last.isPresent()) {
                    Instant idleAt = last.get().plus(Duration.ofSeconds(idleTimeoutSeconds));
                    if (!idleAt.isAfter(clock.instant())) {
                        LOG.info(() -> "Chat " + due.chatId() + ": the customer was idle for " + idleTimeoutSeconds + " s; the chat ends");
                        customerEnds(due.chatId(), "idle timeout");
                    } else {
                        armIdle(due.chatId(), idleAt);
                    }
                }
            }
        } catch (NotFound gone) {
            LOG.fine(() -> "Chat timer " + due + " found nothing to do");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Chat timer " + due + " failed", e);
        }
    }

    private void armWait(ChatData chat, int seconds) {
        int sequence = flows.get(chat.contactId, Integer.MAX_VALUE).lastSequence;
        timers.createSingleActionTimer(Date.from(clock.instant().plusSeconds(seconds)), new TimerConfig(new Due("wait", chat.chatId, chat.contactId, sequence), false));
    }

    private void armIdle(String chatId, Instant at) {
        timers.createSingleActionTimer(Date.from(at), new TimerConfig(new Due("idle", chatId, null, 0), false));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void checkText(String text, String clientMessageId) {
        Violations v = new Violations();
        v.check(text != null && !text.isBlank(), "text", "must not be blank");
        v.check(text == null || text.length() <= maxMessageLength, "text", "at most " + maxMessageLength + " characters (cc.chat.max-message-length)");
        v.check(clientMessageId == null || clientMessageId.length() <= 64, "clientMessageId", "at most 64 characters");
        v.throwIfAny();
    }

    private ContactData contact(String contactId) {
        try {
            return routing.contact(contactId);
        } catch (NotFound e) {
            return null;
        }
    }

    /** The newest chats, newest first (state null: all). */
    public List<ChatData> list(org.contactcenter.routing.chats.entity.ChatState state, int limit) {
        return store.list(state, limit);
    }

    /** For the API: a chat's data without its token. */
    public ChatData get(String chatId) {
        return store.get(chatId);
    }

}
