package io.newswire.enrich.topics.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The lexicon hits in one text, and how strongly they make the case for each subject.
 *
 * <p>Evidence for a subject sums, over its distinct terms, the term's weight times 1 + ln(occurrences): a second
 * different term counts for more than the same term again. The score then multiplies a saturating function of that
 * evidence by a density factor (hits per hundred words, against {@value #FULL_DENSITY}), so that two passing mentions
 * in a long article about something else do not tag it, while one short headline with two clear terms does. Texts
 * shorter than {@value #MIN_LENGTH} words count as that long, so one word in a four-word title is not overwhelming.
 */
final class SubjectEvidence {
    static final double MIN_EVIDENCE = 2.0;
    private static final double EVIDENCE_SCALE = 3.0;
    private static final double FULL_DENSITY = 1.5;
    private static final int MIN_LENGTH = 20;

    private final Map<Integer, Map<LexiconTerm, Integer>> hitsBySubject = new HashMap<>();

    void add(LexiconTerm term) {
        hitsBySubject.computeIfAbsent(term.subject(), s -> new HashMap<>()).merge(term, 1, Integer::sum);
    }

    Map<Integer, Map<LexiconTerm, Integer>> hits() {
        return hitsBySubject;
    }

    /** The subject's score in 0..1, or 0 when the evidence is below the minimum. */
    double score(int subject, int textLength) {
        Map<LexiconTerm, Integer> hits = hitsBySubject.get(subject);
        if (hits == null) {
            return 0;
        }
        double evidence = 0;
        double occurrences = 0;
        // Terms are the same across languages only by coincidence; one stem matched by lexicons of two languages
        // (an "und" text) counts once.
        Map<String, Integer> perSource = new HashMap<>();
        Map<String, Double> weightOf = new HashMap<>();
        for (Map.Entry<LexiconTerm, Integer> e : hits.entrySet()) {
            perSource.merge(e.getKey().key(), e.getValue(), Math::max);
            weightOf.merge(e.getKey().key(), e.getKey().weight(), Math::max);
        }
        for (Map.Entry<String, Integer> e : perSource.entrySet()) {
            evidence += weightOf.get(e.getKey()) * (1 + Math.log(e.getValue()));
            occurrences += e.getValue();
        }
        if (evidence < MIN_EVIDENCE) {
            return 0;
        }
        double density = occurrences * 100.0 / Math.max(MIN_LENGTH, textLength);
        return (1 - Math.exp(-evidence / EVIDENCE_SCALE)) * Math.min(1, Math.sqrt(density / FULL_DENSITY));
    }
}
