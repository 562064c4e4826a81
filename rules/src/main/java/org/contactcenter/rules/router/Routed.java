package org.contactcenter.rules.router;

import java.time.Instant;
import java.util.List;

import org.contactcenter.rules.model.Offer;

/**
 * What an event changed: the offers made (each needs an offer-timeout timer) and, for a newly queued contact, the
 * instants at which it becomes eligible for more routing profiles (each needs a delay timer).
 */
public record Routed(List<Offer> offers, List<Instant> dueTimes) {
    public static final Routed NOTHING = new Routed(List.of(), List.of());

    public Routed {
        offers = List.copyOf(offers);
        dueTimes = List.copyOf(dueTimes);
    }
}
