package org.contactcenter.routing.recordings.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in a bucket of S3-compatible storage (MinIO, Ceph RGW, S3Proxy, AWS S3): {@code s3://bucket/prefix/key}
 * locations. A PUT is atomic in S3 (the object appears whole or not at all). The client is the AWS SDK's with the
 * JDK's HTTP client, path-style addressing by default (what on-prem servers expect), checksums only where S3 requires
 * them (servers that do not know the newer trailing checksums still work), and an optional storage class for the
 * archive (e.g. GLACIER, or a Ceph placement's class). The secret key is never logged nor shown.
 */
public final class S3Store implements ObjectStore {
    /** How to reach the server: endpoint (null: AWS), region, keys, path-style addressing. */
    public record Connection(URI endpoint, String region, String accessKey, String secretKey, boolean pathStyle, Duration timeout) {
        @Override
        public String toString() {
            return "S3[" + (endpoint == null ? "aws" : endpoint) + ", " + region + ", key " + accessKey + "]";
        }
    }

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final String storageClass;
    private final String described;

    /** {@code s3://bucket} or {@code s3://bucket/prefix}. */
    public S3Store(URI location, Connection connection, String storageClass) {
        if (!"s3".equals(location.getScheme()) || location.getHost() == null) {
            throw new IllegalArgumentException("an S3 store is s3://bucket or s3://bucket/prefix, not " + location);
        }
        this.bucket = location.getHost();
        String path = location.getPath() == null ? "" : location.getPath().replaceAll("^/+|/+$", "");
        this.prefix = path.isEmpty() ? "" : path + "/";
        this.storageClass = storageClass == null || storageClass.isBlank() ? null : storageClass.trim();
        var builder = S3Client.builder()
                .region(Region.of(connection.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(connection.accessKey(), connection.secretKey())))
                .forcePathStyle(connection.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(connection.timeout()).socketTimeout(connection.timeout()));
        if (connection.endpoint() != null) {
            builder.endpointOverride(connection.endpoint());
        }
        this.client = builder.build();
        this.described = "s3://" + bucket + "/" + prefix + " at " + connection + (this.storageClass == null ? "" : ", class " + this.storageClass);
    }

    @Override
    public String location(String key) {
        return "s3://" + bucket + "/" + prefix + key;
    }

    @Override
    public String prefix() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public boolean owns(String location) {
        return location != null && location.startsWith(prefix());
    }

    @Override
    public String key(String location) throws IOException {
        return key0(location).substring(prefix.length());
    }

    @Override
    public String put(String key, Path source) throws IOException {
        return call(() -> {
            client.putObject(request(key, "application/octet-stream"), RequestBody.fromFile(source));
            return location(key);
        });
    }

    @Override
    public String put(String key, InputStream in, long length, String contentType) throws IOException {
        return call(() -> {
            client.putObject(request(key, contentType), RequestBody.fromInputStream(in, length));
            return location(key);
        });
    }

    @Override
    public String put(String key, byte[] bytes, String contentType) throws IOException {
        return call(() -> {
            client.putObject(request(key, contentType), RequestBody.fromBytes(bytes));
            return location(key);
        });
    }

    @Override
    public long size(String location) throws IOException {
        String key = key0(location);
        return call(() -> {
            try {
                return client.headObject(b -> b.bucket(bucket).key(key)).contentLength();
            } catch (NoSuchKeyException e) {
                return -1L;
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return -1L;
                }
                throw e;
            }
        });
    }

    @Override
    public InputStream open(String location, long offset, long length) throws IOException {
        String key = key0(location);
        return call(() -> {
            GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(bucket).key(key);
            if (offset > 0 || length >= 0) {
                get.range("bytes=" + offset + "-" + (length < 0 ? "" : String.valueOf(offset + length - 1)));
            }
            return client.getObject(get.build());
        });
    }

    @Override
    public void delete(String location) throws IOException {
        String key = key0(location);
        call(() -> client.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public String describe() {
        return described;
    }

    @Override
    public void close() {
        client.close();
    }

    private PutObjectRequest request(String key, String contentType) {
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(bucket).key(prefix + key).contentType(contentType);
        if (storageClass != null) {
            put.storageClass(storageClass);
        }
        return put.build();
    }

    /** The object's key in the bucket (with the prefix). */
    private String key0(String location) throws IOException {
        if (!owns(location)) {
            throw new java.nio.file.NoSuchFileException(location);
        }
        return location.substring(("s3://" + bucket + "/").length());
    }

    private interface Call<T> {
        T run();
    }

    /** SDK failures as I/O failures that name the bucket, never the keys' secret. */
    private <T> T call(Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (SdkException e) {
            throw new IOException("S3 " + bucket + ": " + e.getMessage(), e);
        }
    }
}
