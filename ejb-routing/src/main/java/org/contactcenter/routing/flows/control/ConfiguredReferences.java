package org.contactcenter.routing.flows.control;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.functions.entity.ExternalFunction;
import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.prompts.entity.Prompt;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.quicktables.entity.QuickTable;
import org.contactcenter.routing.users.entity.User;
import org.contactcenter.rules.flow.FlowReferences;

/** The validator's view of the stored configuration. */
public final class ConfiguredReferences implements FlowReferences {
    private final EntityManager em;

    public ConfiguredReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean exists(String kind, String id) {
        return switch (kind) {
            case "queue" -> em.find(Queue.class, id) != null;
            case "hours" -> em.find(HoursOfOperation.class, id) != null;
            case "prompt" -> em.find(Prompt.class, id) != null;
            case "function" -> em.find(ExternalFunction.class, id) != null;
            case "quickTable" -> em.find(QuickTable.class, id) != null;
            case "agent" -> {
                User user = em.find(User.class, id);
                yield user != null && user.isAgent();
            }
            default -> false;
        };
    }

    @Override
    public Optional<String> flowType(String flowId) {
        return Optional.ofNullable(em.find(ContactFlow.class, flowId)).map(f -> f.type().name());
    }
}
