package org.contactcenter.routing.hours.boundary;

import java.time.Instant;

import org.contactcenter.rules.hours.Schedule;

/**
 * Whether an hours of operation is open at an instant and when that next changes (null: never, e.g. closed all week
 * with no override ahead), as the rules module's {@link Schedule} decides: what the admin console shows beside the
 * weekly grid ({@code GET /api/v1/hours-of-operation/{id}/status}).
 */
public class HoursStatus {
    public String hoursOfOperationId;
    public boolean open;
    public Instant nextChange;
    public Instant at;

    public HoursStatus() {
    }

    /** The status of {@code schedule} at {@code now}. */
    public static HoursStatus of(String hoursOfOperationId, Schedule schedule, Instant now) {
        HoursStatus s = new HoursStatus();
        s.hoursOfOperationId = hoursOfOperationId;
        s.open = schedule.isOpen(now);
        s.nextChange = schedule.nextChange(now).orElse(null);
        s.at = now;
        return s;
    }
}
