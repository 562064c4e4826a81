package org.contactcenter.routing.recordings.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.Recording;
import org.contactcenter.routing.engine.boundary.RoutingStore;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.recordings.control.ObjectStore;

/**
 * Playback and download of a recording or a stored transcript, wherever the archive has it now (the store or the
 * archive), whole or as a byte range; every access is audited first. Who may (supervisors, admins) is the API's to
 * check.
 */
@ApplicationScoped
public class RecordingAccess {
    private static final Map<String, String> TYPES = Map.of("wav", "audio/wav", "wav49", "audio/wav", "gsm", "audio/x-gsm", "ogg", "audio/ogg",
            "mp3", "audio/mpeg", "sln", "audio/L16;rate=8000", "sln16", "audio/L16;rate=16000", "json", "application/json");

    @EJB
    RoutingStore store;
    @Inject
    RecordingStores stores;
    @Inject
    AuditLog audit;

    /** The object to send: its type, whole size, the range sent and its bytes (close it). */
    public record Download(String contentType, long size, long offset, long length, InputStream body) {
    }

    /** The recording is gone: deleted by retention (the reason), or its object is missing. */
    public static final class Gone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Gone(String message) {
            super(message);
        }
    }

    /** A range that does not fit the object (416). */
    public static final class Unsatisfiable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final long size;

        Unsatisfiable(long size) {
            super("the range is outside the object's " + size + " bytes");
            this.size = size;
        }
    }

    /** A call's recording; {@code range} is an HTTP Range header or null. */
    public Download recording(String contactId, String range, String username, String remoteAddress) {
        Contact c = contact(contactId);
        Recording r = c.recording();
        if (r == null) {
            throw new NotFound("Recording of contact", contactId);
        }
        if (r.location() == null) {
            throw new Gone("the recording of contact " + contactId + " was deleted" + (r.deletionReason() == null ? "" : ": " + r.deletionReason()));
        }
        return open(contactId, r.location(), AuditLog.RECORDING_READ, range, username, remoteAddress);
    }

    /** A chat's stored transcript (Amazon Connect's transcript JSON). */
    public Download transcript(String contactId, String username, String remoteAddress) {
        Contact c = contact(contactId);
        if (c.transcriptStatus() == null) {
            throw new NotFound("Stored transcript of contact", contactId);
        }
        if (c.transcriptLocation() == null) {
            throw new Gone("the stored transcript of contact " + contactId + " was deleted by retention");
        }
        return open(contactId, c.transcriptLocation(), AuditLog.TRANSCRIPT_READ, null, username, remoteAddress);
    }

    private Contact contact(String contactId) {
        if (contactId == null || contactId.length() > 36) {
            throw new NotFound("Contact", contactId == null ? null : contactId.substring(0, Math.min(36, contactId.length())) + "…");
        }
        return store.contact(contactId).orElseThrow(() -> new NotFound("Contact", contactId));
    }

    private Download open(String contactId, String location, String action, String range, String username, String remoteAddress) {
        ObjectStore objects = stores.of(location).orElseThrow(() -> new Gone("the object of contact " + contactId
                + " is in no configured store (" + location + ")"));
        try {
            long size = objects.size(location);
            if (size < 0) {
                throw new Gone("the object of contact " + contactId + " is missing from its store");
            }
            long[] span = span(range, size);
            audit.record(username, action, contactId, location + (range == null ? "" : " " + range), remoteAddress);
            String ext = location.substring(location.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return new Download(TYPES.getOrDefault(ext, "application/octet-stream"), size, span[0], span[1], objects.open(location, span[0], span[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n} (one range); null or another unit: the whole object. */
    static long[] span(String range, long size) {
        if (range == null || !range.startsWith("bytes=") || range.indexOf(',') >= 0) {
            return new long[] {0, size};
        }
        String spec = range.substring(6).trim();
        int dash = spec.indexOf('-');
        try {
            if (dash < 0) {
                return new long[] {0, size};
            }
            String first = spec.substring(0, dash).trim();
            String last = spec.substring(dash + 1).trim();
            long start;
            long end;
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix <= 0) {
                    throw new Unsatisfiable(size);
                }
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(first);
                end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            }
            if (start >= size || end < start) {
                throw new Unsatisfiable(size);
            }
            return new long[] {start, end - start + 1};
        } catch (NumberFormatException e) {
            return new long[] {0, size}; // an unreadable Range is ignored (RFC 9110)
        }
    }
}
