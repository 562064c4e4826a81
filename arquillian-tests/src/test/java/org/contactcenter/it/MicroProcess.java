package org.contactcenter.it;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The contact center as an operator starts it: {@code java -jar payara-micro.jar --deploy contact-center.war:/}
 * in its own process, with a fresh Payara root directory and the database settings of the current test run.
 */
final class MicroProcess implements AutoCloseable {
    private final Process process;
    final int port;
    final Path log;

    private MicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static MicroProcess start(String name, List<String> systemProperties) throws IOException {
        return start(name, systemProperties, java.util.Map.of());
    }

    static MicroProcess start(String name, List<String> systemProperties, java.util.Map<String, String> environment) throws IOException {
        int port = freePort();
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        Path root = Files.createTempDirectory(target, "micro-root-");
        Path log = target.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dcc.agi.port=" + freePort()));
        String options = System.getProperty("cc.micro.options", "");
        command.addAll(Arrays.stream(options.split("\\s+")).filter(s -> !s.isBlank() && !s.startsWith("-Dcc.agi.port")).toList());
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("cc.war") + ":/",
                "--rootDir", root.toString(), "--port", String.valueOf(port), "--nocluster"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        MicroProcess micro = new MicroProcess(process, port, log);
        await("Payara Micro " + name + " ready (log " + log + ")").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("Payara Micro exited; see " + log);
                    }
                    return micro.answersHealth();
                });
        return micro;
    }

    private boolean answersHealth() {
        try {
            return api().anonymous().get("health").status() == 200;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    Api api() {
        return Api.at("http://127.0.0.1:" + port + "/");
    }

    /** Ends the server the hard way (SIGKILL), as a crash or kill -9 would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Settings for a database of this run that no other test uses: a new H2 file in the H2 run, the empty
     * database {@code cc_empty} of the test cluster in the PostgreSQL run.
     */
    static List<String> freshDatabase() {
        String h2Dir = System.getProperty("cc.db.dir");
        if (h2Dir != null) {
            return List.of("-Dcc.db.url=jdbc:h2:file:" + new File(h2Dir, java.util.UUID.randomUUID() + "/cc").getAbsolutePath() + ";WRITE_DELAY=0");
        }
        return List.of("-Dcc.db.url=" + System.getProperty("cc.test.empty-db-url"));
    }
}
