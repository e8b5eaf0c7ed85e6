package io.newswire.enrich.topics.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One language's terms, indexed by their first word (exact words in one map, stems in another, probed with each
 * prefix length that some stem has) so that matching costs a few hash lookups per text word.
 */
final class LanguageLexicon {
    private final String language;
    private final WordForms forms;
    private final List<LexiconTerm> terms;
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    private final Map<String, List<Integer>> byFirstStem = new HashMap<>();
    private final int[] stemLengths;

    LanguageLexicon(String language, List<LexiconTerm> terms) {
        this.language = language;
        this.forms = WordForms.forLanguage(language);
        this.terms = List.copyOf(terms);
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int t = 0; t < terms.size(); t++) {
            LexiconTerm term = terms.get(t);
            String first = term.words().get(0);
            if (term.stems()[0]) {
                byFirstStem.computeIfAbsent(first, w -> new ArrayList<>()).add(t);
                lengths.add(first.length());
            } else {
                byFirstWord.computeIfAbsent(first, w -> new ArrayList<>()).add(t);
            }
        }
        stemLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    String language() {
        return language;
    }

    int size() {
        return terms.size();
    }

    /** Reports each term occurrence once, however many forms of the word match it. */
    void match(List<String> tokens, SubjectEvidence evidence) {
        int[] lastMatchedAt = new int[terms.size()];
        java.util.Arrays.fill(lastMatchedAt, -1);
        List<List<String>> formsCache = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            formsCache.add(forms.of(token));
        }
        for (int i = 0; i < tokens.size(); i++) {
            for (String form : formsCache.get(i)) {
                matchCandidates(byFirstWord.get(form), formsCache, i, lastMatchedAt, evidence);
                for (int length : stemLengths) {
                    if (length > form.length()) {
                        break;
                    }
                    matchCandidates(byFirstStem.get(form.substring(0, length)), formsCache, i, lastMatchedAt, evidence);
                }
            }
        }
    }

    private void matchCandidates(List<Integer> candidates, List<List<String>> forms, int at, int[] lastMatchedAt,
                                 SubjectEvidence evidence) {
        if (candidates == null) {
            return;
        }
        for (int t : candidates) {
            if (lastMatchedAt[t] != at && restMatches(terms.get(t), forms, at)) {
                lastMatchedAt[t] = at;
                evidence.add(terms.get(t));
            }
        }
    }

    private static boolean restMatches(LexiconTerm term, List<List<String>> forms, int at) {
        int words = term.words().size();
        if (at + words > forms.size()) {
            return false;
        }
        for (int w = 1; w < words; w++) {
            boolean any = false;
            for (String form : forms.get(at + w)) {
                if (term.matchesWord(w, form)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
