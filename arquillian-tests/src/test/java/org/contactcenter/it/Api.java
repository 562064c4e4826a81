package org.contactcenter.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/** A small REST client for the black-box tests: HTTP Basic, JSON bodies, answers parsed with Jakarta JSON-P. */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Waits.seconds(10)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The API of a server whose root URL (ending in '/') is given; the host is forced to 127.0.0.1. */
    public static Api at(String root) {
        URI uri = URI.create(root);
        return new Api(URI.create("http://127.0.0.1:" + uri.getPort() + uri.getPath()), null);
    }

    public Api as(String user, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Api anonymous() {
        return new Api(base, null);
    }

    public Api admin() {
        return as("admin", "admin-pass");
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** POSTs to /api/v1/COLLECTION and answers the created resource (201 expected). */
    public jakarta.json.JsonObject created(String collection, jakarta.json.JsonObjectBuilder body) {
        Answer answer = post("api/v1/" + collection, body.build());
        org.junit.jupiter.api.Assertions.assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }

    public Answer post(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    public Answer put(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Waits.seconds(30)).header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /**
     * Waits (at most 60 s) until the application answers an authenticated API call with JSON: right after a
     * deployment Grizzly has been seen to fail the very first request (an NPE in Method.valueOf).
     */
    public Api awaitReady() {
        org.awaitility.Awaitility.await("the API answers").atMost(Waits.seconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> {
                    Answer answer = admin().get("api/v1/agent-statuses");
                    return answer.status() == 200 && answer.contentType().startsWith("application/json");
                });
        return this;
    }

    /** The id of the element of a list resource with the given name (e.g. a demo queue). */
    public String idOf(String collection, String field, String value) {
        return admin().get("api/v1/" + collection).array().stream().map(JsonObject.class::cast)
                .filter(o -> value.equals(o.getString(field, null))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + collection + " with " + field + " " + value)).getString("id");
    }

    /** A response: status, content type and body. */
    public record Answer(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public java.util.Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String body() {
            return response.body();
        }

        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
