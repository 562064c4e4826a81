package org.contactcenter.routing.queues.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.contactcenter.routing.hours.entity.HoursOfOperation;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.profiles.entity.RoutingProfile;
import org.contactcenter.routing.queues.entity.Queue;
import org.contactcenter.routing.queues.entity.QueueType;
import org.contactcenter.routing.quickconnects.entity.QuickConnect;
import org.contactcenter.rules.model.ContactState;
import jakarta.ejb.EJB;
import org.contactcenter.routing.flows.boundary.ContactFlows;

/** Queues: standard queues through the API; agent queues are read-only here (see the users boundary). */
@Stateless
@LocalBean
public class Queues extends ConfigurationStore<Queue, QueueData> {
    @EJB
    ContactFlows flows;
    public Queues() {
        super("Queue", Queue.class, Queue.ALL);
    }

    @Override
    protected QueueData toData(Queue q) {
        QueueData data = new QueueData(q.id(), q.name(), q.description(), q.type(),
                q.hoursOfOperation() == null ? null : q.hoursOfOperation().id(), q.maxContacts(), q.agentUserId());
        data.outboundCallerIdName = q.outboundCallerIdName();
        data.outboundCallerIdNumber = q.outboundCallerIdNumber();
        data.outboundWhisperFlowId = q.outboundWhisperFlowId();
        return data;
    }

    @Override
    protected Queue newEntity(QueueData data) {
        HoursOfOperation hours = check(data);
        requireUnique(Queue.BY_NAME, "name", data.name, null);
        Queue queue = Queue.standard(data.name, data.description, hours, data.maxContacts);
        queue.outboundCaller(data.outboundCallerIdName, data.outboundCallerIdNumber);
        queue.outboundWhisperFlow(data.outboundWhisperFlowId);
        return queue;
    }

    @Override
    protected void apply(Queue queue, QueueData data) {
        if (queue.type() == QueueType.AGENT) {
            throw new Conflict("type", "agent queue " + queue.name() + " changes only with its agent", List.of());
        }
        HoursOfOperation hours = check(data);
        requireUnique(Queue.BY_NAME, "name", data.name, queue);
        queue.change(data.name, data.description, hours, data.maxContacts);
        queue.outboundCaller(data.outboundCallerIdName, data.outboundCallerIdNumber);
        queue.outboundWhisperFlow(data.outboundWhisperFlowId);
    }

    private HoursOfOperation check(QueueData data) {
        Violations v = validate(data);
        v.throwIfAny();
        v.check(data.type == null || data.type == QueueType.STANDARD, "type", "only STANDARD queues can be created or changed; agent queues come with their agent");
        v.check(!data.name.startsWith(Queue.AGENT_QUEUE_PREFIX), "name", "names starting with '" + Queue.AGENT_QUEUE_PREFIX + "' are reserved for agent queues");
        v.check(data.agentUserId == null, "agentUserId", "is set only on agent queues");
        v.check(data.hoursOfOperationId != null, "hoursOfOperationId", "must not be null");
        HoursOfOperation hours = reference(HoursOfOperation.class, data.hoursOfOperationId, "hoursOfOperationId", v);
        if (data.outboundWhisperFlowId != null) {
            var flow = reference(org.contactcenter.routing.flows.entity.ContactFlow.class, data.outboundWhisperFlowId, "outboundWhisperFlowId", v);
            v.check(flow == null || flow.type() == org.contactcenter.routing.flows.entity.ContactFlowType.OUTBOUND_WHISPER,
                    "outboundWhisperFlowId", "must be a contact flow of type OUTBOUND_WHISPER");
        }
        v.throwIfAny();
        return hours;
    }

    @Override
    protected List<String> referencesTo(Queue queue) {
        List<String> refs = new ArrayList<>();
        if (queue.type() == QueueType.AGENT) {
            refs.add("its agent (user " + queue.agentUserId() + ")");
        }
        em.createNamedQuery(RoutingProfile.USING_QUEUE, RoutingProfile.class).setParameter("queue", queue).getResultList()
                .forEach(p -> refs.add("routing profile " + p.name()));
        em.createNamedQuery(QuickConnect.USING_QUEUE, QuickConnect.class).setParameter("queue", queue).getResultList()
                .forEach(c -> refs.add("quick connect " + c.name()));
        long open = em.createNamedQuery(Contact.OPEN_IN_QUEUE, Long.class).setParameter("queueId", queue.id())
                .setParameter("ended", ContactState.ENDED).getSingleResult();
        if (open > 0) {
            refs.add(open + " contacts not yet ended");
        }
        refs.addAll(flows.flowsMentioning(queue.id()));
        return refs;
    }
}
