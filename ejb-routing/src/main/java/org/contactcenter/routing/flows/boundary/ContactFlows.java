package org.contactcenter.routing.flows.boundary;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonReader;

import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;
import org.contactcenter.routing.quickconnects.entity.QuickConnect;

/** Contact flows as stored documents; deletion is refused while a phone number or quick connect uses the flow. */
@Stateless
@LocalBean
public class ContactFlows extends ConfigurationStore<ContactFlow, ContactFlowData> {
    public ContactFlows() {
        super("Contact flow", ContactFlow.class, ContactFlow.ALL);
    }

    @Override
    protected ContactFlowData toData(ContactFlow f) {
        try (JsonReader reader = Json.createReader(new StringReader(f.content()))) {
            return new ContactFlowData(f.id(), f.name(), f.description(), f.type(), reader.readObject());
        }
    }

    @Override
    protected ContactFlow newEntity(ContactFlowData data) {
        validate(data).throwIfAny();
        requireUnique(ContactFlow.BY_NAME, "name", data.name, null);
        return new ContactFlow(data.name, data.description, data.type, data.content.toString());
    }

    @Override
    protected void apply(ContactFlow flow, ContactFlowData data) {
        Violations v = validate(data);
        v.check(data.type == null || data.type == flow.type(), "type", "the type of a flow cannot change");
        v.throwIfAny();
        requireUnique(ContactFlow.BY_NAME, "name", data.name, flow);
        flow.change(data.name, data.description, data.content.toString());
    }

    @Override
    protected List<String> referencesTo(ContactFlow flow) {
        List<String> refs = new ArrayList<>();
        em.createNamedQuery(PhoneNumber.USING_FLOW, PhoneNumber.class).setParameter("flow", flow).getResultList()
                .forEach(p -> refs.add("phone number " + p.phoneNumber()));
        em.createNamedQuery(QuickConnect.USING_FLOW, QuickConnect.class).setParameter("flow", flow).getResultList()
                .forEach(c -> refs.add("quick connect " + c.name()));
        return refs;
    }
}
