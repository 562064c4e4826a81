package org.contactcenter.routing.recordings.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where recordings and transcripts are kept: a directory ({@link DirectoryStore}) or an S3-compatible bucket
 * ({@link S3Store}). Objects are named by a key ({@code recordings/2026/12/03/<contact>.wav}); a record keeps the
 * object's location, a URI this store gives ({@code file:///…}, {@code s3://bucket/…}). A put is all or nothing:
 * a reader never sees half an object under its key.
 */
public interface ObjectStore extends AutoCloseable {
    /** The location an object of this key has (or would have) in this store. */
    String location(String key);

    /** How every location of this store begins (a directory's URI with its slash, {@code s3://bucket/prefix/}). */
    String prefix();

    /** Whether a location is one of this store's. */
    boolean owns(String location);

    /** The key of one of this store's locations. */
    String key(String location) throws IOException;

    /** Stores a file under a key, replacing what the key had; returns its location. */
    default String put(String key, Path source) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(source)) {
            return put(key, in, java.nio.file.Files.size(source), "application/octet-stream");
        }
    }

    /** Stores {@code length} bytes of a stream under a key, replacing what the key had; returns its location. */
    String put(String key, InputStream in, long length, String contentType) throws IOException;

    /** Stores bytes under a key, replacing what the key had; returns its location. */
    String put(String key, byte[] bytes, String contentType) throws IOException;

    /** The object's size in bytes; -1 when there is none. */
    long size(String location) throws IOException;

    /** Reads {@code length} bytes from {@code offset} (length -1: to the end). */
    InputStream open(String location, long offset, long length) throws IOException;

    /** Deletes the object; nothing when there is none. */
    void delete(String location) throws IOException;

    /** What the health data and the log show (never a secret). */
    String describe();

    @Override
    default void close() {
    }
}
