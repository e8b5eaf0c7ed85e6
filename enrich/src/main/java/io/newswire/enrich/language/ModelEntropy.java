package io.newswire.enrich.language;

/**
 * What a letter of a language's own text costs on average under its model, by how many letters of history it is
 * scored with (none, one, two or more): the entropy of the model's first three orders, each history weighted by how
 * likely the model itself makes it. A text that costs much more than this in its best language is in none of the
 * configured languages. Fed the unigrams, then the bigrams, then the trigrams of one language.
 */
final class ModelEntropy {
    static final int HISTORIES = 3;

    private final int letters;
    private final double[] unigrams;
    private final double[] bigrams;
    private final double[] costSums = new double[HISTORIES];
    private final double[] weightSums = new double[HISTORIES];

    /** For models whose letters are numbered 1 to {@code alphabetSize}. */
    ModelEntropy(int alphabetSize) {
        this.letters = alphabetSize + 1;
        this.unigrams = new double[letters];
        this.bigrams = new double[letters * letters];
    }

    /** Takes an n-gram of one to three letters (their numbers) and its probability; ignores longer ones. */
    void add(int[] codes, int n, double probability) {
        double weight;
        switch (n) {
            case 1 -> {
                unigrams[codes[0]] = probability;
                weight = 1;
            }
            case 2 -> {
                bigrams[codes[0] * letters + codes[1]] = probability;
                weight = unigrams[codes[0]];
            }
            case 3 -> weight = unigrams[codes[0]] * bigrams[codes[0] * letters + codes[1]];
            default -> {
                return;
            }
        }
        weight *= probability;
        costSums[n - 1] += weight * -Math.log(probability);
        weightSums[n - 1] += weight;
    }

    /** The expected cost of a letter with none, one, and two or more letters of history. */
    double[] costByHistory() {
        double[] costs = new double[HISTORIES];
        for (int h = 0; h < HISTORIES; h++) {
            costs[h] = weightSums[h] > 0 ? costSums[h] / weightSums[h] : (h > 0 ? costs[h - 1] : 0);
        }
        return costs;
    }
}
