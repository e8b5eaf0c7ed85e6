package io.newswire.enrich.fingerprint;

/**
 * Fingerprints of an article's cleaned content.
 *
 * @param contentHash hex SHA-256 of the normalised title and text: equal exactly when the content is the same
 * @param simhash     64-bit SimHash over word shingles: a few differing bits for small edits
 * @param algorithm   how simhash was computed, so fingerprints of different algorithms are never compared
 */
public record ContentFingerprint(String contentHash, long simhash, String algorithm) {
}
