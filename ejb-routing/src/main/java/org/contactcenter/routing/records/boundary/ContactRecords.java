package org.contactcenter.routing.records.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.contactcenter.routing.chats.boundary.ChatMessageData;
import org.contactcenter.routing.chats.boundary.ChatStore;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.PageToken;
import org.contactcenter.routing.records.control.RecordJson;
import org.contactcenter.routing.records.control.RecordNames;

/**
 * Reads contact records: a search with paging in a stable order (newest initiation first, then id), one record, a
 * chat's transcript. An agent ({@link RecordQuery#viewer}) sees only contacts it was connected to; any other record
 * is "not found" to it, never "forbidden", so it learns nothing of others' contacts.
 */
@Stateless
public class ContactRecords {
    public static final int MAX_LIMIT = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    RecordNames names;
    @Inject
    ChatStore chats;

    /** One page of records and the token of the next (null: the last page). */
    public record Page(List<JsonObject> records, String nextToken) {
    }

    public Page search(RecordQuery q) {
        if (q.limit() < 1 || q.limit() > MAX_LIMIT) {
            throw InvalidInput.of("limit", "1-" + MAX_LIMIT);
        }
        StringBuilder sql = new StringBuilder("select c.id, c.initiated_at from cc_contact c where 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(sql, params, " and c.initiated_at >= ?", q.from() == null ? null : utc(q.from()));
        condition(sql, params, " and c.initiated_at < ?", q.to() == null ? null : utc(q.to()));
        condition(sql, params, " and c.queue_id = ?", q.queueId());
        condition(sql, params, " and c.agent_id = ?", q.agentId());
        condition(sql, params, " and c.agent_id = ? and c.connected_to_agent_at is not null", q.viewer());
        condition(sql, params, " and c.channel = ?", q.channel() == null ? null : q.channel().name());
        condition(sql, params, " and c.initiation_method = ?", q.initiationMethod() == null ? null : q.initiationMethod().name());
        condition(sql, params, " and c.customer_endpoint = ?", q.customerEndpoint());
        if (q.attributeName() != null) {
            sql.append(" and exists (select 1 from cc_contact_attribute a where a.contact_id = c.id and a.name = ? and a.attribute_value = ?)");
            params.add(q.attributeName());
            params.add(q.attributeValue());
        }
        if (q.text() != null) {
            sql.append(" and c.channel = 'CHAT' and exists (select 1 from cc_chat_message m where m.chat_id = substring(c.customer_endpoint, 6)"
                    + " and c.customer_endpoint like 'chat:%' and lower(m.content) like ? escape '!')");
            params.add("%" + q.text().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (q.nextToken() != null) {
            PageToken after = PageToken.decode(q.nextToken());
            sql.append(" and (c.initiated_at < ? or (c.initiated_at = ? and c.id < ?))");
            params.add(after.at());
            params.add(after.at());
            params.add(after.id());
        }
        sql.append(" order by c.initiated_at desc, c.id desc fetch first ").append(q.limit() + 1).append(" rows only");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), q.limit()); i++) {
            ids.add((String) rows.get(i)[0]);
        }
        String next = null;
        if (rows.size() > q.limit()) {
            Object[] last = rows.get(q.limit() - 1);
            next = new PageToken(toOffset(last[1]), (String) last[0]).encode();
        }
        return new Page(render(ids), next);
    }

    /** One record; an agent gets only one of its own contacts. */
    public JsonObject get(String contactId, String viewer) {
        return RecordJson.render(visible(contactId, viewer), names);
    }

    /** The messages of a chat contact (its earlier sessions first when it resumes others); 404 for a voice contact. */
    public List<ChatMessageData> transcript(String contactId, String viewer) {
        Contact c = visible(contactId, viewer);
        String endpoint = c.customerEndpoint();
        if (endpoint == null || !endpoint.startsWith("chat:")) {
            throw new NotFound("Transcript", contactId);
        }
        return chats.transcript(endpoint.substring("chat:".length()), 0, true);
    }

    private Contact visible(String contactId, String viewer) {
        Contact c = contactId == null ? null : em.find(Contact.class, contactId);
        if (c == null || viewer != null && (!viewer.equals(c.agentId()) || c.connectedToAgentAt() == null)) {
            throw new NotFound("ContactRecord", contactId);
        }
        return c;
    }

    private List<JsonObject> render(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Contact> byId = new HashMap<>();
        em.createQuery("select c from Contact c where c.id in :ids", Contact.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "c.attributes").setHint("eclipselink.batch.type", "IN")
                .getResultList().forEach(c -> byId.put(c.id(), c));
        List<JsonObject> records = new ArrayList<>(ids.size());
        for (String id : ids) {
            Contact c = byId.get(id);
            if (c != null) {
                records.add(RecordJson.render(c, names));
            }
        }
        return records;
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value);
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.sql.Timestamp t) {
            return utc(t.toInstant());
        }
        if (value instanceof java.time.Instant i) {
            return utc(i);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
