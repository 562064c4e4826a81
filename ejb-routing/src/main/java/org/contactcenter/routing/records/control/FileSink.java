package org.contactcenter.routing.records.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Records as JSON lines (one record per line, UTF-8) in {@code directory}: one file per UTC hour,
 * {@code contact-records-2026-12-02T14.jsonl}, continued in {@code …T14-1.jsonl} and so on when it reaches
 * {@code maxBytes}. Each delivery is forced to disk before it counts. Files are never deleted by the center.
 */
public final class FileSink implements RecordSink {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final long maxBytes;
    private final Clock clock;
    private FileChannel channel;
    private Path current;

    public FileSink(Path directory, long maxBytes, Clock clock) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "file";
    }

    @Override
    public void deliver(List<Outgoing> records) throws IOException {
        StringBuilder lines = new StringBuilder(records.size() * 1024);
        for (Outgoing r : records) {
            lines.append(r.payload()).append('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        FileChannel out = channel(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        out.force(false);
    }

    /** The file of this hour with room for {@code bytes} more (a new part when the current one is full). */
    private FileChannel channel(int bytes) throws IOException {
        String hour = HOUR.format(clock.instant());
        if (channel != null && (!current.getFileName().toString().startsWith("contact-records-" + hour)
                || channel.size() > 0 && channel.size() + bytes > maxBytes)) {
            close();
        }
        if (channel == null) {
            Files.createDirectories(directory);
            for (int part = 0;; part++) {
                Path file = directory.resolve("contact-records-" + hour + (part == 0 ? "" : "-" + part) + ".jsonl");
                if (!Files.exists(file) || Files.size(file) + bytes <= maxBytes || Files.size(file) == 0) {
                    current = file;
                    break;
                }
            }
            channel = FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        return channel;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the data was forced already
            }
            channel = null;
        }
    }
}
