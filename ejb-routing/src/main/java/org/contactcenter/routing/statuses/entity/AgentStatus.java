package org.contactcenter.routing.statuses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.contactcenter.routing.platform.NamedEntity;

/**
 * An agent status. The two standard statuses (Available, Offline) always exist, keep their name and type, stay
 * enabled and cannot be deleted; custom statuses are free to change.
 */
@Entity
@Table(name = "cc_agent_status")
@NamedQuery(name = AgentStatus.ALL, query = "select s from AgentStatus s order by s.displayOrder, s.name")
@NamedQuery(name = AgentStatus.BY_NAME, query = "select s from AgentStatus s where s.name = :name")
@NamedQuery(name = AgentStatus.BY_TYPE, query = "select s from AgentStatus s where s.type = :type")
public class AgentStatus extends NamedEntity {
    public static final String ALL = "AgentStatus.all";
    public static final String BY_NAME = "AgentStatus.byName";
    public static final String BY_TYPE = "AgentStatus.byType";
    public static final int MAX_STATUSES = 50;
    public static final String AVAILABLE = "Available";
    public static final String OFFLINE = "Offline";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgentStatusType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgentStatusState state;
    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected AgentStatus() {
    }

    private AgentStatus(String name, String description, AgentStatusType type, int displayOrder) {
        super(true);
        named(name, description);
        this.type = type;
        this.state = AgentStatusState.ENABLED;
        this.displayOrder = displayOrder;
    }

    public static AgentStatus available() {
        return new AgentStatus(AVAILABLE, "Ready to take contacts", AgentStatusType.ROUTABLE, 1);
    }

    public static AgentStatus offline() {
        return new AgentStatus(OFFLINE, "Not working", AgentStatusType.OFFLINE, 2);
    }

    public static AgentStatus custom(String name, String description, AgentStatusState state, int displayOrder) {
        AgentStatus status = new AgentStatus(name, description, AgentStatusType.CUSTOM, displayOrder);
        status.change(name, description, state, displayOrder);
        return status;
    }

    public boolean isStandard() {
        return type != AgentStatusType.CUSTOM;
    }

    /** Changes a status; a standard status may change only its description and display order. */
    public final void change(String name, String description, AgentStatusState state, int displayOrder) {
        if (isStandard() && (!name().equals(name) || state == AgentStatusState.DISABLED)) {
            throw new IllegalStateException("standard status " + name() + " keeps its name and stays enabled");
        }
        named(name, description);
        this.state = state == null ? AgentStatusState.ENABLED : state;
        this.displayOrder = displayOrder;
    }

    public AgentStatusType type() {
        return type;
    }

    public AgentStatusState state() {
        return state;
    }

    public int displayOrder() {
        return displayOrder;
    }
}
