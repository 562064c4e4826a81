package org.contactcenter.it;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The contact center as an operator starts it: {@code java -jar payara-micro.jar --deploy contact-center.war:/}
 * in its own process, with a fresh Payara root directory, ports of its own (HTTP and FastAGI) and the database
 * settings of the current test run. Its log is {@code target/logs/TIER/NAME.log} (TIER: h2 or postgres).
 * <p>
 * Whatever happens, the process does not outlive the test JVM: {@link #close()} and a timed-out start end it, a
 * shutdown hook ends those still running when the JVM exits, and the {@link ParentWatch} agent halts it when the
 * JVM dies without running hooks (kill -9).
 */
final class MicroProcess implements AutoCloseable {
    private static final Set<MicroProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(MicroProcess::stop), "stop-payara-micro"));
    }

    private final Process process;
    final int port;
    final int agiPort;
    final Path log;

    /** where the center's file sink writes its contact records (cc.records.file.directory) */
    final Path records;

    /** the center's own directory (Payara's root): its stores of recordings ({@code recordings}, {@code recordings-archive}, {@code recordings-spool}) */
    final Path directory;

    private MicroProcess(Process process, int port, int agiPort, Path log, Path root) {
        this.directory = root;
        this.records = root.resolve("records");
        this.process = process;
        this.port = port;
        this.agiPort = agiPort;
        this.log = log;
    }

    static MicroProcess start(String name, List<String> systemProperties) throws IOException {
        return start(name, systemProperties, Map.of());
    }

    static MicroProcess start(String name, List<String> systemProperties, Map<String, String> environment) throws IOException {
        return start(name, systemProperties, environment, true);
    }

    /**
     * With {@code healthy} false the server counts as ready as soon as the application is deployed (its API answers)
     * and {@code /health} answers, UP or DOWN (for a test of a center that must report itself DOWN).
     */
    static MicroProcess start(String name, List<String> systemProperties, Map<String, String> environment, boolean healthy) throws IOException {
        int port = freePort();
        int agiPort = freePort();
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        Path root = Files.createTempDirectory(target, "micro-root-");
        Path log = logDirectory().resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + System.getProperty("cc.test.parent-watch"), "-Xmx768m", "-Dcc.agi.port=" + agiPort,
                "-Dcc.demo.base-url=http://127.0.0.1:" + port, "-Dcc.http.bind-address=127.0.0.1",
                "-Dcc.records.file.directory=" + root.resolve("records"), "-Dcc.recordings.store=" + root.resolve("recordings"),
                "-Dcc.recordings.archive-store=" + root.resolve("recordings-archive"), "-Dcc.recordings.spool-directory=" + root.resolve("recordings-spool"),
                "-Dcc.tts.directory=" + root.resolve("tts")));
        String options = System.getProperty("cc.micro.options", "");
        command.addAll(Arrays.stream(options.split("\\s+")).filter(s -> !s.isBlank() && !s.startsWith("-Dcc.agi.port")).toList());
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("cc.war") + ":/",
                "--rootDir", root.toString(), "--port", String.valueOf(port), "--nocluster",
                "--logproperties", System.getProperty("cc.test.log-properties"),
                "--prebootcommandfile", System.getProperty("cc.test.preboot-commands")));
        // standard input stays a pipe from this JVM: the ParentWatch agent halts the server when it closes
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        MicroProcess micro = new MicroProcess(builder.start(), port, agiPort, log, root);
        RUNNING.add(micro);
        try {
            await("Payara Micro " + name + " ready (log " + log + ")").atMost(Waits.startup()).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        if (!micro.process.isAlive()) {
                            throw new AssertionError("Payara Micro " + name + " exited with " + micro.process.exitValue()
                                    + "; its log " + log + " ends with:\n" + tail(log, 40));
                        }
                        if (Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Exception while loading the app")) {
                            throw new AssertionError("Payara Micro " + name + " could not deploy the center (a stale test database? mvn clean);"
                                    + " its log " + log + " ends with:\n" + tail(log, 80));
                        }
                        return micro.answersHealth(healthy);
                    });
        } catch (ConditionTimeoutException | AssertionError e) {
            micro.close();
            throw new AssertionError("Payara Micro " + name + " did not become ready within " + Waits.startup().toSeconds()
                    + " s (cc.test.startup-timeout-seconds); it was stopped. Log " + log + " ends with:\n" + tail(log, 40), e);
        }
        return micro;
    }

    private boolean answersHealth(boolean healthy) {
        try {
            int status = api().anonymous().get("health").status();
            // Payara's /health answers DOWN before the application is deployed too: then the API is still 404
            return status == 200 || !healthy && status == 503 && api().anonymous().get("api/v1/queues").status() == 401;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    Api api() {
        return Api.at(root());
    }

    /** The root URL, {@code http://127.0.0.1:PORT/}. */
    String root() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Ends the server the hard way (SIGKILL), as a crash or kill -9 would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
        RUNNING.remove(this);
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(this);
        }
    }

    /** At JVM exit: a normal shutdown first (the database closes cleanly), then SIGKILL. */
    private void stop() {
        try {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    /** The log's WARNING and SEVERE lines (ANSI colours removed), each with the line after it (the message's start). */
    static List<String> warnings(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(l -> l.replaceAll("\\u001B\\[[0-9;]*m", "")).toList();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("] [WARNING] [") || lines.get(i).contains("] [SEVERE] [")) {
                    found.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
                }
            }
            return found;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of a log, for failure messages. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e + ")";
        }
    }

    /** {@code target/logs/h2} or {@code target/logs/postgres}: each test run keeps its servers' logs apart. */
    static Path logDirectory() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "logs", System.getProperty("cc.test.database", "h2"));
        return Files.createDirectories(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Settings for a database of this run that no other test uses: a new H2 file in the H2 run, the given
     * database of the test cluster in the PostgreSQL run ({@code cc_empty}, {@code cc_restart}, {@code cc_overload}: see cluster.sh).
     */
    static List<String> freshDatabase(String postgresDatabase) {
        String h2Dir = System.getProperty("cc.db.dir");
        if (h2Dir != null) {
            return List.of("-Dcc.db.url=jdbc:h2:file:" + new File(h2Dir, java.util.UUID.randomUUID() + "/cc").getAbsolutePath() + ";WRITE_DELAY=0");
        }
        return List.of("-Dcc.db.url=" + System.getProperty("cc.test.pg.base-url") + postgresDatabase);
    }
}
