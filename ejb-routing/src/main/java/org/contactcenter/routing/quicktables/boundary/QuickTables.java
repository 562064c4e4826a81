package org.contactcenter.routing.quicktables.boundary;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.quicktables.entity.QuickTable;
import org.contactcenter.routing.quicktables.entity.QuickTableItem;
import jakarta.ejb.EJB;
import org.contactcenter.routing.flows.boundary.ContactFlows;

/**
 * Quick tables and their items. Deleting a table deletes its items. Items are read and written by key; a write
 * replaces the item's attributes and stamps the time (flows use it, e.g. "called within 24 h").
 */
@Stateless
@LocalBean
public class QuickTables extends ConfigurationStore<QuickTable, QuickTableData> {
    @EJB
    ContactFlows flows;
    static final int MAX_ATTRIBUTES = 50;
    static final int MAX_VALUE = 1024;

    @Inject
    Clock clock;

    public QuickTables() {
        super("Quick table", QuickTable.class, QuickTable.ALL);
    }

    @Override
    protected QuickTableData toData(QuickTable t) {
        return new QuickTableData(t.id(), t.name(), t.description());
    }

    @Override
    protected QuickTable newEntity(QuickTableData data) {
        validate(data).throwIfAny();
        requireUnique(QuickTable.BY_NAME, "name", data.name, null);
        return new QuickTable(data.name, data.description);
    }

    @Override
    protected void apply(QuickTable table, QuickTableData data) {
        validate(data).throwIfAny();
        requireUnique(QuickTable.BY_NAME, "name", data.name, table);
        table.change(data.name, data.description);
    }

    @Override
    protected List<String> referencesTo(QuickTable table) {
        return flows.flowsMentioning(table.id());
    }

    @Override
    protected void beforeDelete(QuickTable table) {
        em.createNamedQuery(QuickTableItem.DELETE_OF_TABLE).setParameter("tableId", table.id()).executeUpdate();
    }

    /** The table's items in key order (at most {@code limit}). */
    public List<QuickTableItemData> items(String tableId, int limit) {
        find(tableId);
        return em.createNamedQuery(QuickTableItem.OF_TABLE, QuickTableItem.class).setParameter("tableId", tableId)
                .setMaxResults(limit).getResultList().stream().map(QuickTables::data).toList();
    }

    public Optional<QuickTableItemData> read(String tableId, String key) {
        find(tableId);
        return Optional.ofNullable(em.find(QuickTableItem.class, new QuickTableItem.Key(tableId, key))).map(QuickTables::data);
    }

    /** Creates or replaces the item. */
    public QuickTableItemData write(String tableId, String key, Map<String, String> value) {
        find(tableId);
        Violations v = new Violations();
        v.check(key != null && !key.isBlank() && key.length() <= QuickTableItem.MAX_KEY, "key", "must be 1-256 characters");
        v.check(value != null, "value", "must be a JSON object of attributes");
        if (value != null) {
            v.check(value.size() <= MAX_ATTRIBUTES, "value", "at most " + MAX_ATTRIBUTES + " attributes");
            value.forEach((name, text) -> v.check(name != null && !name.isBlank() && (text == null || text.length() <= MAX_VALUE),
                    "value." + name, "names are not blank and values at most " + MAX_VALUE + " characters"));
        }
        v.throwIfAny();
        JsonObjectBuilder json = JSON.createObjectBuilder();
        value.forEach((name, text) -> {
            if (text == null) {
                json.addNull(name);
            } else {
                json.add(name, text);
            }
        });
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        QuickTableItem item = em.find(QuickTableItem.class, new QuickTableItem.Key(tableId, key));
        if (item == null) {
            item = new QuickTableItem(tableId, key, json.build().toString(), now);
            em.persist(item);
        } else {
            item.write(json.build().toString(), now);
        }
        flush();
        return data(item);
    }

    public void remove(String tableId, String key) {
        find(tableId);
        QuickTableItem item = em.find(QuickTableItem.class, new QuickTableItem.Key(tableId, key));
        if (item == null) {
            throw new NotFound("Item", key);
        }
        em.remove(item);
    }

    private static QuickTableItemData data(QuickTableItem item) {
        Map<String, String> value = new LinkedHashMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(item.value()))) {
            JsonObject object = reader.readObject();
            object.forEach((name, v) -> value.put(name, v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                    ? object.getString(name) : null));
        }
        return new QuickTableItemData(item.key(), value, item.updatedAt());
    }
}
