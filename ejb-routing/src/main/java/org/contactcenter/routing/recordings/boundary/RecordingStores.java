package org.contactcenter.routing.recordings.boundary;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.contactcenter.routing.recordings.control.DirectoryStore;
import org.contactcenter.routing.recordings.control.ObjectStore;
import org.contactcenter.routing.recordings.control.S3Store;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two stores of recordings and transcripts: where they are kept first ({@code cc.recordings.store}) and where the
 * retention policy moves them ({@code cc.recordings.archive-store}). Each is a directory (a path or a {@code file:}
 * URI) or an S3-compatible bucket ({@code s3://bucket/prefix}, reached with the {@code cc.s3.*} settings).
 */
@ApplicationScoped
public class RecordingStores {
    private static final Logger LOG = Logger.getLogger(RecordingStores.class.getName());

    @Inject
    @ConfigProperty(name = "cc.recordings.store", defaultValue = "./data/recordings")
    String primaryLocation;
    @Inject
    @ConfigProperty(name = "cc.recordings.archive-store", defaultValue = "./data/recordings-archive")
    String archiveLocation;
    @Inject
    @ConfigProperty(name = "cc.recordings.archive-storage-class")
    Optional<String> archiveStorageClass;
    @Inject
    @ConfigProperty(name = "cc.s3.endpoint")
    Optional<String> s3Endpoint;
    @Inject
    @ConfigProperty(name = "cc.s3.region", defaultValue = "us-east-1")
    String s3Region;
    @Inject
    @ConfigProperty(name = "cc.s3.access-key")
    Optional<String> s3AccessKey;
    @Inject
    @ConfigProperty(name = "cc.s3.secret-key")
    Optional<String> s3SecretKey;
    @Inject
    @ConfigProperty(name = "cc.s3.path-style", defaultValue = "true")
    boolean s3PathStyle;
    @Inject
    @ConfigProperty(name = "cc.s3.timeout-seconds", defaultValue = "30")
    int s3TimeoutSeconds;

    private ObjectStore primary;
    private ObjectStore archive;

    @PostConstruct
    void open() {
        primary = store("cc.recordings.store", primaryLocation, null);
        archive = store("cc.recordings.archive-store", archiveLocation, archiveStorageClass.orElse(null));
        if (primary.describe().equals(archive.describe())) {
            throw new IllegalStateException("cc.recordings.store and cc.recordings.archive-store must differ: " + primary.describe());
        }
        LOG.info("Recordings kept in " + primary.describe() + ", archived to " + archive.describe());
    }

    @PreDestroy
    void close() {
        primary.close();
        archive.close();
    }

    public ObjectStore primary() {
        return primary;
    }

    public ObjectStore archive() {
        return archive;
    }

    /** The store a location belongs to; empty when it is neither's (the configuration changed since). */
    public Optional<ObjectStore> of(String location) {
        return primary.owns(location) ? Optional.of(primary) : archive.owns(location) ? Optional.of(archive) : Optional.empty();
    }

    private ObjectStore store(String key, String location, String storageClass) {
        String value = location.trim();
        if (value.startsWith("s3://")) {
            URI endpoint = s3Endpoint.filter(s -> !s.isBlank()).map(URI::create).orElse(null);
            String access = s3AccessKey.orElseThrow(() -> new IllegalStateException(key + " is a bucket: set cc.s3.access-key and cc.s3.secret-key"));
            String secret = s3SecretKey.orElseThrow(() -> new IllegalStateException(key + " is a bucket: set cc.s3.secret-key"));
            return new S3Store(URI.create(value), new S3Store.Connection(endpoint, s3Region, access, secret, s3PathStyle,
                    Duration.ofSeconds(s3TimeoutSeconds)), storageClass);
        }
        Path dir = value.startsWith("file:") ? Path.of(URI.create(value)) : Path.of(value);
        return new DirectoryStore(dir);
    }
}
