package io.newswire.enrich.places;

import java.util.Arrays;

/**
 * One name of a country, ready for matching: either a sequence of words, each with the folded forms it may take in
 * text (case endings, attached prepositions), or a name in a script written without spaces, matched as a substring.
 */
final class PlaceName {
    private final String countryCode;
    private final NameKind kind;
    private final String[][] wordForms;
    private final String[] exactWords;
    private final String unspaced;
    private final boolean[] capitalised;

    private PlaceName(String countryCode, NameKind kind, String[][] wordForms, String[] exactWords, String unspaced,
                      boolean[] capitalised) {
        this.countryCode = countryCode;
        this.kind = kind;
        this.wordForms = wordForms;
        this.exactWords = exactWords;
        this.unspaced = unspaced;
        this.capitalised = capitalised;
    }

    /**
     * A name of words.
     *
     * @param wordForms   per word, the folded forms it may take, sorted
     * @param exactWords  for acronyms, the words exactly as they must be written; otherwise null
     * @param capitalised per word, whether the name writes it with a capital; in text, one of these must not be
     *                    written in lowercase: as common nouns, "china", "turkey", "chile", "mali" (Italian) and
     *                    "la reunión" (Spanish) are not countries
     */
    static PlaceName ofWords(String countryCode, NameKind kind, String[][] wordForms, String[] exactWords,
                             boolean[] capitalised) {
        for (String[] forms : wordForms) {
            Arrays.sort(forms);
        }
        return new PlaceName(countryCode, kind, wordForms, exactWords, null, capitalised);
    }

    /** A Chinese or Japanese name, found as a substring of the text. */
    static PlaceName ofUnspaced(String countryCode, NameKind kind, String folded) {
        return new PlaceName(countryCode, kind, null, null, folded, new boolean[0]);
    }

    String countryCode() {
        return countryCode;
    }

    NameKind kind() {
        return kind;
    }

    /** Words in the name; for an unspaced name, its length in chars. */
    int length() {
        return unspaced != null ? unspaced.length() : wordForms.length;
    }

    boolean isUnspaced() {
        return unspaced != null;
    }

    String unspaced() {
        return unspaced;
    }

    String[] formsOfWord(int index) {
        return wordForms[index];
    }

    boolean acceptsWord(int index, String folded) {
        return Arrays.binarySearch(wordForms[index], folded) >= 0;
    }

    /** The exact spelling of word {@code index}, or null when case does not matter. */
    String exactWord(int index) {
        return exactWords == null ? null : exactWords[index];
    }

    /** Whether the name writes word {@code index} with a capital. */
    boolean capitalised(int index) {
        return index < capitalised.length && capitalised[index];
    }

    /** Whether any word of the name is written with a capital (so the script has case). */
    boolean hasCapitals() {
        for (boolean word : capitalised) {
            if (word) {
                return true;
            }
        }
        return false;
    }
}
