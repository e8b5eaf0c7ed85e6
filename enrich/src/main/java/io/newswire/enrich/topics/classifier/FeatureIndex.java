package io.newswire.enrich.topics.classifier;

import java.util.Arrays;

/**
 * Maps a model's feature hashes to weight rows with open addressing over plain int arrays: tagging looks up thousands
 * of features per article, and boxed maps would cost more than the arithmetic.
 */
final class FeatureIndex {
    private static final int EMPTY_ROW = -1;

    private final int[] keys;
    private final int[] rows;
    private final int mask;

    /** @param features distinct hashes; row i belongs to features[i] */
    FeatureIndex(int[] features) {
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 2 - 1)) << 1;
        keys = new int[capacity];
        rows = new int[capacity];
        Arrays.fill(rows, EMPTY_ROW);
        mask = capacity - 1;
        for (int row = 0; row < features.length; row++) {
            int slot = slotOf(features[row]);
            if (rows[slot] != EMPTY_ROW) {
                throw new IllegalArgumentException("Duplicate feature " + features[row]);
            }
            keys[slot] = features[row];
            rows[slot] = row;
        }
    }

    /** The row of the feature, or -1 if the model does not know it. */
    int rowOf(int feature) {
        return rows[slotOf(feature)];
    }

    private int slotOf(int feature) {
        int slot = (feature * 0x9E3779B9) >>> 7 & mask;
        while (rows[slot] != EMPTY_ROW && keys[slot] != feature) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
