package org.contactcenter.routing.statuses.boundary;

import java.util.List;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.contactcenter.routing.agents.entity.AgentState;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.statuses.entity.AgentStatus;
import org.contactcenter.routing.statuses.entity.AgentStatusType;
import org.contactcenter.routing.users.entity.User;

/** Agent statuses: custom ones through the API (at most 50 statuses in all); the standard two are protected. */
@Stateless
@LocalBean
public class AgentStatuses extends ConfigurationStore<AgentStatus, AgentStatusData> {
    public AgentStatuses() {
        super("Agent status", AgentStatus.class, AgentStatus.ALL);
    }

    /** Creates Available and Offline when they are missing; called at every start-up. */
    public void ensureStandardStatuses() {
        if (em.createNamedQuery(AgentStatus.BY_TYPE, AgentStatus.class).setParameter("type", AgentStatusType.ROUTABLE).getResultList().isEmpty()) {
            em.persist(AgentStatus.available());
        }
        if (em.createNamedQuery(AgentStatus.BY_TYPE, AgentStatus.class).setParameter("type", AgentStatusType.OFFLINE).getResultList().isEmpty()) {
            em.persist(AgentStatus.offline());
        }
    }

    @Override
    protected AgentStatusData toData(AgentStatus s) {
        return new AgentStatusData(s.id(), s.name(), s.description(), s.type(), s.state(), s.displayOrder());
    }

    @Override
    protected AgentStatus newEntity(AgentStatusData data) {
        check(data, null);
        requireUnique(AgentStatus.BY_NAME, "name", data.name, null);
        if (all().size() >= AgentStatus.MAX_STATUSES) {
            throw new Conflict(null, "at most " + AgentStatus.MAX_STATUSES + " agent statuses may exist", List.of());
        }
        return AgentStatus.custom(data.name, data.description, data.state, order(data));
    }

    @Override
    protected void apply(AgentStatus status, AgentStatusData data) {
        check(data, status);
        requireUnique(AgentStatus.BY_NAME, "name", data.name, status);
        status.change(data.name, data.description, data.state, data.displayOrder == null ? status.displayOrder() : data.displayOrder);
    }

    private void check(AgentStatusData data, AgentStatus existing) {
        Violations v = validate(data);
        v.throwIfAny();
        AgentStatusType type = existing == null ? AgentStatusType.CUSTOM : existing.type();
        v.check(data.type == null || data.type == type, "type", existing == null
                ? "only CUSTOM statuses can be created" : "the type of a status cannot change");
        if (existing != null && existing.isStandard()) {
            v.check(existing.name().equals(data.name), "name", "standard status " + existing.name() + " cannot be renamed");
            v.check(data.state == null || data.state == existing.state(), "state", "standard status " + existing.name() + " stays enabled");
        }
        v.throwIfAny();
    }

    private int order(AgentStatusData data) {
        return data.displayOrder == null ? all().size() + 1 : data.displayOrder;
    }

    @Override
    protected List<String> referencesTo(AgentStatus status) {
        if (status.isStandard()) {
            return List.of("the center itself (standard status " + status.name() + ")");
        }
        return em.createNamedQuery(AgentState.WITH_STATUS, AgentState.class).setParameter("status", status).getResultList().stream()
                .map(s -> em.find(User.class, s.userId())).filter(java.util.Objects::nonNull)
                .map(u -> "agent " + u.username() + " (now on " + status.name() + ")").toList();
    }
}
