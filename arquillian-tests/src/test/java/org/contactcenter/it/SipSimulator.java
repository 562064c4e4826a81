package org.contactcenter.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Asterisk's PJSIP WebSocket transport as a browser softphone sees it (RFC 7118, SIP over WebSocket, subprotocol
 * {@code sip}), on 127.0.0.1: REGISTER is challenged with HTTP Digest (RFC 3261/2617, MD5, qop=auth) and accepted
 * only with the password of the endpoint's {@code pjsip.conf} auth section; {@link #ring} sends an INVITE with a
 * WebRTC SDP offer as Asterisk does when the center Originates the agent's endpoint, ACKs the 200 OK and answers a
 * BYE. Every message received is kept in {@link #received}.
 */
final class SipSimulator implements AutoCloseable {
    private static final String REALM = "asterisk";
    final int port;
    final Map<String, String> passwords = new ConcurrentHashMap<>();
    final Map<String, Connection> registered = new ConcurrentHashMap<>();
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final ServerSocket server;
    private final String nonce = UUID.randomUUID().toString().replace("-", "");

    private SipSimulator(ServerSocket server) {
        this.server = server;
        this.port = server.getLocalPort();
        Thread accept = new Thread(this::accept, "sip-simulator");
        accept.setDaemon(true);
        accept.start();
    }

    static SipSimulator start(int port) throws IOException {
        return new SipSimulator(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
    }

    /** The auth sections of a pjsip.conf: each {@code username=} with the {@code password=} after it. */
    void passwordsFrom(String pjsipConf) {
        String user = null;
        for (String line : pjsipConf.split("\n")) {
            if (line.startsWith("username=")) {
                user = line.substring(9).trim();
            } else if (line.startsWith("password=") && user != null) {
                passwords.put(user, line.substring(9).trim());
            }
        }
    }

    /** An incoming call to a registered endpoint, as Asterisk sends it: INVITE with an SDP offer. Its Call-ID. */
    String ring(String endpoint) throws IOException {
        Connection c = registered.get(endpoint);
        String callId = UUID.randomUUID().toString();
        String sdp = String.join("\r\n", "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=Asterisk", "c=IN IP4 127.0.0.1", "t=0 0",
                "a=group:BUNDLE 0", "m=audio 10000 UDP/TLS/RTP/SAVPF 111 0", "a=mid:0", "a=rtpmap:111 opus/48000/2", "a=rtpmap:0 PCMU/8000",
                "a=ice-ufrag:asteriskUfrag", "a=ice-pwd:asteriskIcePasswordOf24chars", "a=fingerprint:sha-256 "
                        + String.join(":", HexFormat.of().withUpperCase().formatHex(new byte[32]).split("(?<=\\G..)")),
                "a=setup:actpass", "a=rtcp-mux", "a=sendrecv", "a=candidate:1 1 udp 2130706431 127.0.0.1 10000 typ host", "") + "\r\n";
        c.send("INVITE sip:" + endpoint + "@127.0.0.1:" + port + ";transport=ws SIP/2.0\r\n"
                + "Via: SIP/2.0/WS 127.0.0.1:" + port + ";rport;branch=z9hG4bK" + UUID.randomUUID().toString().replace("-", "") + "\r\n"
                + "From: \"Contact center\" <sip:asterisk@127.0.0.1>;tag=ast" + callId.substring(0, 8) + "\r\n"
                + "To: <sip:" + endpoint + "@127.0.0.1>\r\n"
                + "Call-ID: " + callId + "\r\nCSeq: 101 INVITE\r\nMax-Forwards: 70\r\n"
                + "Contact: <sip:asterisk@127.0.0.1:" + port + ";transport=ws>\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: " + sdp.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + sdp);
        return callId;
    }

    @Override
    public void close() throws IOException {
        server.close();
        registered.values().forEach(Connection::close);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> new Connection(socket).run(), "sip-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One browser's WebSocket. */
    final class Connection {
        private final Socket socket;
        private OutputStream out;

        Connection(Socket socket) {
            this.socket = socket;
        }

        void run() {
            try (socket) {
                socket.setSoTimeout(120_000);
                InputStream in = socket.getInputStream();
                out = socket.getOutputStream();
                String key = null;
                for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                    if (line.regionMatches(true, 0, "Sec-WebSocket-Key:", 0, 18)) {
                        key = line.substring(18).trim();
                    }
                }
                String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                        .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
                out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept
                        + "\r\nSec-WebSocket-Protocol: sip\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                DataInputStream frames = new DataInputStream(in);
                while (true) {
                    int b0 = frames.readUnsignedByte();
                    int b1 = frames.readUnsignedByte();
                    long length = b1 & 0x7f;
                    if (length == 126) {
                        length = frames.readUnsignedShort();
                    } else if (length == 127) {
                        length = frames.readLong();
                    }
                    byte[] mask = new byte[4];
                    if ((b1 & 0x80) != 0) {
                        frames.readFully(mask);
                    }
                    byte[] payload = new byte[(int) Math.min(length, 1 << 20)];
                    frames.readFully(payload);
                    for (int i = 0; i < payload.length; i++) {
                        payload[i] ^= mask[i % 4];
                    }
                    int opcode = b0 & 0x0f;
                    if (opcode == 8) {
                        return;
                    } else if (opcode == 1) {
                        handle(new String(payload, StandardCharsets.UTF_8));
                    }
                }
            } catch (Exception gone) {
                // the browser went away
            }
        }

        private void handle(String message) throws Exception {
            received.add(message);
            String[] parts = message.split("\r\n\r\n", 2);
            String[] lines = parts[0].split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(), k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
            String first = lines[0];
            if (first.startsWith("SIP/2.0 200") && first(headers, "cseq").endsWith("INVITE")) {
                String contact = first(headers, "contact").replaceAll(".*<([^>]+)>.*", "$1");
                send("ACK " + contact + " SIP/2.0\r\nVia: SIP/2.0/WS 127.0.0.1:" + port + ";branch=z9hG4bK" + UUID.randomUUID().toString().replace("-", "")
                        + "\r\nFrom: " + first(headers, "from") + "\r\nTo: " + first(headers, "to") + "\r\nCall-ID: " + first(headers, "call-id")
                        + "\r\nCSeq: 101 ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
                return;
            }
            if (first.startsWith("SIP/2.0")) {
                return; // 100 Trying, 180 Ringing, the answers to our BYE …
            }
            String method = first.substring(0, first.indexOf(' '));
            if (method.equals("REGISTER")) {
                String user = first(headers, "to").replaceAll(".*sip:([^@>;]+)@.*", "$1");
                String authorization = first(headers, "authorization");
                if (authorization.isEmpty() || !validDigest(authorization, "REGISTER", user)) {
                    respond(headers, "401 Unauthorized", "WWW-Authenticate: Digest realm=\"" + REALM + "\", nonce=\"" + nonce + "\", algorithm=MD5, qop=\"auth\"\r\n");
                    return;
                }
                registered.put(user, this);
                respond(headers, "200 OK", "Contact: " + first(headers, "contact") + ";expires=600\r\nExpires: 600\r\n");
            } else if (method.equals("BYE") || method.equals("OPTIONS")) {
                respond(headers, "200 OK", "");
            } else if (!method.equals("ACK")) {
                respond(headers, "405 Method Not Allowed", "");
            }
        }

        private boolean validDigest(String header, String method, String user) throws Exception {
            Map<String, String> p = new LinkedHashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))").matcher(header.substring(header.indexOf(' ') + 1));
            while (m.find()) {
                p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            }
            String password = passwords.get(user);
            if (password == null || !user.equals(p.get("username"))) {
                return false;
            }
            String ha1 = md5(user + ":" + REALM + ":" + password);
            String ha2 = md5(method + ":" + p.get("uri"));
            String expected = p.containsKey("qop") ? md5(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":" + p.get("qop") + ":" + ha2)
                    : md5(ha1 + ":" + nonce + ":" + ha2);
            return expected.equals(p.get("response"));
        }

        private void respond(Map<String, List<String>> h, String status, String extra) throws IOException {
            StringBuilder r = new StringBuilder("SIP/2.0 ").append(status).append("\r\n");
            for (String via : h.getOrDefault("via", List.of())) {
                r.append("Via: ").append(via).append("\r\n");
            }
            String to = first(h, "to");
            r.append("From: ").append(first(h, "from")).append("\r\nTo: ").append(to.contains("tag=") ? to : to + ";tag=sim" + nonce.substring(0, 6))
                    .append("\r\nCall-ID: ").append(first(h, "call-id")).append("\r\nCSeq: ").append(first(h, "cseq")).append("\r\n")
                    .append(extra).append("Content-Length: 0\r\n\r\n");
            send(r.toString());
        }

        synchronized void send(String text) throws IOException {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x81);
            if (payload.length < 126) {
                frame.write(payload.length);
            } else {
                frame.write(126);
                frame.write(payload.length >> 8);
                frame.write(payload.length & 0xff);
            }
            frame.write(payload);
            out.write(frame.toByteArray());
            out.flush();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
