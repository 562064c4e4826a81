package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in resists guessing: wrong passwords from one address back off (429 with Retry-After, the password not even
 * checked), the same user signs in from elsewhere, and /metrics counts the outcomes; the demo's published passwords
 * work only from this machine. The test servers start the
 * back-off at 60 s (cc.security.sign-in.first-backoff-seconds), so the lock outlasts a slow machine.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class SignInIT {
    final URL root = SharedCenter.url();

    @Test
    void wrongPasswordsFromOneAddressBackOffWithoutLockingTheUserOutElsewhere() {
        Api admin = Api.at(root.toString()).awaitReady().admin();
        String user = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.post("api/v1/users", ConfigurationApiIT.user(user, "right-pass-1", "SUPERVISOR").build()).status());
        Api api = Api.at(root.toString());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, from(api.as(user, "guess-" + i), "198.51.100.7", "api/v1/queues").status(), "wrong password " + i);
        }
        Answer locked = from(api.as(user, "right-pass-1"), "198.51.100.7", "api/v1/queues");
        assertEquals(429, locked.status(), "the guesser's address backs off, even with the right password: " + locked);
        assertTrue(Long.parseLong(locked.response().headers().firstValue("Retry-After").orElse("0")) > 0, locked.toString());
        assertTrue(locked.contentType().startsWith("application/problem+json"), locked.toString());
        assertEquals(200, from(api.as(user, "right-pass-1"), "203.0.113.9", "api/v1/queues").status(), "the user, from its own desk");

        Api supervisor = api.as("supervisor", "supervisor-pass");
        Answer metrics = supervisor.send(supervisor.request("/metrics").setHeader("Accept", "text/plain"));
        assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("cc_sign_in_total") && l.contains("outcome=\"throttled\"")), metrics.body());
        assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("cc_sign_in_total") && l.contains("outcome=\"failure\"")));
    }

    @Test
    void theDemosPublishedPasswordsSignInOnlyFromThisMachine() {
        Api api = Api.at(root.toString()).awaitReady();
        Answer remote = from(api.as("supervisor", "supervisor-pass"), "198.51.100.20", "api/v1/queues");
        assertEquals(403, remote.status(), "a published password from another machine: " + remote);
        assertTrue(remote.contentType().startsWith("application/problem+json") && remote.body().contains("published password"), remote.toString());
        assertEquals(401, from(api.as("supervisor", "wrong"), "198.51.100.20", "api/v1/queues").status(), "a wrong one is just wrong");
        assertEquals(200, from(api.as("supervisor", "supervisor-pass"), "127.0.0.1", "api/v1/queues").status(), "from this machine");
        assertEquals(200, from(api.as("supervisor", "supervisor-pass"), "::1", "api/v1/queues").status(), "from this machine, IPv6");
        String user = "changed-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = api.admin();
        assertEquals(201, admin.post("api/v1/users", ConfigurationApiIT.user(user, "agent-pass", "SUPERVISOR").build()).status());
        assertEquals(200, from(api.as(user, "agent-pass"), "198.51.100.20", "api/v1/queues").status(),
                "only the demo users' own published passwords are refused");
    }

    @Test
    void aBrowserSessionNeedsItsCsrfTokenToChangeAnythingAndItsOwnOriginForSockets() throws Exception {
        Api admin = Api.at(root.toString()).awaitReady().admin();
        String user = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        admin.created("users", ConfigurationApiIT.user(user, "agent-pass-9", "AGENT")
                .add("routingProfileId", admin.idOf("routing-profiles", "name", "Sales and Support")));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> signIn = (name, password) -> send(http, request("api/v1/session")
                .header("Content-Type", "application/json").header("X-Requested-With", "test")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}")));
        var wrong = signIn.apply(user, "nope");
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isEmpty(), "no Basic challenge: no password dialog in the browser");

        var signedIn = signIn.apply(user, "agent-pass-9");
        assertEquals(201, signedIn.statusCode(), signedIn.body());
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("cc_session=") && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = jakarta.json.Json.createReader(new java.io.StringReader(signedIn.body())).readObject().getString("csrfToken");
        assertTrue(signedIn.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));

        assertEquals(200, send(http, request("api/v1/agents/me").header("Cookie", cookie).GET()).statusCode(), "the cookie signs GETs in");
        var status = java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"Offline\"}");
        assertEquals(403, send(http, request("api/v1/agents/me/status").header("Cookie", cookie).header("Content-Type", "application/json").PUT(status)).statusCode(),
                "a change without the CSRF token is refused (a forged cross-site request)");
        assertEquals(403, send(http, request("api/v1/agents/me/status").header("Cookie", cookie).header("X-CSRF-Token", csrf + "x")
                .header("Content-Type", "application/json").PUT(status)).statusCode());
        assertEquals(200, send(http, request("api/v1/agents/me/status").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").PUT(status)).statusCode());

        java.net.URI socket = java.net.URI.create("ws://127.0.0.1:" + root.getPort() + "/ws/agent");
        var listener = new java.net.http.WebSocket.Listener() {
        };
        boolean foreign;
        try {
            var ws = http.newWebSocketBuilder().header("Cookie", cookie).header("Origin", "https://evil.example").buildAsync(socket, listener)
                    .get(20, java.util.concurrent.TimeUnit.SECONDS);
            ws.abort();
            foreign = false;
        } catch (java.util.concurrent.ExecutionException refused) {
            foreign = true;
        }
        assertTrue(foreign, "a socket opened from another site gets no session");
        http.newWebSocketBuilder().header("Cookie", cookie).header("Origin", "http://127.0.0.1:" + root.getPort()).buildAsync(socket, listener)
                .get(20, java.util.concurrent.TimeUnit.SECONDS).abort();

        var chat = send(http, request("api/v1/chats").header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"displayName\":\"A customer at an agent's browser\"}")));
        assertEquals(201, chat.statusCode(), "the widget works in a browser signed in to the workspace (its session is not used): " + chat.body());
        assertEquals(204, send(http, request("api/v1/session").header("Cookie", cookie).header("X-CSRF-Token", csrf).DELETE()).statusCode());
        assertEquals(401, send(http, request("api/v1/session").header("Cookie", cookie).header("X-Requested-With", "test").GET()).statusCode(),
                "signed out: the cookie is worth nothing");
    }

    private java.net.http.HttpRequest.Builder request(String path) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + path)).timeout(Waits.seconds(20));
    }

    private static java.net.http.HttpResponse<String> send(java.net.http.HttpClient http, java.net.http.HttpRequest.Builder request) {
        try {
            return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer from(Api api, String address, String path) {
        return api.send(api.request(path).setHeader("X-Test-Client", address).GET());
    }
}
