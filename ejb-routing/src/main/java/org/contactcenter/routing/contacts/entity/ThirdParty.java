package org.contactcenter.routing.contacts.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The external party an agent brings into a call (Amazon Connect's consult and conference with a phone number): its
 * number, whether the agent is still consulting it (the customer on hold) or all three talk, and since when. Gone once
 * the agent cancels the consult, the third party hangs up, or the agent leaves the two talking (the transfer).
 */
@Embeddable
public class ThirdParty {
    /** The agent and the third party talk; the customer is on hold. */
    public static final String CONSULTING = "CONSULTING";
    /** Customer, agent and third party talk together. */
    public static final String CONFERENCED = "CONFERENCED";

    @Column(name = "third_party_number", length = 64)
    private String phoneNumber;
    @Column(name = "third_party_state", length = 12)
    private String state;
    @Column(name = "third_party_since")
    private OffsetDateTime since;

    protected ThirdParty() {
    }

    public ThirdParty(String phoneNumber, String state, OffsetDateTime since) {
        this.phoneNumber = phoneNumber;
        this.state = state;
        this.since = since;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public String state() {
        return state;
    }

    public OffsetDateTime since() {
        return since;
    }

    public boolean consulting() {
        return CONSULTING.equals(state);
    }

    public boolean conferenced() {
        return CONFERENCED.equals(state);
    }
}
