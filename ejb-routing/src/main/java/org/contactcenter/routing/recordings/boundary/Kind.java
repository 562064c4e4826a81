package org.contactcenter.routing.recordings.boundary;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.Recording;

/** What the archive keeps of a contact: a call's recording, a chat's transcript; where each is in the record. */
enum Kind {
    RECORDING("recording_location", "recording_status", "application/octet-stream") {
        @Override
        String location(Contact c) {
            return c.recording() == null ? null : c.recording().location();
        }

        @Override
        void relocate(Contact c, String location) {
            Recording r = c.recording();
            c.recording(new Recording(location, r.status(), r.type(), r.deletionReason()));
        }

        @Override
        void deleted(Contact c, String reason) {
            c.recording(new Recording(null, "DELETED", c.recording().type(), reason));
        }
    },
    TRANSCRIPT("transcript_location", "transcript_status", "application/json") {
        @Override
        String location(Contact c) {
            return c.transcriptLocation();
        }

        @Override
        void relocate(Contact c, String location) {
            c.transcript(location, c.transcriptStatus());
        }

        @Override
        void deleted(Contact c, String reason) {
            c.transcript(null, "DELETED");
        }
    };

    final String location;
    final String status;
    final String contentType;

    Kind(String location, String status, String contentType) {
        this.location = location;
        this.status = status;
        this.contentType = contentType;
    }

    /** The object's location the record names (null: none). */
    abstract String location(Contact c);

    abstract void relocate(Contact c, String location);

    abstract void deleted(Contact c, String reason);
}
