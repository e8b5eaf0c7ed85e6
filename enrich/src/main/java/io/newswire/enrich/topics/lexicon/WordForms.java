package io.newswire.enrich.topics.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The forms a text word is looked up under: the word itself and, for Arabic, the word without its proclitics.
 *
 * <p>Arabic attaches conjunctions (و، ف), prepositions (ب، ل، ك) and the article (ال) to the word, and writes
 * ل + ال as لل: "والإرهاب", "بالإرهاب", "للإرهاب" are all "إرهاب". Stripping them here lets the lexicon list bare
 * words (and stems for the suffixes: ارهابي، ارهابيين، ارهابية). A stripped form must keep three letters, so that short
 * words that merely begin with one of these letters do not turn into other words.
 *
 * <p>A form is always a tail of the word, so forms are given as offsets into it rather than as strings.
 */
enum WordForms {
    AS_WRITTEN {
        @Override
        int offsets(char[] chars, int start, int end, int[] out) {
            out[0] = 0;
            return 1;
        }
    },
    ARABIC_PROCLITICS {
        private static final String[] CONJUNCTIONS = {"", "و", "ف"};
        private static final String[] PREFIXES = {"", "ب", "ل", "ك", "ال", "بال", "لل", "كال"};
        private static final int MIN_STEM = 3;
        /**
         * Every conjunction followed by every prefix (the empty one left out), grouped by first letter: most words
         * begin with a letter no proclitic begins with and are done after one array read.
         */
        private static final char[][][] PROCLITICS_BY_FIRST_LETTER = procliticsByFirstLetter();

        @Override
        int offsets(char[] chars, int start, int end, int[] out) {
            out[0] = 0;
            int forms = 1;
            char first = chars[start];
            char[][] proclitics = first < PROCLITICS_BY_FIRST_LETTER.length ? PROCLITICS_BY_FIRST_LETTER[first] : null;
            if (proclitics != null) {
                // Distinct proclitics of one length cannot both begin a word: each match is a new offset.
                for (char[] proclitic : proclitics) {
                    if (end - start - proclitic.length >= MIN_STEM && startsWith(chars, start, proclitic)) {
                        out[forms++] = proclitic.length;
                    }
                }
            }
            return forms;
        }

        private static char[][][] procliticsByFirstLetter() {
            List<char[]> all = new ArrayList<>();
            for (String conjunction : CONJUNCTIONS) {
                for (String prefix : PREFIXES) {
                    if (!(conjunction + prefix).isEmpty()) {
                        all.add((conjunction + prefix).toCharArray());
                    }
                }
            }
            char[][][] byFirst = new char[all.stream().mapToInt(p -> p[0]).max().orElseThrow() + 1][][];
            for (char[] proclitic : all) {
                char[][] group = byFirst[proclitic[0]] == null ? new char[0][] : byFirst[proclitic[0]];
                group = Arrays.copyOf(group, group.length + 1);
                group[group.length - 1] = proclitic;
                byFirst[proclitic[0]] = group;
            }
            return byFirst;
        }
    };

    /** No word has more forms than this: the word and its tails after 1, 2, 3 and 4 letters of proclitics. */
    static final int MAX_FORMS = 5;

    /**
     * Writes to {@code out} the offsets from {@code start} at which the forms of the word {@code chars[start, end)}
     * begin: 0 (the word as written) first, then each distinct offset of a stripped form.
     *
     * @param out room for {@link #MAX_FORMS}
     * @return the number of forms
     */
    abstract int offsets(char[] chars, int start, int end, int[] out);

    static WordForms forLanguage(String language) {
        return "ar".equals(language) ? ARABIC_PROCLITICS : AS_WRITTEN;
    }

    private static boolean startsWith(char[] chars, int start, char[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (chars[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
