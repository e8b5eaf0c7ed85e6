package io.newswire.serde;

import io.newswire.registry.SchemaRegistry;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Writes generated Avro records in the Confluent wire format. The writer schema is registered on first use (or looked
 * up, with {@code auto.register.schemas=false}); after that the id comes from a cache and the registry is not called.
 *
 * <p>Configured either by Kafka from a client configuration ({@code schema.registry.url} and friends) or directly
 * with a shared {@link SchemaRegistryClient}.
 */
public class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    private SchemaRegistry registry;
    private boolean autoRegister = true;
    private SubjectNameStrategy strategy = SubjectNameStrategy.TOPIC_NAME;
    private boolean isKey;
    private final ConcurrentMap<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();
    /** Size of the last record written; a hint only, so racing updates do no harm. */
    private volatile int lastSize = 1024;

    /** For Kafka, which configures it by class name. */
    public SpecificAvroSerializer() {
    }

    public SpecificAvroSerializer(SchemaRegistry registry, boolean autoRegister, SubjectNameStrategy strategy,
                                  boolean isKey) {
        this.registry = registry;
        this.autoRegister = autoRegister;
        this.strategy = strategy;
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.fromKafkaConfig(configs);
        configure(new SchemaRegistryClient(config.registry()), config, isKey);
    }

    void configure(SchemaRegistry registry, AvroSerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.autoRegister = config.autoRegister();
        this.strategy = config.strategy(isKey);
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("SpecificAvroSerializer used before configure()");
        }
        Schema schema = record.getSchema();
        int id = schemaId(topic, schema);
        // Sized like the last record, so a typical record is written without growing the buffer.
        WireBuffer out = new WireBuffer(lastSize + lastSize / 4);
        out.write(AvroWireFormat.MAGIC_BYTE);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writers.computeIfAbsent(schema, SpecificDatumWriter::new).write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot write " + schema.getFullName() + " for topic " + topic
                    + " as Avro: " + e.getMessage(), e);
        }
        lastSize = out.size();
        return out.toByteArray();
    }

    private int schemaId(String topic, Schema schema) {
        String subject = strategy.subject(topic, isKey, schema);
        try {
            return autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema).id();
        } catch (SchemaRegistryException e) {
            throw new SerializationException((autoRegister ? "Cannot register " : "Cannot find ")
                    + schema.getFullName() + " under subject '" + subject + "'"
                    + (autoRegister ? "" : " (auto.register.schemas is off: register it first)")
                    + ": " + e.getMessage(), e);
        }
    }
}
