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
import java.util.stream.IntStream;

/**
 * Reads contact records as JSON lines — exactly what the file sink writes and what {@code GET /api/v1/contact-records}
 * returns, one record per line (blank lines are skipped) — and de-duplicates them as docs/RECORDS.md says: per
 * {@code ContactId} the record with the greatest {@code LastUpdateTimestamp} (equal timestamps are the same update;
 * the later line wins).
 */
public final class Records {
    private Records() {
    }

    /** Lines parsed together (in parallel: parsing is most of a large file's reading time). */
    private static final int BATCH = 4096;

    /** Reads and de-duplicates; a line that is not a record is an {@link InputException} naming {@code source:line}. */
    public static List<RecordInput> read(Reader reader, String source) {
        Map<String, RecordInput> latest = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16)) {
            String line;
            int number = 0;
            List<String> batch = new ArrayList<>(BATCH);
            int first = 1;
            while (true) {
                line = in.readLine();
                if (line != null) {
                    number++;
                    if (number == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    batch.add(line);
                }
                if (batch.size() == BATCH || (line == null && !batch.isEmpty())) {
                    keepLatest(parse(batch, first, source), latest, order);
                    first = number + 1;
                    batch.clear();
                }
                if (line == null) {
                    break;
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

    /** The batch's records in line order (null for blank lines); the first bad line, by number, is the error. */
    private static RecordInput[] parse(List<String> batch, int firstLine, String source) {
        RecordInput[] parsed = new RecordInput[batch.size()];
        String[] errors = new String[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(k -> {
            String line = batch.get(k);
            if (line.isBlank()) {
                return;
            }
            try {
                Object json = Json.parse(line);
                if (json instanceof Map<?, ?> record && !record.containsKey("Queue")) {
                    return; // a contact that ended in its flow: never routed, nothing to replay
                }
                parsed[k] = RecordInput.of(json);
            } catch (IllegalArgumentException e) {
                errors[k] = source + ":" + (firstLine + k) + ": " + e.getMessage();
            }
        });
        for (String error : errors) {
            if (error != null) {
                throw new InputException(error);
            }
        }
        return parsed;
    }

    /** Keeps per contact the greatest LastUpdateTimestamp; on equal ones the later line. */
    private static void keepLatest(RecordInput[] parsed, Map<String, RecordInput> latest, List<String> order) {
        for (RecordInput r : parsed) {
            if (r == null) {
                continue;
            }
            RecordInput before = latest.get(r.contactId());
            if (before == null) {
                order.add(r.contactId());
                latest.put(r.contactId(), r);
            } else if (r.lastUpdatedAt() >= before.lastUpdatedAt()) {
                latest.put(r.contactId(), r);
            }
        }
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
