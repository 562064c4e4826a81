package org.contactcenter.it;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;

/**
 * A Java agent for the servers the tests start ({@code -javaagent:parent-watch.jar}): the test JVM holds the
 * server's standard input open, so when the test JVM ends in any way — normally, on a timeout, killed by failsafe or
 * by {@code kill -9} — the server reads end-of-file and halts at once. No server outlives the test run that started
 * it. Maven packs it as {@code target/*-parent-watch.jar}
 * (arquillian-tests/pom.xml).
 */
public final class ParentWatch {
    private ParentWatch() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        InputStream in = System.in;
        Thread watch = new Thread(() -> {
            try {
                while (in.read() != -1) {
                    // nothing is ever sent; a byte is ignored
                }
            } catch (IOException closed) {
                // the pipe is gone: the same as end-of-file
            }
            System.err.println("ParentWatch: the test JVM that started this server is gone; halting");
            Runtime.getRuntime().halt(143);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
