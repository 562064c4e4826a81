package org.contactcenter.routing.quickconnects.boundary;

import java.util.List;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.flows.entity.ContactFlowType;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.quickconnects.entity.QuickConnect;
import org.contactcenter.routing.quickconnects.entity.QuickConnectType;
import org.contactcenter.routing.users.entity.User;

/** Quick connects to a queue, an agent or an external number. */
@Stateless
@LocalBean
public class QuickConnects extends ConfigurationStore<QuickConnect, QuickConnectData> {
    public QuickConnects() {
        super("Quick connect", QuickConnect.class, QuickConnect.ALL);
    }

    @Override
    protected QuickConnectData toData(QuickConnect c) {
        return new QuickConnectData(c.id(), c.name(), c.description(), c.type(),
                c.queue() == null ? null : c.queue().id(), c.user() == null ? null : c.user().id(), c.phoneNumber(),
                c.contactFlow() == null ? null : c.contactFlow().id());
    }

    @Override
    protected QuickConnect newEntity(QuickConnectData data) {
        QuickConnect.Target target = target(data);
        requireUnique(QuickConnect.BY_NAME, "name", data.name, null);
        return new QuickConnect(data.name, data.description, target);
    }

    @Override
    protected void apply(QuickConnect connect, QuickConnectData data) {
        QuickConnect.Target target = target(data);
        requireUnique(QuickConnect.BY_NAME, "name", data.name, connect);
        connect.change(data.name, data.description, target);
    }

    private QuickConnect.Target target(QuickConnectData data) {
        Violations v = validate(data);
        v.throwIfAny();
        QuickConnectType type = data.type;
        v.check((type == QuickConnectType.QUEUE) == (data.queueId != null), "queueId",
                type == QuickConnectType.QUEUE ? "must not be null for a QUEUE quick connect" : "is only for QUEUE quick connects");
        v.check((type == QuickConnectType.USER) == (data.userId != null), "userId",
                type == QuickConnectType.USER ? "must not be null for a USER quick connect" : "is only for USER quick connects");
        v.check((type == QuickConnectType.PHONE_NUMBER) == (data.phoneNumber != null), "phoneNumber",
                type == QuickConnectType.PHONE_NUMBER ? "must not be null for a PHONE_NUMBER quick connect" : "is only for PHONE_NUMBER quick connects");
        Queue queue = reference(Queue.class, data.queueId, "queueId", v);
        User user = reference(User.class, data.userId, "userId", v);
        v.check(user == null || user.isAgent(), "userId", "must be an agent");
        ContactFlow flow = reference(ContactFlow.class, data.contactFlowId, "contactFlowId", v);
        v.check(flow == null || flow.type() == ContactFlowType.QUEUE_TRANSFER || flow.type() == ContactFlowType.AGENT_TRANSFER,
                "contactFlowId", "must be a QUEUE_TRANSFER or AGENT_TRANSFER flow");
        v.throwIfAny();
        return new QuickConnect.Target(type, queue, user, data.phoneNumber, flow);
    }

    @Override
    protected List<String> referencesTo(QuickConnect connect) {
        return List.of();
    }
}
