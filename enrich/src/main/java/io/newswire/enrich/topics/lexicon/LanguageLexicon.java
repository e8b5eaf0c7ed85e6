package io.newswire.enrich.topics.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
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
        Arrays.fill(lastMatchedAt, -1);
        // Words repeat within an article: their forms and the terms they may start are worked out once per word.
        Map<String, List<String>> formsOfWord = new HashMap<>();
        Map<String, int[]> startsOfWord = new HashMap<>();
        List<List<String>> formsCache = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            formsCache.add(formsOfWord.computeIfAbsent(token, forms::of));
        }
        for (int i = 0; i < tokens.size(); i++) {
            int[] candidates = startsOfWord.computeIfAbsent(tokens.get(i), w -> termsStartingWith(formsOfWord.get(w)));
            for (int t : candidates) {
                if (lastMatchedAt[t] != i && restMatches(terms.get(t), formsCache, i)) {
                    lastMatchedAt[t] = i;
                    evidence.add(terms.get(t));
                }
            }
        }
    }

    private static final int[] NONE = new int[0];

    /** The terms whose first word matches one of the forms, in index order. */
    private int[] termsStartingWith(List<String> wordForms) {
        TreeSet<Integer> found = null;
        for (String form : wordForms) {
            found = addAll(found, byFirstWord.get(form));
            for (int length : stemLengths) {
                if (length > form.length()) {
                    break;
                }
                found = addAll(found, byFirstStem.get(form.substring(0, length)));
            }
        }
        return found == null ? NONE : found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static TreeSet<Integer> addAll(TreeSet<Integer> found, List<Integer> terms) {
        if (terms == null) {
            return found;
        }
        TreeSet<Integer> set = found == null ? new TreeSet<>() : found;
        set.addAll(terms);
        return set;
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
