package io.newswire.enrich.topics.classifier;

/**
 * Tf-idf with unit length, over the features a model knows: (1 + ln count) times the feature's inverse document
 * frequency, the vector scaled to length 1 so that long articles and one-sentence texts are on the same footing.
 * Idf matters for a linear model here: without it the many common words and character n-grams make up most of
 * the vector's length and leave the distinctive ones small. Features the model does not know are left out before
 * scaling, in training and tagging alike, so that both see the same vectors.
 */
public final class FeatureWeighting {

    private FeatureWeighting() {
    }

    /** The usual smoothed idf, at least 1. */
    public static float idf(int documentFrequency, int documents) {
        return (float) (Math.log((documents + 1.0) / (documentFrequency + 1.0)) + 1);
    }

    /**
     * @param counts feature counts
     * @param rows   rows[i] is the model row of counts' feature i, or negative if unknown
     * @param idf    idf per model row
     * @return weight per feature of counts (0 for unknown features)
     */
    public static float[] weigh(SparseVector counts, int[] rows, float[] idf) {
        float[] c = counts.values();
        float[] weights = new float[c.length];
        double norm = 0;
        for (int i = 0; i < c.length; i++) {
            if (rows[i] >= 0) {
                weights[i] = tfIdf(c[i], idf[rows[i]]);
                norm += weights[i] * weights[i];
            }
        }
        float scale = unitScale(norm);
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= scale;
        }
        return weights;
    }

    /** A known feature's weight before scaling. */
    static float tfIdf(float count, float idf) {
        double tf = count == 1 ? 1 : 1 + Math.log(count); // most features occur once: skip the log
        return (float) (tf * idf);
    }

    /** What scales weights whose squares sum to {@code norm} to unit length (1 for an empty vector). */
    static float unitScale(double norm) {
        return norm > 0 ? (float) (1 / Math.sqrt(norm)) : 1;
    }
}
