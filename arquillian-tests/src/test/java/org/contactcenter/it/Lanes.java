package org.contactcenter.it;

/**
 * The suite runs in two lanes (JUnit's parallel classes, two at a time; {@code -Dcc.test.parallel=false} runs one class
 * at a time): the classes of the shared center one after another — they share its state, its agents' sockets and its
 * timers — and beside them the classes that start servers of their own, one after another (a Payara Micro start is
 * most of their time, and it waits on I/O as much as on the CPU). Each class names its lane with {@code @ResourceLock}.
 */
final class Lanes {
    static final String SHARED_CENTER = "shared-center";
    static final String OWN_SERVERS = "own-servers";

    private Lanes() {
    }
}
