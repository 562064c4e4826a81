package org.contactcenter.benchmarks;

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
 * A real Apache Kafka broker for the records' Kafka figures (docs/PERFORMANCE.md), started as the tests' LoopbackKafka
 * does: KRaft, one node that is broker and controller, on 127.0.0.1 only ({@code --port} for clients, port + 1 for the
 * controller), its log in {@code --dir} (formatted on first start); stops after {@code --seconds} (bounded).
 *
 * <pre>mvn -B -q -o exec:exec -Dbench.main=org.contactcenter.benchmarks.LoopbackKafkaBroker -Djmh.args="--port 18285 --dir /tmp/perf12-data/kafka --seconds 1800"</pre>
 */
public final class LoopbackKafkaBroker {
    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> o = new java.util.HashMap<>(java.util.Map.of("--port", "18285", "--dir", "/tmp/kafka-bench", "--seconds", "1800"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        int port = Integer.parseInt(o.get("--port"));
        Path logDir = Path.of(o.get("--dir"));
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
        KafkaConfig config = new KafkaConfig(p, false);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            Files.createDirectories(logDir);
            new Formatter().setNodeId(1).setClusterId("Q2MtYmVuY2gtY2x1c3Rlcg").setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString()).setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction()).setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        System.out.println("Kafka broker on 127.0.0.1:" + port + " for " + o.get("--seconds") + " s");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }));
        Thread.sleep(Long.parseLong(o.get("--seconds")) * 1000);
        System.exit(0);
    }
}
