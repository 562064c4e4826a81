package org.contactcenter.routing.recordings.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Objects as files under a directory ({@code file:} locations). A put writes a temporary file next to its target,
 * forces it to disk and renames it into place, so a crash leaves the old object or the new one, never half of one.
 */
public final class DirectoryStore implements ObjectStore {
    private final Path root;
    private final String prefix;

    public DirectoryStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        String uri = this.root.toUri().toString();
        this.prefix = uri.endsWith("/") ? uri : uri + "/";
    }

    @Override
    public String location(String key) {
        return file(key).toUri().toString();
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public boolean owns(String location) {
        return location != null && location.startsWith(prefix);
    }

    @Override
    public String key(String location) throws IOException {
        return root.relativize(path(location)).toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public String put(String key, InputStream in, long length, String contentType) throws IOException {
        Path target = file(key);
        Path temporary = temporary(target);
        try {
            long copied = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (length >= 0 && copied != length) {
                throw new IOException("expected " + length + " bytes for " + key + ", got " + copied);
            }
            return commit(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public String put(String key, byte[] bytes, String contentType) throws IOException {
        return put(key, new java.io.ByteArrayInputStream(bytes), bytes.length, contentType);
    }

    @Override
    public long size(String location) throws IOException {
        Path file = path(location);
        return Files.isRegularFile(file) ? Files.size(file) : -1;
    }

    @Override
    public InputStream open(String location, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(path(location), StandardOpenOption.READ);
        channel.position(offset);
        InputStream in = Channels.newInputStream(channel);
        return length < 0 ? in : new BoundedInputStream(in, length);
    }

    @Override
    public void delete(String location) throws IOException {
        Files.deleteIfExists(path(location));
    }

    @Override
    public String describe() {
        return prefix;
    }

    private Path temporary(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    private static String commit(Path temporary, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target.toUri().toString();
    }

    private Path file(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("an object key must stay inside the store: " + key);
        }
        return file;
    }

    private Path path(String location) throws IOException {
        if (!owns(location)) {
            throw new NoSuchFileException(location);
        }
        Path file = Path.of(URI.create(location)).normalize();
        if (!file.startsWith(root)) {
            throw new NoSuchFileException(location);
        }
        return file;
    }
}
