package io.newswire.enrich.language;

import java.util.Arrays;

/**
 * N-gram probabilities of several languages in one open-addressing hash table, so that one probe answers for every
 * language at once. A key is a packed n-gram; its value is a run of postings, each a language and that language's
 * cost (the negative natural logarithm of the probability) quantised to 1/32 nat. About 20 bytes a distinct n-gram
 * plus 2 a language that has it: a tenth of what a map of strings per language takes.
 */
final class NgramTable {
    static final int MAX_LANGUAGES = 64;
    /** Costs are stored in 1/32 nat up to this, about the cost of a probability of one in ten million. */
    static final float MAX_COST = 511f / 32f;

    private static final int COST_BITS = 9;
    private static final int COST_MASK = (1 << COST_BITS) - 1;
    private static final int LAST_FLAG = 1 << COST_BITS;
    private static final int LANGUAGE_SHIFT = COST_BITS + 1;
    private static final float COST_STEP = 32f;

    private final long[] keys;
    private final int[] firstPostings;
    private final short[] postings;
    private final int mask;

    private NgramTable(long[] keys, int[] firstPostings, short[] postings) {
        this.keys = keys;
        this.firstPostings = firstPostings;
        this.postings = postings;
        this.mask = keys.length - 1;
    }

    /** The index of the first posting of the key, or -1 when no language has it. */
    int find(long key) {
        int slot = slot(key, mask);
        while (true) {
            long found = keys[slot];
            if (found == key) {
                return firstPostings[slot];
            }
            if (found == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    int language(int posting) {
        return (postings[posting] & 0xFFFF) >>> LANGUAGE_SHIFT;
    }

    float cost(int posting) {
        return (postings[posting] & COST_MASK) / COST_STEP;
    }

    boolean isLast(int posting) {
        return (postings[posting] & LAST_FLAG) != 0;
    }

    int size() {
        int size = 0;
        for (long key : keys) {
            size += key == 0 ? 0 : 1;
        }
        return size;
    }

    /** Heap the table holds, in bytes. */
    long bytes() {
        return 8L * keys.length + 4L * firstPostings.length + 2L * postings.length;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    /** Collects (key, language, cost) triples; a key given twice for one language keeps the last cost. */
    static final class Builder {
        private long[] keys = new long[1 << 16];
        private int[] heads = newHeads(keys.length);
        private int size;
        private short[] entries = new short[1 << 16];
        private int[] next = new int[1 << 16];
        private int entryCount;

        /** Keys must not be 0. */
        void add(long key, int language, double cost) {
            if (language < 0 || language >= MAX_LANGUAGES) {
                throw new IllegalArgumentException("language index " + language);
            }
            if (size >= keys.length * 0.7) {
                grow();
            }
            int slot = slot(key, keys.length - 1);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            if (entryCount == entries.length) {
                entries = Arrays.copyOf(entries, entryCount * 2);
                next = Arrays.copyOf(next, entryCount * 2);
            }
            int quantised = (int) Math.min(COST_MASK, Math.round(Math.max(0, cost) * COST_STEP));
            entries[entryCount] = (short) ((language << LANGUAGE_SHIFT) | quantised);
            next[entryCount] = heads[slot];
            heads[slot] = entryCount++;
        }

        NgramTable build() {
            short[] postings = new short[entryCount];
            int[] firstPostings = new int[keys.length];
            int written = 0;
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] == 0) {
                    continue;
                }
                firstPostings[slot] = written;
                int seenLanguages = 0;
                long seen = 0;
                for (int entry = heads[slot]; entry >= 0; entry = next[entry]) {
                    long bit = 1L << ((entries[entry] & 0xFFFF) >>> LANGUAGE_SHIFT);
                    if ((seen & bit) == 0) {
                        seen |= bit;
                        postings[written++] = entries[entry];
                        seenLanguages++;
                    }
                }
                postings[written - 1] |= LAST_FLAG;
                assert seenLanguages > 0;
            }
            return new NgramTable(keys, firstPostings, Arrays.copyOf(postings, written));
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            keys = new long[oldKeys.length * 2];
            heads = newHeads(keys.length);
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i], mask);
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    heads[slot] = oldHeads[i];
                }
            }
        }

        private static int[] newHeads(int capacity) {
            int[] heads = new int[capacity];
            Arrays.fill(heads, -1);
            return heads;
        }
    }
}
