package io.newswire.serde;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroWireFormatTest {

    @Test
    void headerIsMagicByteThenBigEndianId() {
        ByteBuffer buffer = ByteBuffer.allocate(8);
        AvroWireFormat.writeHeader(buffer, 0x01020304);
        assertThat(buffer.array()).startsWith(0x00, 0x01, 0x02, 0x03, 0x04);

        buffer.flip();
        assertThat(AvroWireFormat.readSchemaId("t", buffer)).isEqualTo(0x01020304);
        assertThat(buffer.position()).isEqualTo(AvroWireFormat.HEADER_SIZE);
    }

    @Test
    void refusesAnotherMagicByte() {
        ByteBuffer json = ByteBuffer.wrap("{\"id\":1}".getBytes());
        assertThatThrownBy(() -> AvroWireFormat.readSchemaId("news.raw.v1", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("0x7b")
                .hasMessageContaining("not the magic byte 0x00")
                .hasMessageContaining("news.raw.v1");
    }

    @Test
    void refusesRecordsShorterThanTheHeader() {
        assertThatThrownBy(() -> AvroWireFormat.readSchemaId("t", ByteBuffer.wrap(new byte[] {0, 0, 1})))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("3 bytes");
    }
}
