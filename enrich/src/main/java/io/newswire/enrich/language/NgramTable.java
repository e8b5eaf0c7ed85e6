package io.newswire.enrich.language;

import java.util.Arrays;

/**
 * N-gram probabilities of several languages in one open-addressing hash table, so that one probe answers for every
 * language at once. A key is a packed n-gram; its value is a run of postings, each a language and that language's
 * cost (the negative natural logarithm of the probability) quantised to 1/32 nat. 25 to 45 bytes a distinct n-gram,
 * plus 2 a language past the third that has it: a tenth of what a map of strings per language takes.
 *
 * <p>A key sits beside its value in one array: the tables are larger than the processor's caches and lookups are
 * random, so each cache line read counts. The value holds the key's postings themselves when there are at most
 * {@value #INLINE_POSTINGS} (always, for Arabic, Persian and Urdu), else the index of the first in a shared array:
 * most lookups then read one cache line.
 *
 * <p>{@link #find} answers a handle: the index of the first posting in the shared array, or, flagged with
 * {@code INLINE}, the slot and place of one in its value. The handle after a posting that is not the last is the
 * next posting's.
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
    private static final int INLINE_POSTINGS = 3;
    private static final int POSTING_BITS = 16;
    /** Where a value says how many postings it holds inline (0: none, it is an index into the shared array). */
    private static final int INLINE_COUNT_SHIFT = INLINE_POSTINGS * POSTING_BITS;
    /** Flags a handle to a posting held inline; the rest is the slot, times 4, plus the place in the value. */
    private static final int INLINE = 1 << 30;
    private static final int MAX_SLOTS = 1 << 27;

    /** Per slot, the key (0 for none) and then its value: inline postings, or the index of its first posting. */
    private final long[] slots;
    private final short[] postings;
    private final int mask;

    private NgramTable(long[] slots, short[] postings) {
        this.slots = slots;
        this.postings = postings;
        this.mask = slots.length / 2 - 1;
    }

    /** The handle of the first posting of the key, or -1 when no language has it. */
    int find(long key) {
        int slot = slot(key, mask);
        while (true) {
            long found = slots[2 * slot];
            if (found == key) {
                long value = slots[2 * slot + 1];
                return (value >>> INLINE_COUNT_SHIFT) != 0 ? INLINE | slot << 2 : (int) value;
            }
            if (found == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The posting a handle refers to: read with {@link #languageOf}, {@link #costOf} and {@link #isLastOf}. */
    int posting(int handle) {
        if ((handle & INLINE) != 0) {
            int slot = (handle & ~INLINE) >>> 2;
            return (int) (slots[2 * slot + 1] >>> (POSTING_BITS * (handle & 3))) & 0xFFFF;
        }
        return postings[handle] & 0xFFFF;
    }

    int language(int handle) {
        return languageOf(posting(handle));
    }

    float cost(int handle) {
        return costOf(posting(handle));
    }

    boolean isLast(int handle) {
        return isLastOf(posting(handle));
    }

    static int languageOf(int posting) {
        return posting >>> LANGUAGE_SHIFT;
    }

    static float costOf(int posting) {
        return (posting & COST_MASK) / COST_STEP;
    }

    static boolean isLastOf(int posting) {
        return (posting & LAST_FLAG) != 0;
    }

    int size() {
        int size = 0;
        for (int slot = 0; slot < slots.length; slot += 2) {
            size += slots[slot] == 0 ? 0 : 1;
        }
        return size;
    }

    /** Heap the table holds, in bytes. */
    long bytes() {
        return 8L * slots.length + 2L * postings.length;
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
            if (keys.length > MAX_SLOTS) {
                throw new IllegalStateException("too many n-grams for one table: " + size);
            }
            short[] postings = new short[entryCount];
            long[] slots = new long[2 * keys.length];
            int written = 0;
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] == 0) {
                    continue;
                }
                int first = written;
                long seen = 0;
                for (int entry = heads[slot]; entry >= 0; entry = next[entry]) {
                    long bit = 1L << ((entries[entry] & 0xFFFF) >>> LANGUAGE_SHIFT);
                    if ((seen & bit) == 0) {
                        seen |= bit;
                        postings[written++] = entries[entry];
                    }
                }
                postings[written - 1] |= LAST_FLAG;
                slots[2 * slot] = keys[slot];
                int count = written - first;
                if (count <= INLINE_POSTINGS) {
                    long value = (long) count << INLINE_COUNT_SHIFT;
                    for (int k = 0; k < count; k++) {
                        value |= (long) (postings[first + k] & 0xFFFF) << (POSTING_BITS * k);
                    }
                    slots[2 * slot + 1] = value;
                    written = first;
                } else {
                    slots[2 * slot + 1] = first;
                }
            }
            return new NgramTable(slots, Arrays.copyOf(postings, written));
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
