package org.contactcenter.routing.records.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records produced to a Kafka topic, keyed by contact id (so one contact's updates stay in one partition, in order),
 * the value the record's JSON. Idempotent producer, {@code acks=all}; a delivery counts once every record is
 * acknowledged. A failure closes the producer; the next delivery opens a new one (a broker that comes back is used
 * again). Extra producer settings come from {@code cc.records.kafka.properties}.
 */
public final class KafkaSink implements RecordSink {
    private final String topic;
    private final Properties settings;
    private final long timeoutMillis;
    private KafkaProducer<String, String> producer;

    public KafkaSink(String bootstrapServers, String topic, Map<String, String> extra, long timeoutMillis) {
        this.topic = topic;
        this.timeoutMillis = timeoutMillis;
        settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeoutMillis));
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(1000, timeoutMillis / 2)));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(timeoutMillis, timeoutMillis / 2 + 5)));
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "contact-center-records");
        settings.putAll(extra);
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public void deliver(List<Outgoing> records) throws Exception {
        if (producer == null) {
            ClassLoader caller = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(KafkaSink.class.getClassLoader()); // Kafka loads its serializers by name
            try {
                producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
            } finally {
                Thread.currentThread().setContextClassLoader(caller);
            }
        }
        try {
            List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
            for (Outgoing r : records) {
                sent.add(producer.send(new ProducerRecord<>(topic, r.contactId(), r.payload())));
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            for (Future<RecordMetadata> f : sent) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(1));
            producer = null;
        }
    }
}
