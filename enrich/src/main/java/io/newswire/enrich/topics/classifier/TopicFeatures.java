package io.newswire.enrich.topics.classifier;

import io.newswire.enrich.topics.text.TopicText;

import java.util.Arrays;
import java.util.List;

/**
 * Turns tokens into hashed feature counts: tokens, token bigrams and character n-grams of words (with word
 * boundaries marked). Weighting (tf-idf, unit length) is the model's business, since it depends on what the model
 * knows: see {@link FeatureWeighting}.
 *
 * <p>Features are 32-bit hashes rather than vocabulary indexes so that the model file needs no vocabulary strings;
 * with the few hundred thousand features of a model, collisions are too rare to matter.
 */
public final class TopicFeatures {
    private static final int WORD = 0x2F3A9C11;
    private static final int BIGRAM = 0x5BD1E995;
    private static final int CHARS = 0x1B873593;

    private final FeatureSettings settings;

    public TopicFeatures(FeatureSettings settings) {
        this.settings = settings;
    }

    public FeatureSettings settings() {
        return settings;
    }

    public SparseVector extract(TopicText text) {
        return extract(text.tokens());
    }

    /** Thread-safe: all state is local to the call. */
    public SparseVector extract(List<String> tokens) {
        int[] hashes = occurrences(tokens);
        return count(hashes, hashes.length);
    }

    /** Every feature occurrence, unsorted, repeats included: what a count-based model such as naive Bayes needs. */
    public int[] occurrences(List<String> tokens) {
        HashBuffer hashes = new HashBuffer(Math.max(64, tokens.size() * 16));
        int previous = 0;
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            int word = hash(WORD, token, 0, token.length());
            hashes.add(word);
            if (settings.wordBigrams() && t > 0) {
                hashes.add(mix(previous * 31 + word ^ BIGRAM));
            }
            previous = word;
            if (settings.charMin() > 0 && token.length() > 1) {
                addCharGrams(token, hashes);
            }
        }
        return Arrays.copyOf(hashes.values, hashes.size);
    }

    private void addCharGrams(String token, HashBuffer hashes) {
        String padded = "^" + token + "$";
        int length = padded.length();
        int max = Math.min(settings.charMax(), length);
        for (int size = settings.charMin(); size <= max; size++) {
            for (int from = 0; from + size <= length; from++) {
                hashes.add(hash(CHARS + size, padded, from, from + size));
            }
        }
    }

    /** A growable int array: features are collected with repeats, then sorted and counted. */
    private static final class HashBuffer {
        int[] values;
        int size;

        HashBuffer(int capacity) {
            values = new int[capacity];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private static SparseVector count(int[] hashes, int n) {
        Arrays.sort(hashes, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                distinct++;
            }
        }
        int[] features = new int[distinct];
        float[] counts = new float[distinct];
        int d = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                features[++d] = hashes[i];
            }
            counts[d]++;
        }
        return new SparseVector(features, counts);
    }

    /** FNV-1a over the characters, then a finaliser so that short strings spread over all 32 bits. */
    static int hash(int seed, CharSequence s, int from, int to) {
        int h = 0x811C9DC5 ^ seed;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
