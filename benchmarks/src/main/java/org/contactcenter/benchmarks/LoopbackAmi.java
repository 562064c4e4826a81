package org.contactcenter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Asterisk's manager interface as far as the center uses it under load, on 127.0.0.1: the banner, Challenge and Login
 * (any key), the version questions asterisk-java asks, Success for every other action. Each Originate is handed to
 * {@code originated} (its fields, lower-case keys; its {@code Variable:} lines as one map) with the time it arrived.
 */
final class LoopbackAmi implements AutoCloseable {
    private final ServerSocket server;
    private final BiConsumer<Map<String, String>, Map<String, String>> originated;
    private volatile boolean closed;

    LoopbackAmi(int port, BiConsumer<Map<String, String>, Map<String, String>> originated) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.originated = originated;
        Thread t = new Thread(this::accept, "loopback-ami");
        t.setDaemon(true);
        t.start();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "loopback-ami-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = s.getOutputStream();
            send(out, "Asterisk Call Manager/9.0.0\r\n");
            Map<String, String> action = new HashMap<>();
            Map<String, String> variables = new HashMap<>();
            for (String line; (line = in.readLine()) != null;) {
                if (!line.isEmpty()) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        String key = line.substring(0, colon).trim().toLowerCase();
                        String value = line.substring(colon + 1).trim();
                        if (key.equals("variable") && value.indexOf('=') > 0) {
                            variables.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                        } else {
                            action.put(key, value);
                        }
                    }
                    continue;
                }
                if (action.isEmpty()) {
                    continue;
                }
                String head = "ActionID: " + action.getOrDefault("actionid", "") + "\r\n";
                switch (action.getOrDefault("action", "").toLowerCase()) {
                    case "challenge" -> send(out, "Response: Success\r\n" + head + "Challenge: 123456789\r\n\r\n");
                    case "login" -> send(out, "Response: Success\r\n" + head + "Message: Authentication accepted\r\n\r\n"
                            + "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n");
                    case "coresettings" -> send(out, "Response: Success\r\n" + head + "AMIversion: 9.0.0\r\nAsteriskVersion: 20.5.0\r\n\r\n");
                    case "command" -> send(out, "Response: Success\r\n" + head + "Output: Asterisk 20.5.0 built by load\r\n\r\n");
                    case "status" -> send(out, "Response: Success\r\n" + head + "EventList: start\r\nMessage: Channel status will follow\r\n\r\n"
                            + "Event: StatusComplete\r\n" + head + "EventList: Complete\r\nListItems: 0\r\nItems: 0\r\n\r\n");
                    case "originate" -> {
                        send(out, "Response: Success\r\n" + head + "Message: Originate successfully queued\r\n\r\n");
                        originated.accept(Map.copyOf(action), Map.copyOf(variables));
                    }
                    default -> send(out, "Response: Success\r\n" + head + "Message: done\r\n\r\n");
                }
                action.clear();
                variables.clear();
            }
        } catch (IOException e) {
            // the center went away
        }
    }

    private static synchronized void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
