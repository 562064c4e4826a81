package org.contactcenter.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    static final long WINDOW = 15 * 60_000L;

    @Test
    void wrongPasswordsBackOffDoublingAndCappedAndARightOneClearsThePair() {
        SignInThrottle throttle = new SignInThrottle(5, 30, 100, WINDOW, 1, 900);
        long now = 1_000_000;
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.9", now);
        }
        assertEquals(0, throttle.retryAfter("alice", "10.0.0.9", now), "four wrong passwords: no wait yet");
        throttle.failed("alice", "10.0.0.9", now);
        assertEquals(1, throttle.retryAfter("alice", "10.0.0.9", now), "the fifth: 1 s");
        throttle.failed("alice", "10.0.0.9", now += 1_000);
        assertEquals(2, throttle.retryAfter("alice", "10.0.0.9", now), "then 2 s");
        for (int i = 0; i < 20; i++) {
            throttle.failed("alice", "10.0.0.9", now);
        }
        assertEquals(900, throttle.retryAfter("alice", "10.0.0.9", now), "capped: never a permanent lock");
        assertEquals(0, throttle.retryAfter("alice", "10.0.0.9", now + 900_000), "over once the back-off has passed");
        assertEquals(0, throttle.retryAfter("alice", "192.168.1.5", now), "alice from her own desk is not locked out by the guesser");
        throttle.succeeded("alice", "10.0.0.9");
        assertEquals(0, throttle.retryAfter("alice", "10.0.0.9", now), "a right password clears the pair");
    }

    @Test
    void oneAddressGuessingManyUsersAndManyAddressesGuessingOneUserAreSlowedToo() {
        SignInThrottle throttle = new SignInThrottle(5, 30, 100, WINDOW, 1, 900);
        long now = 5_000_000;
        for (int i = 0; i < 30; i++) {
            throttle.failed("user-" + i, "10.0.0.66", now);
        }
        assertTrue(throttle.retryAfter("someone-else", "10.0.0.66", now) > 0, "credential stuffing from one address");
        for (int i = 0; i < 120; i++) {
            throttle.failed("bob", "172.16.0." + i, now);
        }
        long wait = throttle.retryAfter("bob", "192.168.1.7", now);
        assertTrue(wait > 0 && wait <= 60, "a distributed guess slows bob's sign-in by a minute at most: " + wait);
        assertEquals(0, throttle.retryAfter("bob", "192.168.1.7", now + WINDOW), "the window passes");
    }

    @Test
    void verifiedCredentialsAreKeptForTheirTimeAndForgottenOnAnyUserChange() {
        VerifiedCredentials verified = new VerifiedCredentials(300_000);
        verified.verified("alice", "agent-pass", Set.of("AGENT"), 0);
        assertEquals(Set.of("AGENT"), verified.groups("alice", "agent-pass", 299_000));
        assertNull(verified.groups("alice", "agent-pasS", 1), "another password is not verified");
        assertNull(verified.groups("alice", "agent-pass", 300_001), "expired");
        verified.verified("alice", "agent-pass", Set.of("AGENT"), 0);
        verified.clear();
        assertNull(verified.groups("alice", "agent-pass", 1));
    }

    @Test
    void basicHeadersAreReadStrictly() {
        assertEquals("alice", BasicSignIn.credentials("Basic YWxpY2U6YWdlbnQtcGFzcw==")[0]);
        assertEquals("pa:ss", BasicSignIn.credentials("basic " + java.util.Base64.getEncoder().encodeToString("u:pa:ss".getBytes()))[1]);
        assertNull(BasicSignIn.credentials("Basic !!!"));
        assertNull(BasicSignIn.credentials("Bearer abc"));
        assertNull(BasicSignIn.credentials("Basic " + java.util.Base64.getEncoder().encodeToString(":nouser".getBytes())));
    }
}
