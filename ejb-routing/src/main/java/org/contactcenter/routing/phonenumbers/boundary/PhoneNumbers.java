package org.contactcenter.routing.phonenumbers.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.flows.entity.ContactFlowType;
import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.Violations;

/** Phone numbers and their inbound flows; the voice channel looks calls up here. */
@Stateless
@LocalBean
public class PhoneNumbers extends ConfigurationStore<PhoneNumber, PhoneNumberData> {
    public PhoneNumbers() {
        super("Phone number", PhoneNumber.class, PhoneNumber.ALL);
    }

    /** The phone number a call was dialled to, given as E.164 or as digits without the '+'. */
    public Optional<PhoneNumberData> byNumber(String dialled) {
        if (dialled == null || dialled.isBlank()) {
            return Optional.empty();
        }
        String e164 = dialled.startsWith("+") ? dialled : "+" + dialled;
        return em.createNamedQuery(PhoneNumber.BY_NUMBER, PhoneNumber.class).setParameter("name", e164)
                .getResultStream().findFirst().map(this::toData);
    }

    @Override
    protected PhoneNumberData toData(PhoneNumber p) {
        return new PhoneNumberData(p.id(), p.phoneNumber(), p.description(), p.contactFlow().id());
    }

    @Override
    protected PhoneNumber newEntity(PhoneNumberData data) {
        ContactFlow flow = check(data);
        requireUnique(PhoneNumber.BY_NUMBER, "phoneNumber", data.phoneNumber, null);
        return new PhoneNumber(data.phoneNumber, data.description, flow);
    }

    @Override
    protected void apply(PhoneNumber number, PhoneNumberData data) {
        ContactFlow flow = check(data);
        requireUnique(PhoneNumber.BY_NUMBER, "phoneNumber", data.phoneNumber, number);
        number.change(data.phoneNumber, data.description, flow);
    }

    private ContactFlow check(PhoneNumberData data) {
        Violations v = validate(data);
        v.throwIfAny();
        ContactFlow flow = reference(ContactFlow.class, data.contactFlowId, "contactFlowId", v);
        v.check(flow == null || flow.type() == ContactFlowType.CONTACT_FLOW, "contactFlowId", "must be an inbound (CONTACT_FLOW) flow");
        v.throwIfAny();
        return flow;
    }

    @Override
    protected List<String> referencesTo(PhoneNumber number) {
        return List.of();
    }
}
