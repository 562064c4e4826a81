package org.contactcenter.routing.phonenumbers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.flows.entity.ContactFlowType;
import org.contactcenter.routing.platform.Ids;

/** A phone number of the center (E.164) and the inbound flow a call to it starts. */
@Entity
@Table(name = "cc_phone_number")
@NamedQuery(name = PhoneNumber.ALL, query = "select p from PhoneNumber p order by p.phoneNumber")
@NamedQuery(name = PhoneNumber.BY_NUMBER, query = "select p from PhoneNumber p where p.phoneNumber = :name")
@NamedQuery(name = PhoneNumber.USING_FLOW, query = "select p from PhoneNumber p where p.contactFlow = :flow order by p.phoneNumber")
public class PhoneNumber {
    public static final String ALL = "PhoneNumber.all";
    public static final String BY_NUMBER = "PhoneNumber.byNumber";
    public static final String USING_FLOW = "PhoneNumber.usingFlow";
    public static final String E164 = "\\+[1-9]\\d{1,14}";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "phone_number", nullable = false, unique = true, length = 16)
    private String phoneNumber;
    @Column(length = 250)
    private String description;
    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_flow_id", nullable = false)
    private ContactFlow contactFlow;
    @Version
    private long version;

    protected PhoneNumber() {
    }

    public PhoneNumber(String phoneNumber, String description, ContactFlow flow) {
        this.id = Ids.next();
        change(phoneNumber, description, flow);
    }

    public final void change(String phoneNumber, String description, ContactFlow flow) {
        if (phoneNumber == null || !phoneNumber.matches(E164)) {
            throw new IllegalArgumentException("not an E.164 number: " + phoneNumber);
        }
        if (flow == null || flow.type() != ContactFlowType.CONTACT_FLOW) {
            throw new IllegalArgumentException("a phone number starts an inbound (CONTACT_FLOW) flow");
        }
        this.phoneNumber = phoneNumber;
        this.description = description;
        this.contactFlow = flow;
    }

    public String id() {
        return id;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public String description() {
        return description;
    }

    public ContactFlow contactFlow() {
        return contactFlow;
    }
}
