package org.contactcenter.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call's channel as Asterisk 20 keeps it across the dialplan's {@code AGI()} steps: its channel variables, and
 * FastAGI sessions that answer each command as Asterisk does — {@code ANSWER} {@code 200 result=0}, {@code SET
 * VARIABLE} {@code 200 result=1}, {@code GET VARIABLE} {@code 200 result=1 (value)} or {@code 200 result=0},
 * {@code STREAM FILE} {@code 200 result=0 endpos=…} ({@code result=-1 endpos=0} for a sound that does not exist),
 * {@code GET DATA} {@code 200 result=<digits>} or {@code 200 result= (timeout)}, {@code EXEC} {@code 200 result=0},
 * {@code HANGUP} {@code 200 result=1}. The caller can hang up during a command: then Asterisk sends a bare
 * {@code HANGUP} line, and {@code 511 Command Not Permitted on a dead channel or intercept routine} to every later
 * command.
 */
final class AsteriskChannel {
    private static final Pattern SET = Pattern.compile("SET VARIABLE \"?([^\" ]+)\"? \"(.*)\"");
    private static final Pattern GET = Pattern.compile("GET VARIABLE \"?([^\" ]+)\"?");
    private final int port;
    private final String dnid;
    private final String callerId;
    /** the channel's name ({@code agi_channel}) */
    final String name;
    /**
     * Set: the dialplan's {@code Bridge()} of {@link #agentLine()} lasts until the test says how it ends — {@code "0"}:
     * the other side left the bridge (a Redirect, its hang-up), {@code "HANGUP"}: this channel hung up. Null: the
     * bridge ends at once.
     */
    java.util.concurrent.BlockingQueue<String> bridgeEnds;
    final Map<String, String> variables = new HashMap<>();
    /** the channel's unique id ({@code agi_uniqueid}; an Originate's ChannelId becomes it) */
    String uniqueId = "1764720000.42";
    /** the digits the caller presses for each GET DATA, in order (an empty string: no input, a timeout) */
    final Deque<String> digits = new ArrayDeque<>();
    /** hang up during the n-th GET DATA of the call (1-based; 0: never) */
    int hangUpAtInput;
    private int inputs;
    boolean hungUp;

    AsteriskChannel(int port, String dnid, String callerId) {
        this(port, dnid, callerId, "PJSIP/trunk-0000002a");
    }

    AsteriskChannel(int port, String dnid, String callerId, String name) {
        this.port = port;
        this.dnid = dnid;
        this.callerId = callerId;
        this.name = name;
    }

    /**
     * The agent's phone as {@code [cc-agent]} (docs/ASTERISK.md) runs it: {@code AGI(agent)}, and while it answers
     * {@code CC_ACTION=BRIDGE} the dialplan's {@code Bridge(${CC_CALLER_CHANNEL})} (recorded as a line {@code
     * Bridge(<channel>)}; it ends as {@link #bridgeEnds} says), then {@code AGI(agent)} again with {@code
     * CC_ACTION=BRIDGED} — or, when this phone hung up during the bridge, the {@code h} extension's {@code AGI(agent)}
     * with {@code CC_ACTION=AGENT_HANGUP}. The commands of every session and the bridges, in order.
     */
    List<String> agentLine() throws IOException {
        List<String> all = new ArrayList<>(agi("agent"));
        while ("BRIDGE".equals(variables.get("CC_ACTION"))) {
            all.add("Bridge(" + variables.get("CC_CALLER_CHANNEL") + ")");
            String end;
            try {
                end = bridgeEnds == null ? "0" : bridgeEnds.poll(Waits.seconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end = "HANGUP";
            }
            if (end == null || end.equals("HANGUP")) {
                hungUp = true;
                variables.put("CC_ACTION", "AGENT_HANGUP");
            } else {
                variables.put("CC_ACTION", "BRIDGED");
            }
            all.addAll(agi("agent"));
        }
        return all;
    }

    /** One {@code AGI(agi://127.0.0.1:PORT/script)} step; the commands the script sent, in order. */
    List<String> agi(String script) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("agi_network", "yes");
        env.put("agi_network_script", script);
        env.put("agi_request", "agi://127.0.0.1:" + port + "/" + script);
        env.put("agi_channel", name);
        env.put("agi_language", "en");
        env.put("agi_type", "PJSIP");
        env.put("agi_uniqueid", uniqueId);
        env.put("agi_version", "20.5.0");
        env.put("agi_callerid", callerId);
        env.put("agi_calleridname", "山田花子");
        env.put("agi_callingpres", "0");
        env.put("agi_dnid", dnid);
        env.put("agi_rdnis", "unknown");
        env.put("agi_context", "from-trunk");
        env.put("agi_extension", dnid);
        env.put("agi_priority", "2");
        env.put("agi_enhanced", "0.0");
        env.put("agi_accountcode", "");
        env.put("agi_threadid", "140000000000042");
        List<String> commands = new ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout((int) Waits.seconds(30).toMillis());
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : env.entrySet()) {
                out.write(e.getKey() + ": " + e.getValue() + "\n");
            }
            out.write("\n");
            out.flush();
            for (int i = 0; i < 200; i++) {
                String command = in.readLine();
                if (command == null) {
                    break; // the center closed the session: the dialplan goes on
                }
                commands.add(command);
                out.write(reply(command));
                out.flush();
            }
        }
        return commands;
    }

    private String reply(String command) {
        if (hungUp) {
            return "511 Command Not Permitted on a dead channel or intercept routine\n";
        }
        if (command.startsWith("ANSWER")) {
            return "200 result=0\n";
        }
        Matcher set = SET.matcher(command);
        if (set.matches()) {
            variables.put(set.group(1), set.group(2));
            return "200 result=1\n";
        }
        Matcher get = GET.matcher(command);
        if (get.matches()) {
            String v = variables.get(get.group(1));
            return v == null ? "200 result=0\n" : "200 result=1 (" + v + ")\n";
        }
        if (command.startsWith("STREAM FILE")) {
            String file = command.split(" ")[2].replace("\"", "");
            return sound(file) ? "200 result=0 endpos=16000\n" : "200 result=-1 endpos=0\n";
        }
        if (command.startsWith("GET DATA")) {
            inputs++;
            if (inputs == hangUpAtInput) {
                hungUp = true;
                return "HANGUP\n200 result=-1\n"; // the caller hung up during the prompt
            }
            String pressed = digits.isEmpty() ? "" : digits.poll();
            return pressed.isEmpty() ? "200 result= (timeout)\n" : "200 result=" + pressed + "\n";
        }
        if (command.startsWith("HANGUP")) {
            hungUp = true;
            return "200 result=1\n";
        }
        return "200 result=0\n";
    }

    /** A sound Asterisk can play: one of its own (a name), or a file the center rendered (an absolute path + .wav). */
    private static boolean sound(String file) {
        return !file.startsWith("/") || java.nio.file.Files.exists(java.nio.file.Path.of(file + ".wav"));
    }
}
