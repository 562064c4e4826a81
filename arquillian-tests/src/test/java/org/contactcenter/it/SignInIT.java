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

    private static Answer from(Api api, String address, String path) {
        return api.send(api.request(path).setHeader("X-Test-Client", address).GET());
    }
}
