package io.newswire.enrich.topics.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms a text word is looked up under: the word itself and, for Arabic, the word without its proclitics.
 *
 * <p>Arabic attaches conjunctions (و، ف), prepositions (ب، ل، ك) and the article (ال) to the word, and writes
 * ل + ال as لل: "والإرهاب", "بالإرهاب", "للإرهاب" are all "إرهاب". Stripping them here lets the lexicon list bare
 * words (and stems for the suffixes: ارهابي، ارهابيين، ارهابية). A stripped form must keep three letters, so that short
 * words that merely begin with one of these letters do not turn into other words.
 */
enum WordForms {
    AS_WRITTEN {
        @Override
        List<String> of(String word) {
            return List.of(word);
        }
    },
    ARABIC_PROCLITICS {
        private static final String[] CONJUNCTIONS = {"", "و", "ف"};
        private static final String[] PREFIXES = {"", "ب", "ل", "ك", "ال", "بال", "لل", "كال"};
        private static final int MIN_STEM = 3;

        @Override
        List<String> of(String word) {
            List<String> forms = new ArrayList<>(4);
            forms.add(word);
            for (String conjunction : CONJUNCTIONS) {
                for (String prefix : PREFIXES) {
                    String proclitics = conjunction + prefix;
                    if (!proclitics.isEmpty() && word.startsWith(proclitics)
                            && word.length() - proclitics.length() >= MIN_STEM) {
                        String stem = word.substring(proclitics.length());
                        if (!forms.contains(stem)) {
                            forms.add(stem);
                        }
                    }
                }
            }
            return forms;
        }
    };

    abstract List<String> of(String word);

    static WordForms forLanguage(String language) {
        return "ar".equals(language) ? ARABIC_PROCLITICS : AS_WRITTEN;
    }
}
