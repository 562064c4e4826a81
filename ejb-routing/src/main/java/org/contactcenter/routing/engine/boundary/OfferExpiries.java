package org.contactcenter.routing.engine.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The offers announced and not yet answered, by expiry. One wake-up task at a time serves them all (scheduling one
 * task per offer costs more than routing it): it makes every offer due Missed and sleeps until the next expiry, but
 * at least {@code slackMillis} — so an offer becomes Missed at its expiry or up to that much later.
 */
final class OfferExpiries {
    private static final Logger LOG = Logger.getLogger(OfferExpiries.class.getName());

    private record Key(long expiresAt, String contactId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(expiresAt, o.expiresAt);
            return c != 0 ? c : contactId.compareTo(o.contactId);
        }
    }

    private final ConcurrentSkipListMap<Key, ContactOffered> byExpiry = new ConcurrentSkipListMap<>();
    private final Map<String, Key> byContact = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Consumer<ContactOffered> expired;
    private final long slackMillis;
    /** when the scheduled wake-up runs (epoch millis); Long.MAX_VALUE when none is scheduled */
    private long wakeAt = Long.MAX_VALUE;

    OfferExpiries(ScheduledExecutorService scheduler, Consumer<ContactOffered> expired, long slackMillis) {
        this.scheduler = scheduler;
        this.expired = expired;
        this.slackMillis = slackMillis;
    }

    void add(ContactOffered offer) {
        Key key = new Key(offer.expiresAt().toEpochMilli(), offer.contact().id);
        Key previous = byContact.put(key.contactId(), key);
        if (previous != null) {
            byExpiry.remove(previous);
        }
        byExpiry.put(key, offer);
        wakeBy(key.expiresAt());
    }

    /** The offer is answered or withdrawn. */
    void remove(String contactId) {
        Key key = byContact.remove(contactId);
        if (key != null) {
            byExpiry.remove(key);
        }
    }

    void clear() {
        byContact.clear();
        byExpiry.clear();
    }

    List<ContactOffered> offers() {
        return new ArrayList<>(byExpiry.values());
    }

    private synchronized void wakeBy(long at) {
        if (at < wakeAt) {
            wakeAt = at;
            scheduler.schedule(() -> wake(at), Math.max(0, at - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private void wake(long scheduledFor) {
        long now = Math.max(System.currentTimeMillis(), scheduledFor);
        synchronized (this) {
            if (scheduledFor != wakeAt) {
                return; // an earlier wake-up was scheduled meanwhile and has done this one's work
            }
            wakeAt = Long.MAX_VALUE;
        }
        for (Map.Entry<Key, ContactOffered> due; (due = byExpiry.firstEntry()) != null && due.getKey().expiresAt() <= now;) {
            if (byExpiry.remove(due.getKey()) != null) {
                byContact.remove(due.getKey().contactId(), due.getKey());
                try {
                    expired.accept(due.getValue());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "An expired offer of contact " + due.getKey().contactId() + " could not be handled", e);
                }
            }
        }
        Map.Entry<Key, ContactOffered> next = byExpiry.firstEntry();
        if (next != null) {
            wakeBy(Math.max(next.getKey().expiresAt(), System.currentTimeMillis() + slackMillis));
        }
    }
}
