package org.contactcenter.routing.contacts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A contact's recording as its record shows it (Amazon Connect's Recording: Location, Status, Type, DeletionReason).
 * Telephony fills it when a call is recorded; the archive moves it (a new location) or deletes it (a reason).
 */
@Embeddable
public class Recording {
    @Column(name = "recording_location", length = 1024)
    private String location;
    @Column(name = "recording_status", length = 20)
    private String status;
    @Column(name = "recording_type", length = 20)
    private String type;
    @Column(name = "recording_deletion_reason", length = 255)
    private String deletionReason;

    protected Recording() {
    }

    public Recording(String location, String status, String type, String deletionReason) {
        this.location = location;
        this.status = status;
        this.type = type;
        this.deletionReason = deletionReason;
    }

    public String location() {
        return location;
    }

    public String status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String deletionReason() {
        return deletionReason;
    }
}
