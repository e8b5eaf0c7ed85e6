package io.newswire.serde;

import io.newswire.registry.SchemaRegistry;
import io.newswire.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.util.Map;

/** Serializer and deserializer of one generated record type, for Kafka Streams. */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final SpecificAvroSerializer<T> serializer;
    private final SpecificAvroDeserializer<T> deserializer;

    /** Configured later by Kafka Streams, from {@code schema.registry.url} and friends. */
    public SpecificAvroSerde(Class<T> type) {
        this.serializer = new SpecificAvroSerializer<>();
        this.deserializer = new SpecificAvroDeserializer<>(type);
    }

    /** Ready to use, with a shared registry client and topic-name subjects. */
    public SpecificAvroSerde(Class<T> type, SchemaRegistry registry, boolean autoRegister) {
        this.serializer = new SpecificAvroSerializer<>(registry, autoRegister, SubjectNameStrategy.TOPIC_NAME, false);
        this.deserializer = new SpecificAvroDeserializer<>(registry, type);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.fromKafkaConfig(configs);
        SchemaRegistryClient registry = new SchemaRegistryClient(config.registry());
        serializer.configure(registry, config, isKey);
        deserializer.configure(registry);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
