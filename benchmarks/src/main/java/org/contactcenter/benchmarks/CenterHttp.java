package org.contactcenter.benchmarks;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The load drivers' REST calls to the center under test: set-up POSTs, ids by name, the server's heap. */
final class CenterHttp {
    private static final Pattern HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.Ee+]+)");

    private final String base;
    private final HttpClient http;
    private final String adminAuth;

    CenterHttp(String base, HttpClient http, String adminAuth) {
        this.base = base;
        this.http = http;
        this.adminAuth = adminAuth;
    }

    /** The center's base URL without a trailing slash; refused unless it is this machine (the drivers talk to 127.0.0.1 only). */
    static String loopbackBase(String base) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (!URI.create(trimmed).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("the driver only talks to this machine (127.0.0.1)");
        }
        return trimmed;
    }

    /** POSTs JSON (with {@code auth}, or anonymously when null); anything but 2xx is an error. */
    JsonObject post(String path, String body, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The id of the thing of {@code collection} called {@code name}. */
    String idOf(String collection, String name) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/" + collection)).header("Authorization", adminAuth).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(o -> name.equals(o.getString("name"))).findFirst().orElseThrow().getString("id");
    }

    /** The server's used heap (MicroProfile Metrics, memory_usedHeap_bytes; /metrics needs an admin), or -1. */
    long heap() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("Accept", "text/plain")
                    .header("Authorization", adminAuth).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = HEAP.matcher(r.body());
            return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
