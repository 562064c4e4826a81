package org.contactcenter.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One contact center per test run (tier), shared by every black-box test class of that run: started by the first
 * test that asks, on the run's database (an H2 file in {@code target/h2}, the PostgreSQL test cluster's {@code cc}),
 * with the run's rules directory, and stopped when the test JVM exits. Every test class creates its own uniquely
 * named data, so sharing one server needs no ordering. A class registers this extension
 * ({@code @ExtendWith(SharedCenter.class)}) to have the server's log pointed to when one of its tests fails.
 */
final class SharedCenter implements TestWatcher {
    private static MicroProcess center;

    /** The tier's center, started on first use. */
    static synchronized MicroProcess get() {
        if (center == null) {
            List<String> properties = new ArrayList<>();
            properties.add("-Dcc.db.url=" + System.getProperty("cc.test.db-url"));
            properties.add("-Dcc.rules.directory=" + System.getProperty("cc.rules.directory"));
            properties.add("-Dcc.recordings.scan-seconds=1");
            try {
                center = MicroProcess.start("center", properties);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start the shared center", e);
            }
        }
        return center;
    }

    /** The tier's center's root URL, {@code http://127.0.0.1:PORT/}. */
    static java.net.URL url() {
        try {
            return java.net.URI.create(get().root()).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        MicroProcess running;
        synchronized (SharedCenter.class) {
            running = center;
        }
        Optional.ofNullable(running).ifPresent(c -> System.err.println(context.getDisplayName() + " failed; the center's log is "
                + c.log + ", ending with:\n" + MicroProcess.tail(c.log, 30)));
    }
}
