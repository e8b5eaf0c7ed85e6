package io.newswire.client;

import io.newswire.avro.RawArticle;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.serde.SpecificAvroSerializer;
import io.newswire.serde.SubjectNameStrategy;
import io.newswire.topics.NewswireTopics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes raw articles to the raw topic, durably: {@code acks=all} and an idempotent producer, so a write is reported
 * done only once every in-sync replica has it, and retries never duplicate it. Keyed by article id. Shared by ingest
 * and {@link ArticlePublisher}. Thread-safe.
 */
public final class RawArticleWriter implements AutoCloseable {
    private final Producer<String, RawArticle> producer;
    private final SchemaRegistryClient registry;
    private final String topic;

    /**
     * @param kafkaConfig client settings ({@code bootstrap.servers}, security); they override the durable defaults,
     *                    except that {@code acks} and idempotence cannot be weakened
     */
    public RawArticleWriter(Map<String, Object> kafkaConfig, SchemaRegistryClient registry, String topic) {
        this.registry = registry;
        this.topic = topic;
        this.producer = new KafkaProducer<>(producerConfig(kafkaConfig), new StringSerializer(),
                new SpecificAvroSerializer<>(registry, true, SubjectNameStrategy.TOPIC_NAME, false));
    }

    public RawArticleWriter(Map<String, Object> kafkaConfig, SchemaRegistryClient registry) {
        this(kafkaConfig, registry, NewswireTopics.RAW);
    }

    /** Durable defaults, then the caller's settings, then the guarantees nobody may switch off. */
    static Map<String, Object> producerConfig(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putAll(overrides);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    /** Registers the RawArticle schema now, so the first write does not wait for the registry. */
    public int registerSchema() {
        return registry.register(topic + "-value", RawArticle.getClassSchema());
    }

    /**
     * Sends the article. The future completes when Kafka has acknowledged it, or fails with the reason (a full
     * buffer, a timeout, an unreachable registry on first use). Never throws.
     */
    public CompletableFuture<Publication> write(RawArticle article) {
        CompletableFuture<Publication> result = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, article.getId(), article), (metadata, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(new Publication(article.getId(), metadata.topic(), metadata.partition(),
                            metadata.offset(), Instant.ofEpochMilli(metadata.timestamp())));
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    public String topic() {
        return topic;
    }

    /** The producer, for metrics binding. */
    public Producer<String, RawArticle> producer() {
        return producer;
    }

    public void flush() {
        producer.flush();
    }

    public void close(Duration timeout) {
        producer.close(timeout);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
