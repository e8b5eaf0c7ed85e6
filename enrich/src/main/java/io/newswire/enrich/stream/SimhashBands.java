package io.newswire.enrich.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive index keys for 64-bit SimHashes. Two hashes within {@code maxDistance} differing bits share at
 * least one of {@code maxDistance + 1} bands exactly (pigeonhole), so looking up an article's bands finds every
 * candidate within that distance; candidates are then checked bit by bit.
 */
final class SimhashBands {
    private final int bands;
    private final int[] starts;
    private final int[] widths;

    SimhashBands(int maxDistance) {
        if (maxDistance < 0 || maxDistance > 15) {
            throw new IllegalArgumentException("near-duplicate distance must be 0 to 15 bits, not " + maxDistance);
        }
        this.bands = maxDistance + 1;
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
