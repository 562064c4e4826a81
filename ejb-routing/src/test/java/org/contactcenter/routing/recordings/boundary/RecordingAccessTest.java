package org.contactcenter.routing.recordings.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** HTTP byte ranges (RFC 9110) as the download answers them. */
class RecordingAccessTest {
    @Test
    void oneRangeIsSentAsAskedClippedToTheObject() {
        assertArrayEquals(new long[] {0, 1000}, RecordingAccess.span(null, 1000));
        assertArrayEquals(new long[] {100, 100}, RecordingAccess.span("bytes=100-199", 1000));
        assertArrayEquals(new long[] {900, 100}, RecordingAccess.span("bytes=900-", 1000));
        assertArrayEquals(new long[] {990, 10}, RecordingAccess.span("bytes=-10", 1000));
        assertArrayEquals(new long[] {0, 1000}, RecordingAccess.span("bytes=-5000", 1000), "a suffix longer than the object: all of it");
        assertArrayEquals(new long[] {900, 100}, RecordingAccess.span("bytes=900-5000", 1000), "an end past the object is clipped");
    }

    @Test
    void whatCannotBeReadAsOneRangeGetsTheWholeObjectAndWhatFallsOutsideIsRefused() {
        assertArrayEquals(new long[] {0, 1000}, RecordingAccess.span("bytes=0-1,5-6", 1000), "several ranges: the whole object");
        assertArrayEquals(new long[] {0, 1000}, RecordingAccess.span("items=0-1", 1000), "another unit");
        assertArrayEquals(new long[] {0, 1000}, RecordingAccess.span("bytes=a-b", 1000), "unreadable");
        assertThrows(RecordingAccess.Unsatisfiable.class, () -> RecordingAccess.span("bytes=1000-", 1000));
        assertThrows(RecordingAccess.Unsatisfiable.class, () -> RecordingAccess.span("bytes=500-400", 1000));
        assertThrows(RecordingAccess.Unsatisfiable.class, () -> RecordingAccess.span("bytes=-0", 1000));
    }
}
