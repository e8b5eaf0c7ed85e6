package io.newswire.enrich.language;

import java.util.List;

/**
 * The n-gram models of the configured languages that share one script, scored together: the cost of a text in a
 * language is the negative log-likelihood of its letters under that language's character Markov chain (each letter
 * given up to four letters before it in its word), backing off to shorter histories where the language never saw
 * the longer one.
 *
 * <p>The n-grams of up to {@value #SHORT_ORDERS} letters, all that long texts are scored with, are kept in a table of
 * their own, apart from the far more numerous longer ones that only short texts use: scoring an article then reads a
 * table a fifth of the size, that mostly stays in the processor's cache.
 */
final class ScriptModel {
    /** What falling back to a shorter history costs, per letter dropped (ln 2.5, "stupid backoff" of 0.4). */
    static final float BACKOFF_COST = 0.92f;
    /** The cost of a letter the language's model never saw at all. */
    static final float UNSEEN_COST = 18f;
    private static final int ORDER_BITS = 3;
    /** N-grams up to this many letters go in {@link #shortNgrams}, longer ones in {@link #longNgrams}. */
    static final int SHORT_ORDERS = 3;

    private final Script script;
    private final List<String> languages;
    private final Alphabet alphabet;
    private final NgramTable shortNgrams;
    private final NgramTable longNgrams;
    private final int bitsPerLetter;
    /** Per n, the mask that keeps the codes of the last n letters of a word. */
    private final long[] lastLetters;
    private final int maxOrder;
    /** Per language, what a letter of its own text costs by history length (see {@link ModelEntropy}). */
    private final double[][] expectedCosts;

    private ScriptModel(Script script, List<String> languages, Alphabet alphabet, NgramTable shortNgrams,
                        NgramTable longNgrams, int maxOrder, double[][] expectedCosts) {
        this.script = script;
        this.languages = List.copyOf(languages);
        this.alphabet = alphabet;
        this.shortNgrams = shortNgrams;
        this.longNgrams = longNgrams;
        this.bitsPerLetter = alphabet.bitsPerLetter();
        this.maxOrder = maxOrder;
        this.expectedCosts = expectedCosts;
        this.lastLetters = new long[maxOrder + 1];
        for (int n = 1; n <= maxOrder; n++) {
            lastLetters[n] = (1L << (n * bitsPerLetter)) - 1;
        }
    }

    /**
     * Loads Lingua's models of the languages up to n-grams of {@code maxOrder} letters, leaving out the n-grams of
     * four letters or more that Lingua counted only once when {@code dropRareLongNgrams} (they weigh most and help
     * least).
     */
    static ScriptModel load(Script script, List<String> languages, int maxOrder, boolean dropRareLongNgrams) {
        if (languages.isEmpty() || languages.size() > NgramTable.MAX_LANGUAGES) {
            throw new IllegalArgumentException("a script model needs 1 to " + NgramTable.MAX_LANGUAGES + " languages");
        }
        Alphabet alphabet = new Alphabet();
        for (String language : languages) {
            LinguaModelFiles.read(language, 1, 1, (letters, start, length, probability) -> {
                if (length == 1) {
                    alphabet.add(letters[start], probability);
                }
            });
        }
        int bits = alphabet.bitsPerLetter();
        if (bits * maxOrder + ORDER_BITS > 63) {
            throw new IllegalStateException(script + " models have too many letters (" + alphabet.size() + ")");
        }
        NgramTable.Builder shortNgrams = new NgramTable.Builder();
        NgramTable.Builder longNgrams = new NgramTable.Builder();
        double[][] expectedCosts = new double[languages.size()][];
        int[] codes = new int[maxOrder];
        for (int index = 0; index < languages.size(); index++) {
            String language = languages.get(index);
            int languageIndex = index;
            ModelEntropy entropy = new ModelEntropy(alphabet.size());
            for (int order = 1; order <= maxOrder && LinguaModelFiles.exists(language, order); order++) {
                int n = order;
                int minCount = dropRareLongNgrams && order >= 4 ? 2 : 1;
                NgramTable.Builder table = order <= SHORT_ORDERS ? shortNgrams : longNgrams;
                LinguaModelFiles.read(language, order, minCount, (letters, start, length, probability) -> {
                    if (length != n || probability <= 0) {
                        return;
                    }
                    long key = 0;
                    for (int i = 0; i < n; i++) {
                        codes[i] = alphabet.code(letters[start + i]);
                        if (codes[i] == 0) {
                            return;
                        }
                        key = (key << bits) | codes[i];
                    }
                    table.add((key << ORDER_BITS) | n, languageIndex, -Math.log(probability));
                    entropy.add(codes, n, probability);
                });
            }
            expectedCosts[index] = entropy.costByHistory();
        }
        return new ScriptModel(script, languages, alphabet, shortNgrams.build(), longNgrams.build(), maxOrder,
                expectedCosts);
    }

    Script script() {
        return script;
    }

    /** The languages, in the order of {@link Scores#costs()}. */
    List<String> languages() {
        return languages;
    }

    long bytes() {
        return shortNgrams.bytes() + longNgrams.bytes() + 2L * (Character.MAX_VALUE + 1);
    }

    /** Scores the sample's words, using histories of up to {@code order - 1} letters. */
    Scores score(TextSample sample, int order) {
        int highest = Math.min(order, maxOrder);
        int languageCount = languages.size();
        double[] costs = new double[languageCount];
        int[] scoredAt = new int[languageCount];
        char[] chars = sample.chars();
        int length = sample.length();
        long word = 0;
        int wordLength = 0;
        int positions = 0;
        int foreign = 0;
        int[] positionsByHistory = new int[ModelEntropy.HISTORIES];
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            int code = alphabet.code(c);
            if (code == 0) {
                wordLength = 0;
                if (c != ' ' && Script.of(c) == script) {
                    foreign++;
                }
                continue;
            }
            if (!alphabet.isCommon(code)) {
                foreign++;
            }
            word = (word << bitsPerLetter) | code;
            wordLength++;
            positions++;
            positionsByHistory[Math.min(wordLength, ModelEntropy.HISTORIES) - 1]++;
            int history = Math.min(highest, wordLength);
            int scored = 0;
            for (int n = history; n >= 1 && scored < languageCount; n--) {
                NgramTable table = table(n);
                int handle = table.find(key(word, n));
                if (handle < 0) {
                    continue;
                }
                float backoff = (history - n) * BACKOFF_COST;
                int posting;
                do {
                    posting = table.posting(handle++);
                    int language = NgramTable.languageOf(posting);
                    if (scoredAt[language] != positions) {
                        scoredAt[language] = positions;
                        costs[language] += NgramTable.costOf(posting) + backoff;
                        scored++;
                    }
                } while (!NgramTable.isLastOf(posting));
            }
            if (scored < languageCount) {
                for (int language = 0; language < languageCount; language++) {
                    if (scoredAt[language] != positions) {
                        costs[language] += UNSEEN_COST;
                    }
                }
            }
        }
        return new Scores(costs, positions, foreign, positionsByHistory);
    }

    private NgramTable table(int n) {
        return n <= SHORT_ORDERS ? shortNgrams : longNgrams;
    }

    /**
     * The key of the n-gram of the last {@code n} letters of a word, from the codes of its letters so far (the latest
     * in the lowest bits).
     */
    private long key(long word, int n) {
        return ((word & lastLetters[n]) << ORDER_BITS) | n;
    }

    /**
     * How much more than its own text the scored text costs per letter in the language: near 0 for text in that
     * language, well above for text in another.
     */
    double surprise(Scores scores, int language) {
        double expected = 0;
        for (int h = 0; h < ModelEntropy.HISTORIES; h++) {
            expected += scores.positionsByHistory()[h] * expectedCosts[language][h];
        }
        return (scores.costs()[language] - expected) / scores.positions();
    }

    /**
     * @param costs          per language, the negative log-likelihood of the scored letters
     * @param positions      the letters scored
     * @param foreignLetters letters of this script that none of the languages uses regularly (Pashto's ښ among
     *                       Arabic, Persian and Urdu)
     * @param positionsByHistory  the letters scored with none, one, and two or more letters of history
     */
    record Scores(double[] costs, int positions, int foreignLetters, int[] positionsByHistory) {

        /** The language indexes, cheapest first; equal costs in index order. */
        int[] ranked() {
            int[] ranked = new int[costs.length];
            for (int language = 0; language < costs.length; language++) {
                int at = language;
                while (at > 0 && Double.compare(costs[ranked[at - 1]], costs[language]) > 0) {
                    ranked[at] = ranked[at - 1];
                    at--;
                }
                ranked[at] = language;
            }
            return ranked;
        }
    }
}
