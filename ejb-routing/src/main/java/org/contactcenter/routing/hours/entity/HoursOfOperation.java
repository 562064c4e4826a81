package org.contactcenter.routing.hours.entity;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;
import org.contactcenter.rules.hours.DatedOverride;
import org.contactcenter.rules.hours.Schedule;
import org.contactcenter.rules.hours.WeeklyRange;
import org.contactcenter.routing.platform.Violations;

/** Weekly opening hours in a time zone, with dated overrides. Ranges of one day never overlap; nor do overrides. */
@Entity
@Table(name = "cc_hours")
@NamedQuery(name = HoursOfOperation.ALL, query = "select h from HoursOfOperation h order by h.name")
@NamedQuery(name = HoursOfOperation.BY_NAME, query = "select h from HoursOfOperation h where h.name = :name")
public class HoursOfOperation extends NamedEntity {
    public static final String ALL = "HoursOfOperation.all";
    public static final String BY_NAME = "HoursOfOperation.byName";

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cc_hours_range", joinColumns = @JoinColumn(name = "hours_id"))
    @OrderColumn(name = "list_index")
    private List<HoursRange> config = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cc_hours_override", joinColumns = @JoinColumn(name = "hours_id"))
    @OrderColumn(name = "list_index")
    private List<HoursOverride> overrides = new ArrayList<>();

    protected HoursOfOperation() {
    }

    public HoursOfOperation(String name, String description, ZoneId timeZone, List<HoursRange> config, List<HoursOverride> overrides) {
        super(true);
        change(name, description, timeZone, config, overrides);
    }

    /** Replaces the whole definition; rejects overlapping ranges or overrides, naming the offending element. */
    public final void change(String name, String description, ZoneId timeZone, List<HoursRange> config, List<HoursOverride> overrides) {
        Violations violations = new Violations();
        for (int i = 0; i < config.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (config.get(i).overlaps(config.get(j))) {
                    violations.add("config[" + i + "]", "overlaps config[" + j + "] on " + config.get(i).day());
                }
            }
        }
        for (int i = 0; i < overrides.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (overrides.get(i).overlaps(overrides.get(j))) {
                    violations.add("overrides[" + i + "]", "overlaps the dates of overrides[" + j + "]");
                }
            }
        }
        violations.throwIfAny();
        named(name, description);
        this.timeZone = timeZone.getId();
        this.config = new ArrayList<>(config);
        this.overrides = new ArrayList<>(overrides);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public List<HoursRange> config() {
        return List.copyOf(config);
    }

    public List<HoursOverride> overrides() {
        return List.copyOf(overrides);
    }

    /** The schedule as the rules module decides with it: open at an instant, and the next change. */
    public Schedule schedule() {
        return new Schedule(timeZone(),
                config.stream().map(r -> new WeeklyRange(r.day(), r.startMinute(), r.endMinute())).toList(),
                overrides.stream().map(o -> new DatedOverride(o.startDate(), o.endDate(), o.type() == OverrideType.OPEN,
                        o.startMinute(), o.endMinute())).toList());
    }
}
