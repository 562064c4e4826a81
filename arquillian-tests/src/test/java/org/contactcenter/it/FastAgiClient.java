package org.contactcenter.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays Asterisk's side of a FastAGI session: connects, sends the agi_* environment and a blank line, then
 * answers every command the script sends with "200 result=…" until the script hangs up or closes the socket.
 * Returns the commands it received, in order.
 */
public final class FastAgiClient {
    private FastAgiClient() {
    }

    public static List<String> call(int port, String script, String dnid, String callerId) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("agi_network", "yes");
        env.put("agi_network_script", script);
        env.put("agi_request", "agi://127.0.0.1:" + port + "/" + script);
        env.put("agi_channel", "PJSIP/trunk-00000001");
        env.put("agi_language", "en");
        env.put("agi_type", "PJSIP");
        env.put("agi_uniqueid", "1700000000." + System.nanoTime() % 100000);
        env.put("agi_version", "20.5.0");
        env.put("agi_callerid", callerId);
        env.put("agi_calleridname", "Customer");
        env.put("agi_callingpres", "0");
        env.put("agi_callingani2", "0");
        env.put("agi_callington", "0");
        env.put("agi_callingtns", "0");
        env.put("agi_dnid", dnid);
        env.put("agi_rdnis", "unknown");
        env.put("agi_context", "from-trunk");
        env.put("agi_extension", dnid);
        env.put("agi_priority", "1");
        env.put("agi_enhanced", "0.0");
        env.put("agi_accountcode", "");
        env.put("agi_threadid", "140000000000001");
        List<String> commands = new ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(15000);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, String> e : env.entrySet()) {
                out.write(e.getKey() + ": " + e.getValue() + "\n");
            }
            out.write("\n");
            out.flush();
            for (int i = 0; i < 100; i++) {
                String command = in.readLine();
                if (command == null) {
                    break;
                }
                commands.add(command);
                out.write(command.startsWith("ANSWER") ? "200 result=0\n" : "200 result=1\n");
                out.flush();
                if (command.startsWith("HANGUP")) {
                    break;
                }
            }
        }
        return commands;
    }
}
