package org.contactcenter.routing.hours.boundary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.hours.entity.HoursOverride;
import org.contactcenter.routing.hours.entity.HoursRange;
import org.contactcenter.routing.hours.entity.OverrideType;
import org.contactcenter.routing.hours.entity.TimeOfDay;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.queues.entity.Queue;
import jakarta.ejb.EJB;
import org.contactcenter.routing.flows.boundary.ContactFlows;

/** Hours of operation: create, read, update, delete; deletion is refused while a queue uses them. */
@Stateless
@LocalBean
public class HoursOfOperations extends ConfigurationStore<HoursOfOperation, HoursOfOperationData> {
    @EJB
    ContactFlows flows;
    public HoursOfOperations() {
        super("Hours of operation", HoursOfOperation.class, HoursOfOperation.ALL);
    }

    @Override
    protected HoursOfOperationData toData(HoursOfOperation h) {
        return new HoursOfOperationData(h.id(), h.name(), h.description(), h.timeZone().getId(),
                h.config().stream().map(r -> new HoursOfOperationData.Range(r.day(), TimeOfDay.format(r.startMinute()),
                        TimeOfDay.format(r.endMinute()))).toList(),
                h.overrides().stream().map(o -> new HoursOfOperationData.DateOverride(o.name(), o.startDate(), o.endDate(), o.type(),
                        o.startMinute() == null ? null : TimeOfDay.format(o.startMinute()),
                        o.endMinute() == null ? null : TimeOfDay.format(o.endMinute()))).toList());
    }

    @Override
    protected HoursOfOperation newEntity(HoursOfOperationData data) {
        Parsed p = parse(data);
        requireUnique(HoursOfOperation.BY_NAME, "name", data.name, null);
        return new HoursOfOperation(data.name, data.description, p.zone, p.ranges, p.overrides);
    }

    @Override
    protected void apply(HoursOfOperation entity, HoursOfOperationData data) {
        Parsed p = parse(data);
        requireUnique(HoursOfOperation.BY_NAME, "name", data.name, entity);
        entity.change(data.name, data.description, p.zone, p.ranges, p.overrides);
    }

    @Override
    protected List<String> referencesTo(HoursOfOperation entity) {
        List<String> refs = new ArrayList<>(em.createNamedQuery(Queue.BY_HOURS, Queue.class).setParameter("hours", entity).getResultList()
                .stream().map(q -> "queue " + q.name()).toList());
        refs.addAll(flows.flowsMentioning(entity.id()));
        return refs;
    }

    private record Parsed(ZoneId zone, List<HoursRange> ranges, List<HoursOverride> overrides) {
    }

    private Parsed parse(HoursOfOperationData data) {
        Violations v = validate(data).noNullElements(data.config, "config").noNullElements(data.overrides, "overrides");
        v.throwIfAny();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(data.timeZone);
        } catch (DateTimeException e) {
            v.add("timeZone", "unknown time zone " + data.timeZone);
        }
        List<HoursRange> ranges = new ArrayList<>();
        for (int i = 0; i < data.config.size(); i++) {
            HoursOfOperationData.Range r = data.config.get(i);
            int start = TimeOfDay.parse(r.start);
            int end = TimeOfDay.parse(r.end);
            if (start >= end) {
                v.add("config[" + i + "].end", "must be after start " + r.start);
            } else {
                ranges.add(new HoursRange(r.day, start, end));
            }
        }
        List<HoursOverride> overrides = new ArrayList<>();
        List<HoursOfOperationData.DateOverride> given = data.overrides == null ? List.of() : data.overrides;
        for (int i = 0; i < given.size(); i++) {
            HoursOfOperationData.DateOverride o = given.get(i);
            String at = "overrides[" + i + "]";
            LocalDate endDate = o.endDate == null ? o.startDate : o.endDate;
            Integer start = o.start == null ? null : TimeOfDay.parse(o.start);
            Integer end = o.end == null ? null : TimeOfDay.parse(o.end);
            v.check(!endDate.isBefore(o.startDate), at + ".endDate", "must not be before startDate " + o.startDate);
            v.check((start == null) == (end == null), at + (start == null ? ".start" : ".end"), "start and end go together");
            v.check(start == null || end == null || start < end, at + ".end", "must be after start " + o.start);
            v.check(o.type != OverrideType.OPEN || start != null, at + ".start", "an OPEN override needs start and end");
            if (!v.has(at)) {
                overrides.add(new HoursOverride(o.name, o.startDate, endDate, o.type, start, end));
            }
        }
        v.throwIfAny();
        return new Parsed(zone, ranges, overrides);
    }
}
