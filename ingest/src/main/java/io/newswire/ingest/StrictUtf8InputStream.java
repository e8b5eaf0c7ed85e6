package io.newswire.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that fails the read meeting its first byte that is not well-formed UTF-8 (see {@link Utf8Check}). */
final class StrictUtf8InputStream extends FilterInputStream {
    private final Utf8Check check = new Utf8Check();

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            check.finish();
        } else {
            check.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = in.read(buffer, from, length);
        if (n < 0) {
            check.finish();
        } else {
            check.update(buffer, from, from + n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are checked like read ones.
        byte[] sink = new byte[(int) Math.min(8192, Math.max(0, n))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
