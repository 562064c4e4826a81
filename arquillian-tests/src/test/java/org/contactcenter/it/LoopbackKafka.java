package org.contactcenter.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker in the test JVM, from Kafka's own jars on Maven Central: KRaft mode, one node that is
 * broker and controller, listening on 127.0.0.1 only ({@code port} for clients, {@code port + 1} for the controller),
 * its log in {@code logDir} (formatted on first start). {@link #stop} and {@link #start} again on the same directory
 * and port: a broker that goes away and comes back with its data.
 */
final class LoopbackKafka implements AutoCloseable {
    private static final String CLUSTER_ID = "Q2MtdGVzdC1jbHVzdGVy0w";

    private final int port;
    private final Path logDir;
    private KafkaRaftServer server;

    private LoopbackKafka(int port, Path logDir) {
        this.port = port;
        this.logDir = logDir;
    }

    static LoopbackKafka start(int port, Path logDir) throws Exception {
        LoopbackKafka kafka = new LoopbackKafka(port, logDir);
        kafka.start();
        return kafka;
    }

    /** Two free loopback ports in a row (clients, controller): the first. */
    static int freePorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket a = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                int p = a.getLocalPort();
                try (ServerSocket b = new ServerSocket(p + 1, 1, java.net.InetAddress.getLoopbackAddress())) {
                    return p;
                } catch (IOException taken) {
                    // try another pair
                }
            }
        }
        throw new IOException("no two free loopback ports in a row");
    }

    synchronized void start() throws Exception {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + (port + 1));
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + (port + 1));
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", "1");
        KafkaConfig config = new KafkaConfig(p, false);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            Files.createDirectories(logDir);
            new Formatter().setNodeId(1).setClusterId(CLUSTER_ID).setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString()).setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction()).setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** A clean shutdown; returns once the ports are free again. */
    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            await("Kafka's ports released").atMost(Waits.seconds(30)).until(() -> free(port) && free(port + 1));
        }
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
