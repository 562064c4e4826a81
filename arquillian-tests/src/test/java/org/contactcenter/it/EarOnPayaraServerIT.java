package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the EAR on a full-profile server: the Payara Server 6 distribution (unpacked by Maven from
 * Maven Central) gets a domain of its own on ports 28xxx, {@code asadmin deploy} installs the EAR at "/", and the
 * center must answer health and its API. The domain is deleted afterwards.
 */
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.OWN_SERVERS)
class EarOnPayaraServerIT {
    static final String DOMAIN = "cc-ear-test";
    static final int PORT_BASE = 28000;
    static Path home;
    static Path asadmin;

    @BeforeAll
    static void startDomainAndDeploy() throws Exception {
        home = Path.of(System.getProperty("cc.payara.home"));
        asadmin = home.resolve("bin/asadmin");
        asadmin.toFile().setExecutable(true);
        home.resolve("glassfish/bin/asadmin").toFile().setExecutable(true);
        asadmin("delete-domain", DOMAIN);
        // however the test JVM ends (short of kill -9), the domain it started is stopped
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                asadmin("stop-domain", "--kill", DOMAIN);
            } catch (IOException | InterruptedException e) {
                System.err.println("could not stop the Payara Server domain " + DOMAIN + ": " + e);
            }
        }, "stop-payara-server"));
        run(true, "create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        run(true, "start-domain", DOMAIN);
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "ear-h2");
        run(true, "--port", String.valueOf(PORT_BASE + 48), "create-system-properties",
                "cc.db.url=jdbc\\:h2\\:file\\:" + data.toAbsolutePath().toString().replace(":", "\\:") + "/cc;WRITE_DELAY\\=0:cc.agi.port=" + (PORT_BASE + 73));
        run(true, "--port", String.valueOf(PORT_BASE + 48), "deploy", "--contextroot", "/", "--name", "contact-center",
                System.getProperty("cc.ear"));
    }

    @AfterAll
    static void stopDomain() throws Exception {
        Path serverLog = home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
        if (Files.exists(serverLog)) {
            Files.copy(serverLog, logDirectory().resolve("payara-server.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        asadmin("--port", String.valueOf(PORT_BASE + 48), "undeploy", "contact-center");
        asadmin("stop-domain", DOMAIN);
        asadmin("delete-domain", DOMAIN);
    }

    @Test
    void earAnswersHealthAndTheApi() {
        Api api = Api.at("http://127.0.0.1:" + (PORT_BASE + 80) + "/");
        await("EAR health").atMost(Waits.startup()).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.anonymous().get("health").status() != 404);
        Answer health = api.anonymous().get("health");
        assertEquals(200, health.status(), health.toString());
        assertTrue(health.body().contains("\"database\""), health.body());
        Answer queues = api.admin().get("api/v1/queues");
        assertEquals(200, queues.status(), queues.toString());
        assertTrue(queues.array().stream().map(JsonObject.class::cast).anyMatch(q -> q.getString("name").equals("Sales")), queues.body());
        assertEquals(401, api.anonymous().get("api/v1/queues").status());
    }

    private static void run(boolean mustSucceed, String... args) throws IOException, InterruptedException {
        int exit = asadminExit(args);
        if (mustSucceed && exit != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed with " + exit + "; see " + logFile()
                    + " and " + home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log"));
        }
    }

    private static void asadmin(String... args) throws IOException, InterruptedException {
        asadminExit(args);
    }

    private static int asadminExit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(asadmin.toString(), "--interactive=false"));
        command.addAll(List.of(args));
        Path log = logFile();
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(Waits.startup().toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static Path logFile() throws IOException {
        return logDirectory().resolve("asadmin.log");
    }

    /** {@code target/logs/ear}. */
    private static Path logDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "logs", "ear"));
    }
}
