package org.contactcenter.routing.records.control;

import java.util.List;

/**
 * Where records are streamed (the on-prem Kinesis): rotated JSON-lines files, an HTTP webhook, Apache Kafka.
 * {@link #deliver} returns only once the sink has the records durably (or throws); the delivery then moves the sink's
 * cursor. So a sink gets every record at least once, in outbox order (per contact: in the order of its updates), and
 * a crash between the two gives duplicates, never a gap (readers de-duplicate: docs/RECORDS.md).
 */
public interface RecordSink extends AutoCloseable {

    /** One record of the outbox: its number, its contact, its last update and the record's JSON. */
    record Outgoing(long seq, String contactId, java.time.OffsetDateTime lastUpdatedAt, String payload) {
    }

    /** The sink's name (file, webhook, kafka): its cursor, metrics and health carry it. */
    String name();

    /** Hands the records over, in order; throws when the sink did not take all of them (all are sent again). */
    void deliver(List<Outgoing> records) throws Exception;

    /** Lets go of connections and files (the sink may be used again: it reopens them). */
    @Override
    void close();
}
