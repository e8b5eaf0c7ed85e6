package io.newswire.enrich.topics.lexicon;

import java.util.List;

/**
 * One keyword or phrase of a language's lexicon.
 *
 * @param subject index of the subject in the lexicon
 * @param words   the normalised words; a word marked as a stem matches any word beginning with it
 * @param stems   stems[i] is true when words[i] was written with a trailing '*'
 * @param weight  1 for an ordinary term, 2 for an unambiguous one (written with a trailing '!'), 0.5 for a weak
 *                one (trailing '~')
 * @param source  the line as written, for messages and tests
 */
record LexiconTerm(int subject, List<String> words, boolean[] stems, double weight, String source) {

    /** What the term says, whichever file it is in: the same spelling in two languages' lexicons is one term. */
    String key() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            key.append(words.get(i)).append(stems[i] ? "* " : " ");
        }
        return key.toString();
    }

    boolean matchesWord(int i, String candidate) {
        String word = words.get(i);
        return stems[i] ? candidate.startsWith(word) : candidate.equals(word);
    }
}
