package io.newswire.enrich.topics.lexicon;

import io.newswire.enrich.topics.text.TopicText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One language's terms, matched against a text's tokens in place: each form of each word (see {@link WordForms})
 * costs one probe of the {@link TermIndex} and a character comparison per candidate term, with no string made.
 */
final class LanguageLexicon {
    private final String language;
    private final WordForms forms;
    private final List<LexiconTerm> terms;
    /** words[t][w]: the characters of word w of term t. */
    private final char[][][] words;
    private final TermIndex index;

    LanguageLexicon(String language, List<LexiconTerm> terms) {
        this.language = language;
        this.forms = WordForms.forLanguage(language);
        this.terms = List.copyOf(terms);
        this.words = new char[terms.size()][][];
        List<char[]> firstWords = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            LexiconTerm term = terms.get(t);
            words[t] = term.words().stream().map(String::toCharArray).toArray(char[][]::new);
            if (term.stems()[0] && words[t][0].length < TermIndex.KEY_LETTERS) {
                // The index finds a word's stems by its first letters: a shorter stem would never be found.
                throw new IllegalArgumentException("Stem shorter than " + TermIndex.KEY_LETTERS + " letters: "
                        + term.source());
            }
            firstWords.add(words[t][0]);
        }
        this.index = new TermIndex(firstWords);
    }

    String language() {
        return language;
    }

    int size() {
        return terms.size();
    }

    /** Reports each term occurrence once, however many forms of the word match it. */
    void match(TopicText text, SubjectEvidence evidence) {
        char[] chars = text.chars();
        int[] lastMatchedAt = new int[terms.size()];
        Arrays.fill(lastMatchedAt, -1);
        int[] offsets = new int[WordForms.MAX_FORMS];
        for (int at = 0; at < text.size(); at++) {
            int start = text.start(at);
            int end = text.end(at);
            int formCount = forms.offsets(chars, start, end, offsets);
            for (int f = 0; f < formCount; f++) {
                int formStart = start + offsets[f];
                int slot = index.slotFor(chars, formStart, end);
                if (slot < 0) {
                    continue;
                }
                for (int i = index.from(slot); i < index.to(slot); i++) {
                    int t = index.term(i);
                    if (lastMatchedAt[t] != at && wordMatches(t, 0, chars, formStart, end) && restMatches(t, text, at)) {
                        lastMatchedAt[t] = at;
                        evidence.add(terms.get(t));
                    }
                }
            }
        }
    }

    /** Whether the words after the first of term t match the tokens after {@code at}, each in one of its forms. */
    private boolean restMatches(int t, TopicText text, int at) {
        int count = words[t].length;
        if (at + count > text.size()) {
            return false;
        }
        int[] offsets = count > 1 ? new int[WordForms.MAX_FORMS] : null;
        for (int w = 1; w < count; w++) {
            int start = text.start(at + w);
            int end = text.end(at + w);
            int formCount = forms.offsets(text.chars(), start, end, offsets);
            boolean any = false;
            for (int f = 0; f < formCount && !any; f++) {
                any = wordMatches(t, w, text.chars(), start + offsets[f], end);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code chars[start, end)} is word w of term t, or begins with it if that word is a stem. */
    private boolean wordMatches(int t, int w, char[] chars, int start, int end) {
        char[] word = words[t][w];
        int length = end - start;
        if (length != word.length && !(terms.get(t).stems()[w] && length > word.length)) {
            return false;
        }
        return Arrays.equals(word, 0, word.length, chars, start, start + word.length);
    }
}
