package io.newswire.serde;

import org.apache.kafka.common.errors.SerializationException;

import java.nio.ByteBuffer;

/**
 * The Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian int, then Avro binary. Anything that
 * reads Confluent's format (Confluent's clients in any language, ksqlDB, Kafka Connect) can read our topics.
 */
public final class AvroWireFormat {
    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private AvroWireFormat() {
    }

    public static void writeHeader(ByteBuffer target, int schemaId) {
        target.put(MAGIC_BYTE).putInt(schemaId);
    }

    /** Reads and checks the header; leaves the buffer positioned at the Avro payload. */
    public static int readSchemaId(String topic, ByteBuffer payload) {
        if (payload.remaining() < HEADER_SIZE) {
            throw new SerializationException("Record on " + topic + " has " + payload.remaining()
                    + " bytes, fewer than the 5-byte header of the Confluent wire format");
        }
        byte magic = payload.get();
        if (magic != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Record on %s starts with byte 0x%02x, not the magic byte 0x00 of the Confluent wire format",
                    topic, magic));
        }
        return payload.getInt();
    }
}
