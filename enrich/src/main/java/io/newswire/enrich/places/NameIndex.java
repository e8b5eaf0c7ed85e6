package io.newswire.enrich.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names one language's texts are searched for, by their first folded word (or first char, for unspaced names).
 *
 * <p>Every word of every article is looked up by its first word, so those are in an open-addressing table of their
 * own, probed with the word as the {@link TokenizedText} holds it: no string is made for the lookup.
 */
final class NameIndex {
    private static final PlaceName[] NONE = new PlaceName[0];
    /** Longest first: at any position the longest name wins ("Guinea-Bissau" over "Guinea"). */
    private static final Comparator<PlaceName> LONGEST_FIRST = Comparator.comparingInt(PlaceName::length).reversed();

    private final Map<Character, PlaceName[]> byFirstChar;
    /** The folded forms first words may take, by slot (null: none), at most half full. */
    private final String[] firstWords;
    /** Their hashes, compared before the words themselves. */
    private final int[] firstWordHashes;
    private final PlaceName[][] namesByFirstWord;
    private final int mask;
    private final int shift;

    NameIndex(Collection<PlaceName> placeNames) {
        Map<String, List<PlaceName>> words = new HashMap<>();
        Map<Character, List<PlaceName>> chars = new HashMap<>();
        for (PlaceName name : placeNames) {
            if (name.isUnspaced()) {
                chars.computeIfAbsent(name.unspaced().charAt(0), c -> new ArrayList<>()).add(name);
            } else {
                for (String form : name.formsOfWord(0)) {
                    words.computeIfAbsent(form, f -> new ArrayList<>()).add(name);
                }
            }
        }
        Map<String, PlaceName[]> byFirstWord = longestFirst(words);
        this.byFirstChar = longestFirst(chars);
        int capacity = Integer.highestOneBit(Math.max(1, byFirstWord.size()) * 2) * 2;
        this.firstWords = new String[capacity];
        this.firstWordHashes = new int[capacity];
        this.namesByFirstWord = new PlaceName[capacity][];
        this.mask = capacity - 1;
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
        byFirstWord.forEach((word, names) -> {
            int slot = slot(word.hashCode());
            while (firstWords[slot] != null) {
                slot = (slot + 1) & mask;
            }
            firstWords[slot] = word;
            firstWordHashes[slot] = word.hashCode();
            namesByFirstWord[slot] = names;
        });
    }

    private static <K> Map<K, PlaceName[]> longestFirst(Map<K, List<PlaceName>> lists) {
        Map<K, PlaceName[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> {
            list.sort(LONGEST_FIRST);
            arrays.put(key, list.toArray(NONE));
        });
        return arrays;
    }

    /** Names whose first word may take the folded form of the token, longest first. */
    PlaceName[] startingWith(TokenizedText tokens, int token) {
        int hash = tokens.foldedHash(token);
        for (int slot = slot(hash); firstWords[slot] != null; slot = (slot + 1) & mask) {
            if (firstWordHashes[slot] == hash && tokens.foldedEquals(token, firstWords[slot])) {
                return namesByFirstWord[slot];
            }
        }
        return NONE;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift & mask;
    }

    /** Unspaced names starting with this char, longest first. */
    PlaceName[] unspacedStartingWith(char c) {
        return byFirstChar.getOrDefault(c, NONE);
    }
}
