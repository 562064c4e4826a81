package org.contactcenter.routing.engine.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;

import org.contactcenter.routing.agents.entity.AgentState;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.Recording;
import org.contactcenter.routing.metrics.control.Rollups;
import org.contactcenter.routing.records.control.RecordOutbox;
import org.contactcenter.rules.metrics.RecordFacts;
import org.contactcenter.routing.engine.control.JournalWrite;
import org.contactcenter.routing.engine.control.JournalWrite.AgentWrite;
import org.contactcenter.routing.engine.control.JournalWrite.ContactWrite;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.queues.entity.QueueType;
import org.contactcenter.routing.quickconnects.entity.QuickConnect;
import org.contactcenter.routing.contacts.entity.InitiationMethod;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.statuses.entity.AgentStatus;
import org.contactcenter.routing.statuses.entity.AgentStatusState;
import org.contactcenter.routing.statuses.entity.AgentStatusType;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.ContactState;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.model.Proficiency;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.QueueEntry;

/**
 * The routing engine's database: it writes the journal's batches (one transaction each) and reads what the engine
 * caches (agents, queues, statuses) and restores at start. Everything it answers is detached: plain values or copies.
 */
@Stateless
public class RoutingStore {
    @PersistenceContext
    EntityManager em;
    @Resource(lookup = org.contactcenter.routing.platform.Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    java.time.Clock clock;
    @Inject
    RecordOutbox outbox;
    @Inject
    org.contactcenter.routing.records.control.RecordNames names;

    /** An agent as routing needs it: its profile, its agent queue, its ACW timeouts, its proficiencies. */
    public record AgentInfo(String id, String username, String profileId, String agentQueueId, Map<Channel, Integer> acwSeconds,
                            List<Proficiency> proficiencies) {
    }

    /** A queue as routing needs it. */
    public record QueueInfo(String id, String name, Integer maxContacts) {
    }

    /** An enabled agent status. */
    public record StatusInfo(String id, String name, Presence presence) {
    }

    /** A stored agent state: its status and its block. */
    public record StateInfo(String userId, StatusInfo status, AgentActivity blocked) {
    }

    /**
     * Writes one batch of the journal, in one transaction: all of it or none. A contact written several times in the
     * batch is written once, as the last write left it (a new one: inserted so) — plain JDBC batches, so a busy center
     * pays one statement per contact and batch, and no read. Each contact written is stamped with the batch's time
     * (its record's last update) and its record is put in the outbox in the same transaction; a contact that ends in the
     * batch (ENDED now, not stored ENDED before) adds its contribution to the metrics' quarter-hour rollups in the same
     * transaction ({@link Rollups}): counted once, never lost. Agents' states go through JPA (they change seldom).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(List<JournalWrite> writes) {
        Map<String, Contact> last = new LinkedHashMap<>();
        Set<String> fresh = new HashSet<>();
        Map<String, Map<String, String>> annotations = new HashMap<>(); // attributes set later, from every write of the batch
        for (JournalWrite write : writes) {
            if (write instanceof ContactWrite c) {
                last.put(c.contact().id(), c.contact());
                if (!c.contact().annotations().isEmpty()) {
                    annotations.computeIfAbsent(c.contact().id(), k -> new HashMap<>()).putAll(c.contact().annotations());
                }
                if (c.fresh()) {
                    fresh.add(c.contact().id());
                }
            } else if (write instanceof AgentWrite a) {
                writeAgent(a);
            }
        }
        if (last.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement attribute = connection.prepareStatement(INSERT_ATTRIBUTE);
                PreparedStatement dropAttribute = connection.prepareStatement(DELETE_ATTRIBUTE);
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            int inserts = 0;
            int attributes = 0;
            int updates = 0;
            List<RecordFacts> finals = Rollups.endingNow(connection, last.values(), fresh, names::agentQueue);
            for (Contact c : last.values()) {
                c.touched(now);
                if (fresh.contains(c.id())) {
                    insert.setString(1, c.id());
                    insert.setString(2, c.channel().name());
                    insert.setString(3, c.initiationMethod().name());
                    insert.setString(4, c.queueId());
                    insert.setObject(5, c.initiatedAt());
                    insert.setObject(6, c.enqueuedAt());
                    insert.setString(7, c.initialContactId());
                    insert.setString(8, c.previousContactId());
                    insert.setString(9, c.customerEndpoint());
                    insert.setObject(10, c.connectedToSystemAt());
                    insert.setString(11, c.systemEndpoint());
                    insert.setString(12, c.flowId());
                    insert.setObject(13, c.flowVersion());
                    changes(insert, FIXED.size() + 1, c);
                    insert.addBatch();
                    inserts++;
                    for (Map.Entry<String, String> a : c.attributes().entrySet()) {
                        attribute.setString(1, c.id());
                        attribute.setString(2, a.getKey());
                        attribute.setString(3, a.getValue());
                        attribute.addBatch();
                        attributes++;
                    }
                } else {
                    for (Map.Entry<String, String> a : annotations.getOrDefault(c.id(), Map.of()).entrySet()) { // set later (the ACW note)
                        dropAttribute.setString(1, c.id());
                        dropAttribute.setString(2, a.getKey());
                        dropAttribute.addBatch();
                        attribute.setString(1, c.id());
                        attribute.setString(2, a.getKey());
                        attribute.setString(3, a.getValue());
                        attribute.addBatch();
                        attributes++;
                    }
                    changes(update, 1, c);
                    update.setString(CHANGED.size() + 1, c.id());
                    update.addBatch();
                    updates++;
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (attributes > 0) {
                dropAttribute.executeBatch();
                attribute.executeBatch();
            }
            if (updates > 0) {
                for (int count : update.executeBatch()) {
                    if (count == 0) {
                        throw new IllegalStateException("a contact to update is not stored");
                    }
                }
            }
            Rollups.add(connection, finals);
            outbox.add(connection, last.values());
        } catch (SQLException e) {
            throw new IllegalStateException("the routing journal could not write a batch: " + e.getMessage(), e);
        }
    }

    /** Columns set when a contact is inserted and never changed by routing. */
    private static final List<String> FIXED = List.of("id", "channel", "initiation_method", "queue_id", "initiated_at", "enqueued_at",
            "initial_contact_id", "previous_contact_id", "customer_endpoint", "connected_to_system_at", "system_endpoint", "flow_id", "flow_version");
    /** Columns routing changes, in the order {@link #changes} sets them. */
    private static final List<String> CHANGED = List.of("state", "priority", "agent_id", "connected_to_agent_at", "acw_started_at",
            "disconnected_at", "disconnect_reason", "routing_criteria", "criteria_since", "next_contact_id", "transfer_completed_at",
            "on_hold_since", "hold_count", "hold_millis", "longest_hold_millis", "dequeued_at", "acw_ended_at", "agent_profile_id",
            "offer_count", "missed_count", "rejected_count", "transferred_to_endpoint", "last_updated_at", "queue_millis",
            "interaction_millis", "acw_millis", "recording_location", "recording_status", "recording_type", "recording_deletion_reason",
            "transcript_location", "transcript_status");
    private static final String INSERT = "insert into cc_contact (" + String.join(", ", FIXED) + ", " + String.join(", ", CHANGED)
            + ", version) values (" + "?, ".repeat(FIXED.size() + CHANGED.size()) + "1)";
    private static final String INSERT_ATTRIBUTE = "insert into cc_contact_attribute (contact_id, name, attribute_value) values (?, ?, ?)";
    private static final String DELETE_ATTRIBUTE = "delete from cc_contact_attribute where contact_id = ? and name = ?";
    private static final String UPDATE = "update cc_contact set " + String.join(" = ?, ", CHANGED) + " = ?, version = version + 1 where id = ?";

    /** The {@link #CHANGED} columns, from parameter {@code at} on. */
    private static void changes(PreparedStatement statement, int at, Contact c) throws SQLException {
        int i = at;
        statement.setString(i++, c.state().name());
        statement.setInt(i++, c.priority());
        statement.setString(i++, c.agentId());
        statement.setObject(i++, c.connectedToAgentAt());
        statement.setObject(i++, c.acwStartedAt());
        statement.setObject(i++, c.disconnectedAt());
        statement.setString(i++, c.disconnectReason());
        statement.setString(i++, c.routingCriteria());
        statement.setObject(i++, c.criteriaSince());
        statement.setString(i++, c.nextContactId());
        statement.setObject(i++, c.transferCompletedAt());
        statement.setObject(i++, c.onHoldSince());
        statement.setInt(i++, c.holdCount());
        statement.setLong(i++, c.holdMillis());
        statement.setLong(i++, c.longestHoldMillis());
        statement.setObject(i++, c.dequeuedAt());
        statement.setObject(i++, c.acwEndedAt());
        statement.setString(i++, c.agentProfileId());
        statement.setInt(i++, c.offerCount());
        statement.setInt(i++, c.missedCount());
        statement.setInt(i++, c.rejectedCount());
        statement.setString(i++, c.transferredToEndpoint());
        statement.setObject(i++, c.lastUpdatedAt());
        statement.setObject(i++, c.queueMillis(), java.sql.Types.BIGINT);
        statement.setObject(i++, c.interactionMillis(), java.sql.Types.BIGINT);
        statement.setObject(i++, c.acwMillis(), java.sql.Types.BIGINT);
        Recording r = c.recording();
        statement.setString(i++, r == null ? null : r.location());
        statement.setString(i++, r == null ? null : r.status());
        statement.setString(i++, r == null ? null : r.type());
        statement.setString(i++, r == null ? null : r.deletionReason());
        statement.setString(i++, c.transcriptLocation());
        statement.setString(i++, c.transcriptStatus());
        if (i - at != CHANGED.size()) {
            throw new IllegalStateException("the contact's changed columns and their values disagree");
        }
    }

    private void writeAgent(AgentWrite a) {
        AgentState state = em.find(AgentState.class, a.userId());
        AgentStatus status = a.statusId() == null ? null : em.find(AgentStatus.class, a.statusId());
        if (state == null && status == null) {
            return; // a block of an agent that never chose a status: it cannot have had an offer
        }
        if (state == null) {
            state = new AgentState(a.userId(), status, a.since());
            em.persist(state);
        } else if (status != null) {
            state.change(status, a.since());
        }
        state.blocked(a.blocked());
        em.flush();
    }

    public Optional<AgentInfo> agent(String userId) {
        User user = userId == null ? null : em.find(User.class, userId);
        if (user == null || !user.isAgent()) {
            return Optional.empty();
        }
        Map<Channel, Integer> acw = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            acw.put(channel, user.afterContactWorkTimeout(channel));
        }
        String agentQueue = em.createNamedQuery(Queue.BY_AGENT, Queue.class).setParameter("userId", user.id()).getResultStream()
                .findFirst().map(Queue::id).orElse(null);
        return Optional.of(new AgentInfo(user.id(), user.username(), user.routingProfile().id(), agentQueue, Map.copyOf(acw), user.proficiencies()));
    }

    /**
     * Where a transfer goes: a standard queue (QUEUE_TRANSFER), an agent's own queue (TRANSFER), or a quick connect's
     * target with its transfer flow; a PHONE_NUMBER quick connect has only its number. {@code open}: the queue's hours
     * at {@code now}. An unknown target is {@link InvalidInput} naming the field.
     */
    public record Destination(String queueId, String queueName, Integer maxContacts, boolean open, InitiationMethod method,
                              String flowId, String phoneNumber) {
    }

    public Destination destination(TransferData t, java.time.Instant now) {
        int given = (t.queueId == null ? 0 : 1) + (t.agentId == null ? 0 : 1) + (t.quickConnectId == null ? 0 : 1);
        if (given != 1) {
            throw InvalidInput.of("queueId", "give exactly one of queueId, agentId, quickConnectId");
        }
        if (t.quickConnectId != null) {
            QuickConnect q = em.find(QuickConnect.class, t.quickConnectId);
            if (q == null) {
                throw InvalidInput.of("quickConnectId", "unknown quick connect " + t.quickConnectId);
            }
            String flow = q.contactFlow() == null ? null : q.contactFlow().id();
            return switch (q.type()) {
                case QUEUE -> toQueue(q.queue(), InitiationMethod.QUEUE_TRANSFER, flow, now);
                case USER -> toAgent(q.user(), "quickConnectId", flow, now);
                case PHONE_NUMBER -> new Destination(null, q.phoneNumber(), null, true, InitiationMethod.TRANSFER, flow, q.phoneNumber());
            };
        }
        if (t.queueId != null) {
            Queue q = em.find(Queue.class, t.queueId);
            if (q == null || q.type() != QueueType.STANDARD) {
                throw InvalidInput.of("queueId", "unknown queue " + t.queueId + " (an agent is given by agentId)");
            }
            return toQueue(q, InitiationMethod.QUEUE_TRANSFER, null, now);
        }
        return toAgent(em.find(User.class, t.agentId), "agentId", null, now);
    }

    private static Destination toQueue(Queue q, InitiationMethod method, String flow, java.time.Instant now) {
        boolean open = q.hoursOfOperation() == null || q.hoursOfOperation().schedule().isOpen(now);
        return new Destination(q.id(), q.name(), q.maxContacts(), open, method, flow, null);
    }

    private Destination toAgent(User user, String field, String flow, java.time.Instant now) {
        if (user == null || !user.isAgent()) {
            throw InvalidInput.of(field, "no such agent");
        }
        Queue q = em.createNamedQuery(Queue.BY_AGENT, Queue.class).setParameter("userId", user.id()).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "agent " + user.username() + " has no agent queue"));
        Destination d = toQueue(q, InitiationMethod.TRANSFER, flow, now);
        return new Destination(d.queueId(), user.username(), d.maxContacts(), true, d.method(), flow, null); // an agent queue is always open
    }

    /** The queue an agent's outbound contacts go to: its routing profile's default outbound queue. */
    public Optional<QueueInfo> outboundQueue(String userId) {
        User user = userId == null ? null : em.find(User.class, userId);
        return Optional.ofNullable(user == null || user.routingProfile() == null ? null : user.routingProfile().defaultOutboundQueue())
                .map(q -> new QueueInfo(q.id(), q.name(), q.maxContacts()));
    }

    public Optional<QueueInfo> queue(String queueId) {
        Queue queue = queueId == null ? null : em.find(Queue.class, queueId);
        return Optional.ofNullable(queue).map(q -> new QueueInfo(q.id(), q.name(), q.maxContacts()));
    }

    /** An enabled status by name. */
    public Optional<StatusInfo> status(String name) {
        return em.createNamedQuery(AgentStatus.BY_NAME, AgentStatus.class).setParameter("name", name).getResultStream()
                .findFirst().filter(s -> s.state() == AgentStatusState.ENABLED).map(RoutingStore::info);
    }

    public Optional<Profile> profile(String profileId) {
        return Optional.ofNullable(em.find(RoutingProfile.class, profileId)).map(RoutingStore::model);
    }

    public List<Profile> profiles() {
        return em.createNamedQuery(RoutingProfile.ALL, RoutingProfile.class).getResultList().stream().map(RoutingStore::model).toList();
    }

    public List<StateInfo> agentStates() {
        return em.createNamedQuery(AgentState.ALL, AgentState.class).getResultList().stream()
                .map(s -> new StateInfo(s.userId(), info(s.status()), s.blocked())).toList();
    }

    /** The contacts routing holds (waiting, offered, connected, in after-contact work), oldest first, as copies. */
    public List<Contact> liveContacts() {
        return em.createNamedQuery(Contact.IN_STATES, Contact.class)
                .setParameter("states", EnumSet.of(ContactState.WAITING, ContactState.OFFERED, ContactState.CONNECTED, ContactState.AFTER_CONTACT_WORK))
                .getResultList().stream().map(Contact::new).toList();
    }

    public Optional<Contact> contact(String contactId) {
        return Optional.ofNullable(em.find(Contact.class, contactId)).map(Contact::new);
    }

    private static StatusInfo info(AgentStatus status) {
        Presence presence = status.type() == AgentStatusType.ROUTABLE ? Presence.AVAILABLE
                : status.type() == AgentStatusType.OFFLINE ? Presence.OFFLINE : Presence.CUSTOM;
        return new StatusInfo(status.id(), status.name(), presence);
    }

    private static Profile model(RoutingProfile p) {
        return new Profile(p.id(),
                p.mediaConcurrencies().stream().map(m -> new MediaLimit(m.channel(), m.concurrency(), m.crossChannelBehavior())).toList(),
                p.queueConfigs().stream().map(q -> new QueueEntry(q.queue().id(), q.channel(), q.priority(), q.delay())).toList());
    }
}
