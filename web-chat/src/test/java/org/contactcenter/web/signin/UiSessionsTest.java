package org.contactcenter.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UiSessionsTest {
    final UiSessions sessions = new UiSessions(60_000, 3_600_000, 3);

    @Test
    void aSessionLivesWhileUsedAndEndsAfterItsIdleTime() {
        UiSessions.Created s = sessions.create("alice", "u-1", Set.of("AGENT"), 0);
        assertEquals("alice", sessions.touch(s.token(), 59_999).orElseThrow().username);
        assertTrue(sessions.touch(s.token(), 119_998).isPresent(), "each use restarts the idle clock");
        assertTrue(sessions.touch(s.token(), 179_998).isEmpty(), "idle for a minute: gone");
        assertTrue(sessions.touch(s.token(), 179_999).isEmpty(), "and stays gone");
    }

    @Test
    void aSessionEndsAfterItsMaximumAgeHoweverBusy() {
        UiSessions.Created s = sessions.create("alice", "u-1", Set.of("AGENT"), 0);
        for (long t = 50_000; t < 3_600_000; t += 50_000) {
            assertTrue(sessions.touch(s.token(), t).isPresent());
        }
        assertTrue(sessions.touch(s.token(), 3_600_000).isEmpty());
    }

    @Test
    void signOutAndAChangedUserEndSessions() {
        UiSessions.Created a = sessions.create("alice", "u-1", Set.of("AGENT"), 0);
        UiSessions.Created a2 = sessions.create("alice", "u-1", Set.of("AGENT"), 0);
        UiSessions.Created b = sessions.create("bob", "u-2", Set.of("AGENT"), 0);
        sessions.end(a.token());
        assertTrue(sessions.touch(a.token(), 1).isEmpty());
        assertTrue(sessions.touch(a2.token(), 1).isPresent());
        sessions.userChanged("u-1");
        assertTrue(sessions.touch(a2.token(), 2).isEmpty(), "a password or role change signs the user's browsers out");
        assertTrue(sessions.touch(b.token(), 2).isPresent());
    }

    @Test
    void tokensAreRandomUnguessableAndTheirCsrfTokensDiffer() {
        UiSessions.Created a = sessions.create("alice", "u-1", Set.of("AGENT"), 0);
        UiSessions.Created b = sessions.create("alice", "u-1", Set.of("AGENT"), 0);
        assertNotEquals(a.token(), b.token());
        assertNotEquals(a.session().csrfToken, b.session().csrfToken);
        assertNotEquals(a.token(), a.session().csrfToken);
        assertTrue(sessions.touch(a.token().substring(1) + "x", 1).isEmpty());
        assertTrue(sessions.touch(null, 1).isEmpty());
        assertTrue(sessions.touch("short", 1).isEmpty());
        assertTrue(UiSessions.same(a.session().csrfToken, a.session().csrfToken));
        assertFalse(UiSessions.same(a.session().csrfToken, b.session().csrfToken));
        assertFalse(UiSessions.same(a.session().csrfToken, null));
    }

    @Test
    void atTheLimitTheLongestIdleSessionMakesRoom() {
        UiSessions.Created first = sessions.create("a", "u-1", Set.of(), 0);
        UiSessions.Created second = sessions.create("b", "u-2", Set.of(), 10);
        UiSessions.Created third = sessions.create("c", "u-3", Set.of(), 20);
        sessions.touch(first.token(), 30);
        UiSessions.Created fourth = sessions.create("d", "u-4", Set.of(), 40);
        assertEquals(3, sessions.size());
        assertTrue(sessions.touch(second.token(), 41).isEmpty(), "the longest idle went");
        assertTrue(sessions.touch(first.token(), 41).isPresent() && sessions.touch(third.token(), 41).isPresent()
                && sessions.touch(fourth.token(), 41).isPresent());
    }
}
