package org.contactcenter.rules.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads contact records as JSON lines — exactly what the file sink writes and what {@code GET /api/v1/contact-records}
 * returns, one record per line (blank lines are skipped) — and de-duplicates them as docs/RECORDS.md says: per
 * {@code ContactId} the record with the greatest {@code LastUpdateTimestamp} (equal timestamps are the same update;
 * the later line wins).
 */
public final class Records {
    private Records() {
    }

    /** Reads and de-duplicates; a line that is not a record is an {@link InputException} naming {@code source:line}. */
    public static List<RecordInput> read(Reader reader, String source) {
        Map<String, RecordInput> latest = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                RecordInput r;
                try {
                    r = RecordInput.of(Json.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new InputException(source + ":" + number + ": " + e.getMessage());
                }
                RecordInput before = latest.get(r.contactId());
                if (before == null) {
                    order.add(r.contactId());
                    latest.put(r.contactId(), r);
                } else if (r.lastUpdatedAt() >= before.lastUpdatedAt()) {
                    latest.put(r.contactId(), r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        List<RecordInput> records = new ArrayList<>(order.size());
        for (String id : order) {
            records.add(latest.get(id));
        }
        return records;
    }

    public static List<RecordInput> read(Path file) {
        try {
            return read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The de-duplicated records of several inputs (say a day's hourly files) taken together. */
    public static List<RecordInput> merge(List<List<RecordInput>> parts) {
        Map<String, RecordInput> latest = new java.util.LinkedHashMap<>();
        for (List<RecordInput> part : parts) {
            for (RecordInput r : part) {
                latest.merge(r.contactId(), r, (a, b) -> b.lastUpdatedAt() >= a.lastUpdatedAt() ? b : a);
            }
        }
        return new ArrayList<>(latest.values());
    }

    /** The records of contacts queued in [from, to) (null: unbounded), by enqueue time. */
    public static List<RecordInput> queuedIn(Iterable<RecordInput> records, Instant from, Instant to) {
        long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        List<RecordInput> out = new ArrayList<>();
        for (RecordInput r : records) {
            if (r.enqueuedAt() >= lo && r.enqueuedAt() < hi) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingLong(RecordInput::enqueuedAt));
        return out;
    }
}
