package io.newswire.enrich.topics.classifier;

import java.util.Arrays;
import java.util.List;

/**
 * One language's classifier: a multinomial logistic regression (softmax) over hashed features.
 *
 * <p>The classes are IPTC top-level numbers ("11000000") or {@link #NO_TOPIC} for training labels that are no news
 * topic (SIB-200's "geography"): keeping that class lets the model put probability mass on "none of these" instead of
 * forcing it onto a real topic.
 */
public final class LanguageTopicModel {
    public static final String NO_TOPIC = "none";

    private final String language;
    private final List<String> classes;
    private final int[] features;
    private final float[] bias;
    private final float[] scales;
    private final FeatureTable table;

    /**
     * @param features distinct feature hashes in ascending order
     * @param idf      idf[row]: the inverse document frequency of features[row] in the training data
     * @param weights  row-major: weights[row * classes + c]; kept quantised to 8 bits, as the model file stores them
     */
    public LanguageTopicModel(String language, List<String> classes, int[] features, float[] idf, float[] weights,
                              float[] bias) {
        this(language, classes, features, idf, checkedQuantise(weights, features.length, classes.size()), bias);
    }

    LanguageTopicModel(String language, List<String> classes, int[] features, float[] idf, QuantisedWeights weights,
                       float[] bias) {
        if (weights.rows() != features.length || bias.length != classes.size() || idf.length != features.length) {
            throw new IllegalArgumentException("Weights do not fit " + features.length + " features and "
                    + classes.size() + " classes");
        }
        this.language = language;
        this.classes = List.copyOf(classes);
        this.features = features;
        this.bias = bias;
        this.scales = new float[classes.size()];
        for (int c = 0; c < scales.length; c++) {
            scales[c] = weights.scale(c);
        }
        this.table = new FeatureTable(features, idf, weights);
    }

    private static QuantisedWeights checkedQuantise(float[] weights, int features, int classes) {
        if (weights.length != features * classes) {
            throw new IllegalArgumentException("Weights do not fit " + features + " features and " + classes
                    + " classes");
        }
        return QuantisedWeights.of(weights, classes);
    }

    public String language() {
        return language;
    }

    public List<String> classes() {
        return classes;
    }

    public int featureCount() {
        return features.length;
    }

    /**
     * Softmax probabilities, one per class in {@link #classes()} order.
     *
     * @param counts feature counts from {@link TopicFeatures#extract}
     */
    public double[] probabilities(SparseVector counts) {
        int n = counts.size();
        int[] slots = new int[n];
        float[] x = new float[n];
        int known = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            int slot = table.find(counts.features()[i]);
            if (slot >= 0) {
                float weight = FeatureWeighting.tfIdf(counts.values()[i], table.idf(slot));
                slots[known] = slot;
                x[known++] = weight;
                norm += weight * weight;
            }
        }
        return probabilities(slots, x, known, norm);
    }

    /**
     * The same probabilities from the counts tagging collects; the same vector (the sums run in another order, which
     * can move the last bits of a double and nothing more).
     *
     * @param counts feature counts from {@link TopicFeatures#count}
     */
    public double[] probabilities(FeatureCounts counts) {
        int n = counts.size();
        int[] slots = new int[n];
        float[] x = new float[n];
        int known = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            int slot = table.find(counts.feature(i));
            if (slot >= 0) {
                float weight = FeatureWeighting.tfIdf(counts.count(i), table.idf(slot));
                slots[known] = slot;
                x[known++] = weight;
                norm += weight * weight;
            }
        }
        return probabilities(slots, x, known, norm);
    }

    /**
     * Scores the known features of a document weighted as {@link FeatureWeighting} says: tf-idf over the known
     * features (given, with the sum of their squares), scaled to unit length, times the weights of each class.
     */
    private double[] probabilities(int[] slots, float[] x, int known, double norm) {
        float scale = FeatureWeighting.unitScale(norm);
        double[] scores = new double[classes.size()];
        for (int c = 0; c < scores.length; c++) {
            scores[c] = bias[c];
        }
        for (int i = 0; i < known; i++) {
            table.addWeights(slots[i], x[i] * scale, scales, scores);
        }
        return softmax(scores);
    }

    /** The index of the most probable class. */
    public int predict(SparseVector x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double sum = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    // For the codec, which writes the model row by row in feature order: rare enough to look each feature up.
    int[] features() {
        return features;
    }

    QuantisedWeights weights() {
        int k = classes.size();
        byte[] values = new byte[features.length * k];
        for (int row = 0; row < features.length; row++) {
            int slot = table.find(features[row]);
            for (int c = 0; c < k; c++) {
                values[row * k + c] = table.value(slot, c);
            }
        }
        return new QuantisedWeights(k, values, scales.clone());
    }

    float[] bias() {
        return bias;
    }

    float[] idf() {
        float[] idf = new float[features.length];
        for (int row = 0; row < features.length; row++) {
            idf[row] = table.idf(table.find(features[row]));
        }
        return idf;
    }
}
