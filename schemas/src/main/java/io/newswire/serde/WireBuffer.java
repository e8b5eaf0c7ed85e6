package io.newswire.serde;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer for one record: unlike ByteArrayOutputStream it takes no lock per byte, which matters for
 * Avro's varints, written one byte at a time.
 */
final class WireBuffer extends OutputStream {
    private byte[] bytes;
    private int size;

    WireBuffer(int capacity) {
        this.bytes = new byte[Math.max(64, capacity)];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            grow(size + 1);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        if (size + length > bytes.length) {
            grow(size + length);
        }
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }
}
