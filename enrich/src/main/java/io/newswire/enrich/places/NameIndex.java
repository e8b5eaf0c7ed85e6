package io.newswire.enrich.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names one language's texts are searched for, by their first folded word (or first char, for unspaced names). */
final class NameIndex {
    private static final PlaceName[] NONE = new PlaceName[0];
    /** Longest first: at any position the longest name wins ("Guinea-Bissau" over "Guinea"). */
    private static final Comparator<PlaceName> LONGEST_FIRST = Comparator.comparingInt(PlaceName::length).reversed();

    private final Map<String, PlaceName[]> byFirstWord;
    private final Map<Character, PlaceName[]> byFirstChar;

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
        this.byFirstWord = longestFirst(words);
        this.byFirstChar = longestFirst(chars);
    }

    private static <K> Map<K, PlaceName[]> longestFirst(Map<K, List<PlaceName>> lists) {
        Map<K, PlaceName[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> {
            list.sort(LONGEST_FIRST);
            arrays.put(key, list.toArray(NONE));
        });
        return arrays;
    }

    /** Names whose first word may take this folded form, longest first. */
    PlaceName[] startingWith(String foldedWord) {
        return byFirstWord.getOrDefault(foldedWord, NONE);
    }

    /** Unspaced names starting with this char, longest first. */
    PlaceName[] unspacedStartingWith(char c) {
        return byFirstChar.getOrDefault(c, NONE);
    }
}
