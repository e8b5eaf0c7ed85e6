package io.newswire.enrich.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name as the gazetteer's sources give it, before its word forms are generated.
 *
 * @param countryCode ISO 3166-1 alpha-2, or null for a block
 * @param kind        what finding it does
 * @param languages   whose word forms it takes; "*" stands for the language of the index it lands in
 * @param words       the name's words as written (empty for an unspaced name)
 * @param unspaced    a Chinese or Japanese name, or null
 * @param signature   equal for names that match the same text, whatever their source
 * @param priority    lower wins when two sources give the same name to different countries
 */
record NameSpec(String countryCode, NameKind kind, Set<String> languages, List<String> words, String unspaced,
                String signature, int priority) {

    /** The spec of {@code surface}, or null when it mixes spaced and unspaced scripts or has no letters. */
    static NameSpec of(String countryCode, NameKind kind, String language, String surface) {
        TokenizedText tokens = TokenizedText.of(surface);
        if (tokens.size() == 0) {
            return null;
        }
        StringBuilder unspaced = new StringBuilder();
        StringBuilder folded = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.isUnspaced(t)) {
                unspaced.append(tokens.folded(t));
            } else {
                words.add(tokens.rawText(t));
                folded.append(folded.isEmpty() ? "" : " ").append(tokens.folded(t));
            }
        }
        if (!unspaced.isEmpty() && !words.isEmpty()) {
            return null;
        }
        if (!unspaced.isEmpty()) {
            return new NameSpec(countryCode, kind, Set.of(language), List.of(), unspaced.toString(), "U:" + unspaced, 0);
        }
        String signature = kind == NameKind.ACRONYM ? "A:" + String.join(" ", words) : "W:" + folded;
        return new NameSpec(countryCode, kind, Set.of(language), List.copyOf(words), null, signature, 0);
    }

    NameSpec withKind(NameKind newKind) {
        return new NameSpec(countryCode, newKind, languages, words, unspaced, signature, priority);
    }

    NameSpec withPriority(int newPriority) {
        return new NameSpec(countryCode, kind, languages, words, unspaced, signature, newPriority);
    }

    NameSpec withLanguages(Set<String> newLanguages) {
        return new NameSpec(countryCode, kind, Set.copyOf(newLanguages), words, unspaced, signature, priority);
    }

    /** The name ready for matching, with the word forms of each of its languages. */
    PlaceName toPlaceName(WordForms forms) {
        if (unspaced != null) {
            return PlaceName.ofUnspaced(countryCode, kind, unspaced);
        }
        int count = words.size();
        String[][] wordForms = new String[count][];
        for (int k = 0; k < count; k++) {
            wordForms[k] = kind == NameKind.ACRONYM
                    ? new String[] {NameFolding.foldWord(words.get(k))}
                    : forms.formsOf(languages, words.get(k), k, count);
        }
        String[] exact = kind == NameKind.ACRONYM ? words.toArray(String[]::new) : null;
        boolean[] capitalised = new boolean[count];
        for (int k = 0; k < count; k++) {
            capitalised[k] = Character.isUpperCase(words.get(k).codePointAt(0));
        }
        return PlaceName.ofWords(countryCode, kind, wordForms, exact, capitalised);
    }
}
