package org.contactcenter.rules.model;

/**
 * Amazon Connect's cross-channel behaviour: while an agent works a contact of this channel, may contacts of other
 * channels still be offered (ROUTE_ANY_CHANNEL) or only more of this channel (ROUTE_CURRENT_CHANNEL_ONLY)?
 */
public enum CrossChannelBehavior {
    ROUTE_CURRENT_CHANNEL_ONLY, ROUTE_ANY_CHANNEL
}
