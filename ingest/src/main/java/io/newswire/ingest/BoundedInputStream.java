package io.newswire.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Throws {@link RequestTooLargeException} as soon as more than the limit is read: no body is ever read whole. */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String what;
    private long read;

    BoundedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new RequestTooLargeException(what + " is larger than " + limit + " bytes");
        }
    }
}
