package io.newswire.enrich.fingerprint;

/**
 * Charikar's SimHash over 64 bits: each feature hash votes on every bit, for it when the bit is 1, against it when 0;
 * a bit of the result is set where most features voted for it. Texts sharing most features share most bits, so the
 * Hamming distance of two SimHashes estimates how different the texts are.
 *
 * <p>The votes are counted in bit-sliced counters: {@code onesCount[i]} holds bit i of the 64 per-bit counts of ones,
 * so adding a feature is a ripple carry across the slices (about two steps on average) instead of 64 additions.
 */
final class SimHash implements WordShingles.Sink {
    /** Enough slices to count 2^31 features. */
    private static final int SLICES = 31;

    private final long[] onesCount = new long[SLICES];
    private int features;

    @Override
    public void accept(long featureHash) {
        long carry = featureHash;
        for (int slice = 0; carry != 0 && slice < SLICES; slice++) {
            long sum = onesCount[slice] ^ carry;
            carry &= onesCount[slice];
            onesCount[slice] = sum;
        }
        features++;
    }

    /** Bit b is set when more than half the features have bit b set (ties, unset). */
    long value() {
        // A count never exceeds the number of features: the slices above its highest bit are all zero.
        int slices = Integer.SIZE - Integer.numberOfLeadingZeros(features);
        long value = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            long ones = 0;
            for (int slice = 0; slice < slices; slice++) {
                ones |= ((onesCount[slice] >>> bit) & 1L) << slice;
            }
            if (2 * ones > features) {
                value |= 1L << bit;
            }
        }
        return value;
    }

    /** 1 for equal hashes, 0 when every bit differs; about 0.5 for unrelated texts. */
    static double similarity(long a, long b) {
        return 1.0 - Long.bitCount(a ^ b) / (double) Long.SIZE;
    }
}
