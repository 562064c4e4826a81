package org.contactcenter.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asterisk's Manager Interface as Asterisk 20 speaks it, on loopback: the banner {@code Asterisk Call Manager/9.0.0},
 * actions as {@code Key: value} lines ended by an empty line, {@code Challenge} (MD5) and {@code Login} (a wrong key:
 * {@code Response: Error}, {@code Message: Authentication failed}, and the connection closed, as Asterisk does),
 * {@code FullyBooted} after a login, {@code CoreSettings}, {@code Command} ({@code core show version}), {@code Originate}
 * ({@code Originate successfully queued}; to a channel in {@link #unanswered} then an {@code OriginateResponse} event
 * with {@code Response: Failure}, {@code Reason: 3}, as when a phone rings out), {@code Redirect}, {@code Setvar},
 * {@code Bridge}, {@code Hangup}, {@code Ping},
 * {@code Logoff} ({@code Response: Goodbye}); anything else {@code Response: Error}. It records every action; it can
 * refuse logins, drop its connections, stop and start again on the same port.
 */
final class AmiSimulator implements AutoCloseable {
    final int port;
    final String secret;
    final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
    /** each action's lines, header names in lower case as AMI reads them (a header given several times, such as Variable, each time) */
    final List<List<String>> raw = new CopyOnWriteArrayList<>();
    /** The channels Asterisk has up, as its Status action reports them: what a test puts here. */
    final List<LiveChannel> channels = new CopyOnWriteArrayList<>();

    /** A channel up in Asterisk: where it is in the dialplan and its variables. */
    record LiveChannel(String name, String context, String exten, String application, Map<String, String> variables) {
    }
    volatile boolean refuseLogins;
    /** phones (dial strings) that ring but are never answered */
    final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    private AmiSimulator(int port, String secret) {
        this.port = port;
        this.secret = secret;
    }

    static AmiSimulator start(String secret) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        AmiSimulator ami = new AmiSimulator(port, secret);
        ami.listen();
        return ami;
    }

    /** Listens (again) on its port. */
    synchronized void listen() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread acceptor = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket c = s.accept();
                    open.add(c);
                    Thread session = new Thread(() -> serve(c), "ami-sim-session");
                    session.setDaemon(true);
                    session.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "ami-sim-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Drops every connection, as a restarting Asterisk or a broken network would. */
    void dropConnections() {
        for (Socket c : open) {
            try {
                c.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        open.clear();
    }

    /** Stops listening and drops the connections (Asterisk down). */
    synchronized void stop() throws IOException {
        server.close();
        dropConnections();
    }

    /** The last action of that name whose lines include every one of {@code lines} (lower-case header names), or null. */
    List<String> last(String action, String... lines) {
        List<String> found = null;
        for (List<String> r : raw) {
            if (r.contains("action: " + action) && r.containsAll(List.of(lines))) {
                found = r;
            }
        }
        return found;
    }

    long logins() {
        return actions.stream().filter(a -> "Login".equalsIgnoreCase(a.get("action"))).count();
    }

    private void serve(Socket c) {
        String challenge = String.valueOf(100_000_000 + (long) (Math.random() * 800_000_000));
        try (c; BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = c.getOutputStream();
            out.write("Asterisk Call Manager/9.0.0\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            boolean loggedIn = false;
            while (true) {
                Map<String, String> action = new LinkedHashMap<>();
                List<String> lines = new java.util.ArrayList<>();
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    int colon = line.indexOf(':');
                    lines.add(colon > 0 ? line.substring(0, colon).trim().toLowerCase() + ": " + line.substring(colon + 1).trim() : line);
                    if (colon > 0) {
                        action.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
                    }
                }
                if (line == null) {
                    return;
                }
                if (action.isEmpty()) {
                    continue;
                }
                actions.add(action);
                raw.add(lines);
                String id = action.getOrDefault("actionid", "");
                String name = action.getOrDefault("action", "");
                String head = "ActionID: " + id + "\r\n";
                switch (name.toLowerCase()) {
                    case "challenge" -> send(out, "Response: Success\r\n" + head + "Challenge: " + challenge + "\r\n\r\n");
                    case "login" -> {
                        String key = action.get("key");
                        boolean ok = !refuseLogins && (key != null ? key.equalsIgnoreCase(md5(challenge + secret)) : secret.equals(action.get("secret")));
                        if (!ok) {
                            send(out, "Response: Error\r\n" + head + "Message: Authentication failed\r\n\r\n");
                            return; // Asterisk closes the connection after a failed login
                        }
                        loggedIn = true;
                        send(out, "Response: Success\r\n" + head + "Message: Authentication accepted\r\n\r\n"
                                + "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 12\r\nLastReload: 12\r\nStatus: Fully Booted\r\n\r\n");
                    }
                    case "logoff" -> {
                        send(out, "Response: Goodbye\r\n" + head + "Message: Thanks for all the fish.\r\n\r\n");
                        return;
                    }
                    case "coresettings" -> send(out, loggedIn ? "Response: Success\r\n" + head + "AMIversion: 9.0.0\r\nAsteriskVersion: 20.5.0\r\n"
                            + "SystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\nCoreRunUser: asterisk\r\nCoreRunGroup: asterisk\r\n"
                            + "CoreMaxFilehandles: 0\r\nCoreRealTimeEnabled: No\r\nCoreCDRenabled: Yes\r\nCoreHTTPenabled: No\r\n\r\n" : denied(head));
                    case "command" -> send(out, loggedIn ? "Response: Success\r\n" + head
                            + "Output: Asterisk 20.5.0 built by root @ pbx on a x86_64 running Linux on 2023-10-01 00:00:00 UTC\r\n\r\n" : denied(head));
                    case "originate" -> {
                        send(out, loggedIn ? "Response: Success\r\n" + head + "Message: Originate successfully queued\r\n\r\n" : denied(head));
                        if (loggedIn && unanswered.contains(action.get("channel"))) {
                            send(out, "Event: OriginateResponse\r\nPrivilege: call,all\r\n" + head + "Response: Failure\r\nChannel: " + action.get("channel")
                                    + "\r\nContext: " + action.getOrDefault("context", "") + "\r\nExten: " + action.getOrDefault("exten", "")
                                    + "\r\nApplication: \r\nData: \r\nReason: 3\r\nUniqueid: <null>\r\nCallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\n\r\n");
                        }
                    }
                    case "redirect" -> send(out, loggedIn ? "Response: Success\r\n" + head + "Message: Redirect successful\r\n\r\n" : denied(head));
                    case "setvar" -> send(out, loggedIn ? "Response: Success\r\n" + head + "Message: Variable Set\r\n\r\n" : denied(head));
                    case "bridge" -> send(out, loggedIn ? "Response: Success\r\n" + head + "Message: Channels have been bridged\r\n\r\n" : denied(head));
                    case "hangup" -> send(out, loggedIn ? "Response: Success\r\n" + head + "Message: Channel Hungup\r\n\r\n" : denied(head));
                    case "status" -> send(out, loggedIn ? status(head, action.getOrDefault("variables", "")) : denied(head));
                    case "ping" -> send(out, "Response: Success\r\n" + head + "Ping: Pong\r\nTimestamp: 1764720000.000000\r\n\r\n");
                    default -> send(out, "Response: Error\r\n" + head + "Message: Invalid/unknown command\r\n\r\n");
                }
            }
        } catch (IOException e) {
            // the center or the test closed the connection
        } finally {
            open.remove(c);
        }
    }

    /** As Asterisk 20's manager answers Status: the list's start, an Event: Status per channel (its asked-for variables as "Variable: NAME=value"), StatusComplete. */
    private String status(String head, String variables) {
        StringBuilder b = new StringBuilder("Response: Success\r\n" + head + "EventList: start\r\nMessage: Channel status will follow\r\n\r\n");
        int n = 0;
        for (LiveChannel c : channels) {
            n++;
            b.append("Event: Status\r\nPrivilege: Call\r\n").append(head).append("Channel: ").append(c.name())
                    .append("\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\n")
                    .append("ConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: en\r\nAccountCode: \r\nContext: ").append(c.context())
                    .append("\r\nExten: ").append(c.exten()).append("\r\nPriority: 1\r\nUniqueid: 1764720000.").append(n).append("\r\nLinkedid: 1764720000.")
                    .append(n).append("\r\nType: PJSIP\r\nDNID: \r\nEffectiveConnectedLineNum: <unknown>\r\nEffectiveConnectedLineName: <unknown>\r\n")
                    .append("TimeToHangup: 0\r\nBridgeID: \r\nApplication: ").append(c.application()).append("\r\nData: \r\nNativeformats: (ulaw)\r\n")
                    .append("Readformat: ulaw\r\nReadtrans: \r\nWriteformat: ulaw\r\nWritetrans: \r\nCallgroup: 0\r\nPickupgroup: 0\r\nSeconds: 42\r\n");
            for (String v : variables.split(",")) {
                String name = v.trim();
                if (!name.isEmpty() && c.variables().containsKey(name)) {
                    b.append("Variable: ").append(name).append('=').append(c.variables().get(name)).append("\r\n");
                }
            }
            b.append("\r\n");
        }
        return b.append("Event: StatusComplete\r\n").append(head).append("EventList: Complete\r\nListItems: ").append(n).append("\r\nItems: ").append(n)
                .append("\r\n\r\n").toString();
    }

    private static String denied(String head) {
        return "Response: Error\r\n" + head + "Message: Permission denied\r\n\r\n";
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
