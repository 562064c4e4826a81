package org.contactcenter.ivr.agi.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The FastAGI front door against what Asterisk sends and what hostile or broken clients send instead. */
class AgiGateTest {
    static final String HEADER = "agi_network: yes\nagi_network_script: inbound\nagi_request: agi://127.0.0.1/inbound\n"
            + "agi_channel: PJSIP/trunk-00000001\nagi_calleridname: 山田花子\nagi_dnid: 81312340000\n\n";
    final List<AgiGate.Session> sessions = new CopyOnWriteArrayList<>();
    AgiGate gate;
    Thread thread;
    int port;

    @BeforeEach
    void start() throws IOException {
        gate = new AgiGate(AgiAddresses.parse("127.0.0.1"), Duration.ofSeconds(1), 100, sessions::add, Clock.systemUTC());
        gate.bind(InetAddress.getLoopbackAddress(), 0);
        port = gate.port();
        thread = new Thread(gate::run, "gate");
        thread.start();
    }

    @AfterEach
    void stop() throws Exception {
        gate.close();
        thread.join(5000);
        for (AgiGate.Session s : sessions) {
            s.channel().close();
        }
    }

    @Test
    void asterisksHeaderBlockIsHandedOverWholeWithWhatFollowedIt() throws Exception {
        try (Socket asterisk = connect()) {
            // sent in pieces and with CRLF on one line, then a HANGUP right behind the header (Asterisk can do that)
            write(asterisk, HEADER.substring(0, 30));
            write(asterisk, HEADER.substring(30).replace("agi_dnid: 81312340000\n", "agi_dnid: 81312340000\r\n") + "HANGUP\n");
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions.size() == 1);
            AgiGate.Session s = sessions.get(0);
            assertEquals(6, s.header().size());
            assertEquals("agi_calleridname: 山田花子", s.header().get(4));
            assertEquals("agi_dnid: 81312340000", s.header().get(5));
            assertArrayEquals("HANGUP\n".getBytes(StandardCharsets.US_ASCII), s.rest());
            AgiConnection connection = new AgiConnection(s, 5000);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lines.add(connection.readLine());
            }
            assertEquals("", lines.get(6), "the empty line that ended the header");
            assertEquals("HANGUP", lines.get(7));
        }
    }

    @Test
    void whatIsNotAnAgiHeaderIsClosedAndNothingIsHandedOver() throws Exception {
        assertClosed("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertClosed("\r\n\r\n\r\n");
        assertClosed("agi_network: yes\n\n"); // no request
        assertClosed("\u0000\u0001\u0002\n");
        assertClosed("agi_x: " + "y".repeat(AgiGate.MAX_HEADER_BYTES) + "\n");
        assertEquals(0, sessions.size());
    }

    @Test
    void idleAndSlowClientsAreClosedAfterTheTimeoutAndNeverDelayARealCall() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = connect();
                if (i % 2 == 0) {
                    write(s, "agi_network: yes\n"); // a header that never ends
                }
                idle.add(s);
            }
            try (Socket asterisk = connect()) {
                write(asterisk, HEADER);
                await("the real call, past 50 idle connections").atMost(Duration.ofSeconds(2)).until(() -> sessions.size() == 1);
            }
            for (Socket s : idle) {
                s.setSoTimeout(5000);
                assertEquals(-1, s.getInputStream().read(), "closed after the header timeout");
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    void onlyThePbxAddressesMayConnect() throws Exception {
        try (Socket stranger = new Socket()) {
            stranger.bind(new InetSocketAddress("127.0.0.2", 0)); // loopback too, but not the configured PBX address
            stranger.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            stranger.setSoTimeout(5000);
            write(stranger, HEADER);
            assertEquals(-1, read(stranger.getInputStream()), "refused at once");
        }
        assertEquals(0, sessions.size());
    }

    @Test
    void addressesAndBlocks() {
        AgiAddresses a = AgiAddresses.parse("10.1.0.0/16, 192.168.5.7, ::1, fd00::/8");
        assertTrue(a.allows(address("10.1.200.3")));
        assertTrue(!a.allows(address("10.2.0.1")));
        assertTrue(a.allows(address("192.168.5.7")));
        assertTrue(!a.allows(address("192.168.5.8")));
        assertTrue(a.allows(address("::1")));
        assertTrue(a.allows(address("fd12::5")));
        assertTrue(!a.allows(address("fe80::1")));
        assertTrue(AgiAddresses.parse("*").allows(address("203.0.113.9")));
        assertEquals("cc.agi.allowed-addresses: pbx.example.com is not an IP address or CIDR block (names are not resolved)",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AgiAddresses.parse("pbx.example.com")).getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AgiAddresses.parse("10.0.0.0/33"));
    }

    private void assertClosed(String sent) throws IOException {
        try (Socket s = connect()) {
            s.setSoTimeout(5000);
            try {
                write(s, sent);
            } catch (IOException closedWhileWriting) {
                return;
            }
            assertEquals(-1, read(s.getInputStream()), "closed: " + sent.substring(0, Math.min(20, sent.length())));
        }
    }

    private static int read(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (java.net.SocketException reset) {
            return -1; // closed with unread data: a reset
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static InetAddress address(String a) {
        try {
            return InetAddress.getByName(a);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
