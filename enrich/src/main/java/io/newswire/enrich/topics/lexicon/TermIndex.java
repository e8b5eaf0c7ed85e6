package io.newswire.enrich.topics.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A language's terms by the first letters of their first word, so that a text word costs one probe of a small table
 * and a few character comparisons, however many terms the lexicon has.
 *
 * <p>The key is the first three letters of the word (stems are at least three letters, so every stem a word matches
 * shares the word's first three letters), or the whole word when it is shorter (a short first word can only match
 * a word of its own length exactly). Three UTF-16 characters and the length fit in a long: keys are exact, not hashes,
 * and a word's candidates are exactly the terms it may start.
 */
final class TermIndex {
    static final int KEY_LETTERS = 3;
    private static final long EMPTY = 0; // no key is 0: the length is part of it

    private final long[] keys;
    /** The terms of the key in slot s are terms[from[s]] up to, not including, terms[to[s]]. */
    private final int[] from;
    private final int[] to;
    private final int[] terms;
    private final int mask;

    /** @param firstWords the first word of each term, by term index */
    TermIndex(List<char[]> firstWords) {
        Map<Long, List<Integer>> byKey = new TreeMap<>();
        for (int t = 0; t < firstWords.size(); t++) {
            char[] word = firstWords.get(t);
            byKey.computeIfAbsent(key(word, 0, word.length), k -> new ArrayList<>()).add(t);
        }
        int capacity = Integer.highestOneBit(Math.max(4, byKey.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        from = new int[capacity];
        to = new int[capacity];
        terms = new int[firstWords.size()];
        mask = capacity - 1;
        int next = 0;
        for (Map.Entry<Long, List<Integer>> e : byKey.entrySet()) {
            int slot = slotOf(e.getKey());
            keys[slot] = e.getKey();
            from[slot] = next;
            for (int t : e.getValue()) {
                terms[next++] = t;
            }
            to[slot] = next;
        }
    }

    /** The slot of the terms that a word {@code chars[start, end)} may start, or -1 if there are none. */
    int slotFor(char[] chars, int start, int end) {
        long key = key(chars, start, end);
        int slot = slotOf(key);
        return keys[slot] == key ? slot : -1;
    }

    /** Where the slot's terms begin in {@link #term(int)}'s numbering. */
    int from(int slot) {
        return from[slot];
    }

    /** Where the slot's terms end, exclusive. */
    int to(int slot) {
        return to[slot];
    }

    int term(int i) {
        return terms[i];
    }

    private int slotOf(long key) {
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long key(char[] chars, int start, int end) {
        int letters = Math.min(KEY_LETTERS, end - start);
        long key = (long) letters << 48;
        for (int i = 0; i < letters; i++) {
            key |= (long) chars[start + i] << (16 * i);
        }
        return key;
    }
}
