package org.contactcenter.rules.flow;

/** What resumed a waiting flow: nothing (the block runs straight through), input, a timeout, or a returning customer. */
public enum CustomerEvent {
    NONE, INPUT, TIMEOUT, CUSTOMER_RETURNED
}
