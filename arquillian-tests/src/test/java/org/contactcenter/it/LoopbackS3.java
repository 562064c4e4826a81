package org.contactcenter.it;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gaul.s3proxy.S3Proxy;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * A real S3-compatible server in the test JVM on loopback: S3Proxy (org.gaul:s3proxy from Maven Central) serving the
 * S3 API, with AWS signatures checked, over a local directory (one sub-directory per bucket, one file per object).
 */
final class LoopbackS3 implements AutoCloseable {
    static final String ACCESS_KEY = "cc-test-access";

    final Path directory;
    final URI endpoint;
    final String secretKey;
    private final S3Proxy proxy;

    private LoopbackS3(Path directory, URI endpoint, String secretKey, S3Proxy proxy) {
        this.directory = directory;
        this.endpoint = endpoint;
        this.secretKey = secretKey;
        this.proxy = proxy;
    }

    /** Starts a server with the given buckets on a free loopback port. */
    static LoopbackS3 start(Path directory, String... buckets) throws Exception {
        Files.createDirectories(directory);
        FilesystemNio2BlobStore store = new FilesystemNio2BlobStore(directory.toString());
        for (String bucket : buckets) {
            store.createContainer(bucket);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        String secret = "s3-secret-" + java.util.UUID.randomUUID();
        S3Proxy proxy = S3Proxy.builder().blobStore(store).endpoint(endpoint).awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, secret)
                .build();
        proxy.start();
        org.awaitility.Awaitility.await("S3Proxy started").atMost(Waits.seconds(20)).until(() -> "STARTED".equals(proxy.getState()));
        return new LoopbackS3(directory, endpoint, secret, proxy);
    }

    /** The keys of a bucket's objects, listed through the S3 API as any client would. */
    List<String> keys(String bucket) {
        try (S3Client client = client()) {
            return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(o -> o.key()).sorted().toList();
        }
    }

    /** An object's bytes, read through the S3 API. */
    byte[] read(String bucket, String key) {
        try (S3Client client = client()) {
            return client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        }
    }

    private S3Client client() {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, secretKey))).build();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
