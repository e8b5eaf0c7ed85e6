package io.newswire.enrich.topics.classifier;

/**
 * A model's weights as the model file stores them, 8 bits each against one scale per class, row-major. The model
 * keeps them so in memory (see {@link FeatureTable}): a quarter of the size of floats, and a weight is
 * {@code value * scale[class]} in float arithmetic, exactly the float a reader of the file used to make of it, so
 * keeping bytes changes no score; a freshly trained model is quantised at once and so behaves as it will once saved.
 */
final class QuantisedWeights {
    private final int classes;
    /** Row-major: values[row * classes + c]. */
    private final byte[] values;
    private final float[] scales;

    QuantisedWeights(int classes, byte[] values, float[] scales) {
        if (scales.length != classes || values.length % classes != 0) {
            throw new IllegalArgumentException("Weights do not fit " + classes + " classes");
        }
        this.classes = classes;
        this.values = values;
        this.scales = scales;
    }

    /** Quantises row-major float weights: per class, the largest magnitude becomes ±127. */
    static QuantisedWeights of(float[] weights, int classes) {
        int rows = weights.length / classes;
        byte[] values = new byte[weights.length];
        float[] scales = new float[classes];
        for (int c = 0; c < classes; c++) {
            float max = 0;
            for (int row = 0; row < rows; row++) {
                max = Math.max(max, Math.abs(weights[row * classes + c]));
            }
            float scale = max == 0 ? 1 : max / 127f;
            scales[c] = scale;
            for (int row = 0; row < rows; row++) {
                values[row * classes + c] = (byte) Math.round(weights[row * classes + c] / scale);
            }
        }
        return new QuantisedWeights(classes, values, scales);
    }

    int classes() {
        return classes;
    }

    int rows() {
        return values.length / classes;
    }

    /** The scale of class c. */
    float scale(int c) {
        return scales[c];
    }

    /** The quantised weight of a row and class. */
    byte value(int row, int c) {
        return values[row * classes + c];
    }
}
