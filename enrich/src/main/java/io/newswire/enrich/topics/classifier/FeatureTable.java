package io.newswire.enrich.topics.classifier;

/**
 * A language model's features with everything tagging needs of each: one open-addressing table of ints in which a
 * slot holds the feature's hash, its idf and its quantised weights for every class, side by side.
 *
 * <p>Why one table: an article looks up about a thousand distinct features, scattered over a model of megabytes
 * (the Arabic one has a hundred thousand features), so most lookups miss the cache; with the idf and the weights in
 * the slot, each feature costs one cache miss instead of three (index, idf, weight row). With up to eight classes a
 * slot is four ints, 16 bytes, and never straddles a cache line.
 *
 * <p>Slot layout: the hash; the idf's float bits (an idf is at least 1, so 0 marks an empty slot); then the weights,
 * four signed bytes to an int, class 0 in the lowest byte. A weight is {@code byte * scale[class]}.
 */
final class FeatureTable {
    private static final int EMPTY = 0;

    private final int classes;
    private final int stride;
    private final int[] slots;
    private final int capacity;

    /**
     * @param features distinct hashes
     * @param idf      idf[row] of features[row], at least 1
     * @param weights  the weights of features[row] in row {@code row}
     */
    FeatureTable(int[] features, float[] idf, QuantisedWeights weights) {
        this.classes = weights.classes();
        this.stride = 2 + (classes + 3) / 4;
        // Two thirds full at most: with linear probing that keeps lookups short, and a table not rounded up to a power
        // of two is up to half the size, which counts for a table that does not fit in the cache.
        this.capacity = features.length * 3 / 2 + 1;
        this.slots = new int[capacity * stride];
        for (int row = 0; row < features.length; row++) {
            if (!(idf[row] >= 1)) {
                throw new IllegalArgumentException("Idf below 1: " + idf[row]);
            }
            int slot = slotOf(features[row]);
            if (slots[slot + 1] != EMPTY) {
                throw new IllegalArgumentException("Duplicate feature " + features[row]);
            }
            slots[slot] = features[row];
            slots[slot + 1] = Float.floatToRawIntBits(idf[row]);
            for (int c = 0; c < classes; c++) {
                slots[slot + 2 + c / 4] |= (weights.value(row, c) & 0xFF) << (8 * (c % 4));
            }
        }
    }

    /** Where the feature's slot begins, or -1 if the model does not know the feature. */
    int find(int feature) {
        int slot = slotOf(feature);
        return slots[slot + 1] == EMPTY ? -1 : slot;
    }

    /** The idf of the feature in the slot {@link #find} gave. */
    float idf(int slot) {
        return Float.intBitsToFloat(slots[slot + 1]);
    }

    /** The quantised weight of the feature in the slot for class c. */
    byte value(int slot, int c) {
        return (byte) (slots[slot + 2 + c / 4] >> (8 * (c % 4)));
    }

    /** Adds {@code x} times the slot's weights to each class's score. */
    void addWeights(int slot, float x, float[] scales, double[] scores) {
        for (int c = 0; c < classes; c++) {
            byte value = (byte) (slots[slot + 2 + (c >> 2)] >> ((c & 3) << 3));
            scores[c] += value * scales[c] * x;
        }
    }

    private int slotOf(int feature) {
        // Multiply-shift maps the (scrambled) hash onto [0, capacity) without a division.
        int slot = (int) (((feature * 0x9E3779B9) & 0xFFFFFFFFL) * capacity >>> 32);
        while (slots[slot * stride + 1] != EMPTY && slots[slot * stride] != feature) {
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        return slot * stride;
    }
}
