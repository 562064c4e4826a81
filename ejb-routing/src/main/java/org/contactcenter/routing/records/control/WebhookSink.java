package org.contactcenter.routing.records.control;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Records POSTed to an HTTP endpoint as a JSON array (content type {@code application/json}), in order, one request
 * per delivery; any 2xx answer takes them. With an {@code Authorization} header value if configured (never logged).
 */
public final class WebhookSink implements RecordSink {
    private final URI url;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient client;

    public WebhookSink(URI url, String authorization, Duration timeout) {
        this.url = url;
        this.authorization = authorization;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void deliver(List<Outgoing> records) throws Exception {
        StringBuilder body = new StringBuilder(records.size() * 1024 + 2).append('[');
        for (int i = 0; i < records.size(); i++) {
            body.append(i == 0 ? "" : ",").append(records.get(i).payload());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString()));
        if (authorization != null && !authorization.isBlank()) {
            request.header("Authorization", authorization);
        }
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new java.io.IOException("the webhook answered " + response.statusCode());
        }
    }

    @Override
    public void close() {
        // the client keeps no connection that needs closing
    }
}
