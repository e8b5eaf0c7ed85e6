package io.newswire.serde;

import io.newswire.registry.SchemaNotFoundException;
import io.newswire.registry.SchemaRegistry;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads the Confluent wire format into generated Avro classes. The writer schema comes from the registry by the id in
 * the header; the reader schema is the generated class's, so records written with older (compatible) schemas are
 * read into the current class.
 *
 * <p>Every failure names its problem: not the wire format, an unknown schema id, a schema that cannot be read as the
 * expected record, bytes that are not valid Avro, or a registry that cannot be reached (the cause is then a
 * {@link io.newswire.registry.SchemaRegistryUnavailableException}, so callers can retry instead of giving up on the
 * record).
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
    private SchemaRegistry registry;
    private final Schema expected;
    private final ConcurrentMap<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /** For Kafka, which configures it by class name: the record class then comes from the writer schema's name. */
    public SpecificAvroDeserializer() {
        this.expected = null;
    }

    public SpecificAvroDeserializer(Class<T> type) {
        this.expected = SpecificData.get().getSchema(type);
    }

    public SpecificAvroDeserializer(SchemaRegistry registry, Class<T> type) {
        this(type);
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(new SchemaRegistryClient(AvroSerdeConfig.fromKafkaConfig(configs).registry()));
    }

    void configure(SchemaRegistry registry) {
        this.registry = registry;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("SpecificAvroDeserializer used before configure()");
        }
        int id = AvroWireFormat.readSchemaId(topic, ByteBuffer.wrap(data));
        DatumReader<T> reader = readers.get(id);
        if (reader == null) {
            reader = readerFor(topic, id);
            readers.putIfAbsent(id, reader);
        }
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, AvroWireFormat.HEADER_SIZE,
                    data.length - AvroWireFormat.HEADER_SIZE, null));
        } catch (Exception e) {
            throw new SerializationException("Record on " + topic + " with schema id " + id
                    + " is not valid Avro for that schema: " + e, e);
        }
    }

    private DatumReader<T> readerFor(String topic, int id) {
        Schema writer;
        try {
            writer = registry.schemaById(id);
        } catch (SchemaNotFoundException e) {
            throw new SerializationException("Record on " + topic + " refers to schema id " + id
                    + ", which the schema registry does not know", e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Cannot fetch schema id " + id + " for a record on " + topic + ": "
                    + e.getMessage(), e);
        }
        Schema reader = expected != null ? expected : generatedSchemaFor(topic, id, writer);
        SchemaCompatibility.SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("Record on " + topic + " was written with schema id " + id + " ("
                    + writer.getFullName() + "), which cannot be read as " + reader.getFullName() + ": "
                    + compatibility.getResult().getIncompatibilities().stream()
                    .map(i -> i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")")
                    .toList());
        }
        return new SpecificDatumReader<>(writer, reader);
    }

    private static Schema generatedSchemaFor(String topic, int id, Schema writer) {
        Class<?> generated = SpecificData.get().getClass(writer);
        if (generated == null || !SpecificRecord.class.isAssignableFrom(generated)) {
            throw new SerializationException("Record on " + topic + " has schema id " + id + " for "
                    + writer.getFullName() + ", for which no generated class is on the classpath");
        }
        return SpecificData.get().getSchema(generated);
    }
}
