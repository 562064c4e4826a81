package org.contactcenter.routing.agents.entity;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.contactcenter.rules.model.AgentActivity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.contactcenter.routing.statuses.entity.AgentStatus;

/** The status an agent chose and since when. */
@Entity
@Table(name = "cc_agent_state")
@NamedQuery(name = AgentState.ALL, query = "select s from AgentState s")
@NamedQuery(name = AgentState.WITH_STATUS, query = "select s from AgentState s where s.status = :status")
public class AgentState {
    public static final String ALL = "AgentState.all";
    public static final String WITH_STATUS = "AgentState.withStatus";

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "status_id", nullable = false)
    private AgentStatus status;
    @Column(nullable = false)
    private OffsetDateTime since;
    /** Missed, Rejected or Error until the agent changes its status (Amazon Connect); null when not blocked */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AgentActivity blocked;
    @Version
    private long version;

    protected AgentState() {
    }

    public AgentState(String userId, AgentStatus status, OffsetDateTime since) {
        this.userId = userId;
        change(status, since);
    }

    /** A status chosen: it clears a block. */
    public final void change(AgentStatus status, OffsetDateTime since) {
        this.status = status;
        this.since = since;
        this.blocked = null;
    }

    public void blocked(AgentActivity block) {
        this.blocked = block;
    }

    public AgentActivity blocked() {
        return blocked;
    }

    public String userId() {
        return userId;
    }

    public AgentStatus status() {
        return status;
    }

    public OffsetDateTime since() {
        return since;
    }
}
