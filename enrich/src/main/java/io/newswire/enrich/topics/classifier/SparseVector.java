package io.newswire.enrich.topics.classifier;

/**
 * A document's features: distinct feature hashes in ascending order with their counts.
 * Arrays are shared, not copied, because vectors are built and read in hot loops; treat them as read-only.
 */
public record SparseVector(int[] features, float[] values) {

    public int size() {
        return features.length;
    }
}
