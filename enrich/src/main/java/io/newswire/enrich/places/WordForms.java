package io.newswire.enrich.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The forms a word of a country's name takes in running text: case endings in inflected languages ("России",
 * "Stanów", "Irans") and words written onto it ("والمغرب", "בישראל", "미국은"). Generated once, when the gazetteer is
 * built, so that matching stays one lookup per word.
 */
final class WordForms {
    private static final String ANY_ENDING = "*";
    private static final String ARABIC_ARTICLE = "\u0627\u0644";
    private static final char ARABIC_LAM = '\u0644';

    private final Map<String, List<String>> prefixes;
    private final Map<String, List<String>> suffixes;
    private final Map<String, List<Inflection>> inflections;

    private WordForms(Map<String, List<String>> prefixes, Map<String, List<String>> suffixes,
                      Map<String, List<Inflection>> inflections) {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
        this.inflections = inflections;
    }

    /** A case ending and what replaces it; an empty list for words that do not inflect. */
    private record Inflection(String ending, List<String> replacements) {
    }

    static WordForms of(GazetteerResource affixes, GazetteerResource inflectionTable) {
        Map<String, List<String>> prefixes = new HashMap<>();
        Map<String, List<String>> suffixes = new HashMap<>();
        for (String[] row : affixes.rows()) {
            List<String> folded = Arrays.stream(row[2].trim().split(" +")).map(NameFolding::foldWord).toList();
            switch (row[1].trim()) {
                case "prefix" -> prefixes.put(row[0].trim(), folded);
                case "suffix" -> suffixes.put(row[0].trim(), folded);
                default -> throw new IllegalArgumentException("Unknown affix position in " + String.join("\t", row));
            }
        }
        Map<String, List<Inflection>> inflections = new HashMap<>();
        for (String[] row : inflectionTable.rows()) {
            List<String> replacements = row.length < 3 || row[2].isBlank() ? List.of() : List.of(row[2].trim().split(" +"));
            inflections.computeIfAbsent(row[0].trim(), l -> new ArrayList<>()).add(new Inflection(row[1].trim(), replacements));
        }
        // The longest ending decides ("ия" before "я"); the catch-all comes last.
        inflections.values().forEach(rules -> rules.sort(Comparator.comparingInt(
                (Inflection rule) -> rule.ending().equals(ANY_ENDING) ? -1 : rule.ending().length()).reversed()));
        return new WordForms(Map.copyOf(prefixes), Map.copyOf(suffixes), Map.copyOf(inflections));
    }

    /** The folded forms of word {@code position} of a name of {@code words} words, in any of these languages. */
    String[] formsOf(Set<String> languages, String word, int position, int words) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(NameFolding.foldWord(word));
        for (String language : languages) {
            forms.addAll(formsOf(language, word, position, words));
        }
        return forms.toArray(String[]::new);
    }

    private Set<String> formsOf(String language, String word, int position, int words) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(NameFolding.foldWord(word));
        for (String inflected : inflect(language, word.toLowerCase(Locale.ROOT))) {
            forms.add(NameFolding.foldWord(inflected));
        }
        if (position == 0) {
            for (String form : List.copyOf(forms)) {
                for (String prefix : prefixes.getOrDefault(language, List.of())) {
                    forms.add(attach(prefix, form));
                }
            }
        }
        if (position == words - 1) {
            for (String form : List.copyOf(forms)) {
                for (String suffix : suffixes.getOrDefault(language, List.of())) {
                    forms.add(form + suffix);
                }
            }
        }
        return forms;
    }

    private List<String> inflect(String language, String word) {
        if (word.codePointCount(0, word.length()) < 3) {
            return List.of();
        }
        for (Inflection rule : inflections.getOrDefault(language, List.of())) {
            if (rule.ending().equals(ANY_ENDING)) {
                return rule.replacements().stream().map(ending -> word + ending).toList();
            }
            if (word.endsWith(rule.ending())) {
                String stem = word.substring(0, word.length() - rule.ending().length());
                return rule.replacements().stream().map(ending -> stem + ending).toList();
            }
        }
        return List.of();
    }

    /** Arabic ل before the article ال swallows the article's alef: ل + المغرب is "للمغرب". */
    private static String attach(String prefix, String form) {
        if (!prefix.isEmpty() && prefix.charAt(prefix.length() - 1) == ARABIC_LAM && form.startsWith(ARABIC_ARTICLE)) {
            return prefix + form.substring(1);
        }
        return prefix + form;
    }
}
