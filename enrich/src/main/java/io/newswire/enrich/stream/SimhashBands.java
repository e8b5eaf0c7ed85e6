package io.newswire.enrich.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive index keys for 64-bit SimHashes. Two hashes at most {@code bands - 1} bits apart share at least
 * one of the {@code bands} bands exactly (pigeonhole), so looking up an article's bands finds every candidate within
 * that distance, and most a little farther; candidates are then checked bit by bit. More bands mean narrower ones, and
 * narrow bands mean crowded buckets: five bands of 12 or 13 bits keep lookups cheap over millions of articles.
 */
final class SimhashBands {
    private final int bands;
    private final int[] starts;
    private final int[] widths;

    SimhashBands(int bands) {
        if (bands < 1 || bands > 16) {
            throw new IllegalArgumentException("a SimHash index has 1 to 16 bands, not " + bands);
        }
        this.bands = bands;
        this.starts = new int[bands];
        this.widths = new int[bands];
        int start = 0;
        for (int i = 0; i < bands; i++) {
            widths[i] = 64 / bands + (i < 64 % bands ? 1 : 0);
            starts[i] = start;
            start += widths[i];
        }
    }

    /** The band keys of a hash, each prefixed by its band number so bands never collide with each other. */
    List<String> keys(long simhash) {
        List<String> keys = new ArrayList<>(bands);
        for (int i = 0; i < bands; i++) {
            long mask = widths[i] == 64 ? -1L : (1L << widths[i]) - 1;
            long value = (simhash >>> starts[i]) & mask;
            keys.add(i + ":" + Long.toHexString(value) + ":");
        }
        return keys;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
