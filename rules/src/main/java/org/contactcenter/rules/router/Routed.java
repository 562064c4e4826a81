package org.contactcenter.rules.router;

import java.time.Instant;
import java.util.List;

import org.contactcenter.rules.model.Offer;

/**
 * What an event changed: the offers made (each needs an offer-timeout timer) and, for a newly queued contact, the
 * instants at which it becomes eligible for more routing profiles (each needs a delay timer), and, after a profile
 * change, the other waiting contacts' such instants ({@link Delay}).
 */
public record Routed(List<Offer> offers, List<Instant> dueTimes, List<Delay> delays) {
    public static final Routed NOTHING = new Routed(List.of(), List.of());

    /** A waiting contact that becomes eligible for more agents at {@code at} (a profile gained or shortened a delay). */
    public record Delay(String contactId, Instant at) {
    }

    public Routed {
        offers = List.copyOf(offers);
        dueTimes = List.copyOf(dueTimes);
        delays = List.copyOf(delays);
    }

    public Routed(List<Offer> offers, List<Instant> dueTimes) {
        this(offers, dueTimes, List.of());
    }
}
