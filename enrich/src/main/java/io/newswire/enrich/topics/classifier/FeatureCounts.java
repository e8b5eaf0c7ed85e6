package io.newswire.enrich.topics.classifier;

import java.util.function.IntConsumer;

/**
 * One document's feature counts, for tagging: an open-addressing table of plain ints, each slot the feature's hash
 * and its count side by side. An article has a thousand or more feature occurrences; sorting them (as the
 * {@link SparseVector} of training does) or boxing them into a map would cost more than scoring them.
 *
 * <p>Sized for the most occurrences the document can have, so that it never grows: a table that grows now and then
 * would also send the compiled tagging code back to the interpreter the first time it did.
 */
public final class FeatureCounts implements IntConsumer {
    /** slots[2s] is the feature in slot s, slots[2s + 1] its count; a count of 0 marks an empty slot. */
    private final int[] slots;
    private final int mask;
    /** The slots in use, in the order first filled. */
    private final int[] used;
    private int size;

    /** @param maxOccurrences no more features than this will be counted */
    FeatureCounts(int maxOccurrences) {
        int capacity = Integer.highestOneBit(Math.max(8, maxOccurrences) * 2 - 1) << 1; // at most half full
        slots = new int[capacity * 2];
        mask = capacity - 1;
        used = new int[Math.max(8, maxOccurrences)];
    }

    /** Counts one occurrence of the feature. */
    @Override
    public void accept(int feature) {
        int slot = (feature * 0x9E3779B9) >>> 7 & mask;
        while (slots[2 * slot + 1] != 0 && slots[2 * slot] != feature) {
            slot = (slot + 1) & mask;
        }
        if (slots[2 * slot + 1]++ == 0) {
            slots[2 * slot] = feature;
            used[size++] = slot;
        }
    }

    /** The number of distinct features. */
    public int size() {
        return size;
    }

    /** The i-th distinct feature, in the order first seen. */
    int feature(int i) {
        return slots[2 * used[i]];
    }

    /** How often the i-th distinct feature occurred. */
    int count(int i) {
        return slots[2 * used[i] + 1];
    }
}
