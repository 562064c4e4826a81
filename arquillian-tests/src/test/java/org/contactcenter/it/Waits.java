package org.contactcenter.it;

import java.time.Duration;

/**
 * Every wait of the black-box tests in one place, so that a slow or busy machine makes the suite slower, not red.
 * Awaitility returns as soon as a condition holds, so generous limits cost time only when something is wrong.
 * <ul>
 * <li>{@code cc.test.startup-timeout-seconds} (900): how long a Payara Micro or Payara Server may take to become
 * ready (health UP);</li>
 * <li>{@code cc.test.wait-factor} (3): multiplies every other wait of the tests (a socket frame, a timer that must
 * fire, an HTTP answer).</li>
 * </ul>
 * Both are failsafe system properties: {@code mvn verify -Dcc.test.wait-factor=10}.
 */
final class Waits {
    private static final double FACTOR = Double.parseDouble(System.getProperty("cc.test.wait-factor", "3"));
    private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("cc.test.startup-timeout-seconds", 900));

    private Waits() {
    }

    /** A wait that takes about {@code seconds} on a quiet machine, scaled by {@code cc.test.wait-factor}. */
    static Duration seconds(long seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000 * FACTOR));
    }

    /** How long a server may take to start. */
    static Duration startup() {
        return STARTUP;
    }
}
