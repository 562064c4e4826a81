package org.contactcenter.routing.engine.boundary;

/**
 * What happens to the external party of a call (Amazon Connect's consult, conference and transfer to a number): the
 * agent's steps, and what telephony reports of the third party.
 */
public enum ConsultStep {
    /** The agent calls a number while the customer is put on hold. */
    CONSULT,
    /** The agent joins customer and third party: all three talk. */
    CONFERENCE,
    /** The agent leaves customer and third party talking: the contact is transferred to the number (after-contact work). */
    TRANSFER,
    /** The agent drops the third party; a consulted customer stays on hold until resumed. */
    CANCEL,
    /** Telephony: the third party hung up (consulting: the customer stays on hold; in a conference: agent and customer talk on). */
    LEFT,
    /** Telephony: the third party's phone did not answer, or could not be called. */
    FAILED
}
