package io.newswire.enrich.topics.classifier;

import io.newswire.enrich.topics.text.TopicText;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Turns tokens into hashed feature counts: tokens, token bigrams and character n-grams of words (with word
 * boundaries marked). Weighting (tf-idf, unit length) is the model's business, since it depends on what the model
 * knows: see {@link FeatureWeighting}.
 *
 * <p>Training counts features into a sorted {@link SparseVector}, tagging into {@link FeatureCounts}; both are fed by
 * the one walk over the text in {@link #forEachOccurrence}, so they cannot disagree on what the features are.
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

    /** Feature counts with the hashes in ascending order: what training reads. Thread-safe. */
    public SparseVector extract(TopicText text) {
        int[] hashes = occurrences(text);
        return count(hashes, hashes.length);
    }

    /** Every feature occurrence, unsorted, repeats included: what a count-based model such as naive Bayes needs. */
    public int[] occurrences(TopicText text) {
        HashBuffer hashes = new HashBuffer(Math.max(64, text.size() * 8));
        forEachOccurrence(text, hashes);
        return Arrays.copyOf(hashes.values, hashes.size);
    }

    /** Feature counts in a hash table: what tagging reads, since it needs no order and sorting would cost. */
    public FeatureCounts count(TopicText text) {
        FeatureCounts counts = new FeatureCounts(maxOccurrences(text));
        forEachOccurrence(text, counts);
        return counts;
    }

    /** A bound on the occurrences {@link #forEachOccurrence} gives: a word, a bigram and the n-grams of each token. */
    private int maxOccurrences(TopicText text) {
        int tokens = text.size();
        int sizes = settings.charMin() > 0 ? settings.charMax() - settings.charMin() + 1 : 0;
        // A word of n letters has at most n + 2 n-grams of each size (with its boundary marks); the letters of all
        // tokens are at most the characters up to the end of the last one.
        int letters = tokens == 0 ? 0 : text.end(tokens - 1);
        return 2 * tokens + sizes * (letters + 2 * tokens);
    }

    /**
     * Gives every feature occurrence of the text to the sink, hashed from the characters in place: the one
     * definition of the features, whichever way they are then counted.
     */
    void forEachOccurrence(TopicText text, IntConsumer sink) {
        char[] chars = text.chars();
        int previous = 0;
        for (int t = 0; t < text.size(); t++) {
            int start = text.start(t);
            int end = text.end(t);
            int word = hash(WORD, chars, start, end);
            sink.accept(word);
            if (settings.wordBigrams() && t > 0) {
                sink.accept(mix(previous * 31 + word ^ BIGRAM));
            }
            previous = word;
            if (settings.charMin() > 0 && end - start > 1) {
                addCharGrams(chars, start, end, sink);
            }
        }
    }

    /** The character n-grams of the word with its boundaries marked, as if it were written "^word$". */
    private void addCharGrams(char[] chars, int start, int end, IntConsumer sink) {
        int length = end - start + 2;
        int max = Math.min(settings.charMax(), length);
        for (int size = settings.charMin(); size <= max; size++) {
            for (int from = 0; from + size <= length; from++) {
                int h = 0x811C9DC5 ^ (CHARS + size);
                for (int i = from; i < from + size; i++) {
                    char c = i == 0 ? '^' : i == length - 1 ? '$' : chars[start + i - 1];
                    h = (h ^ c) * 0x01000193;
                }
                sink.accept(mix(h));
            }
        }
    }

    /** A growable int array: features are collected with repeats, then sorted and counted. */
    private static final class HashBuffer implements IntConsumer {
        int[] values;
        int size;

        HashBuffer(int capacity) {
            values = new int[capacity];
        }

        @Override
        public void accept(int value) {
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
    static int hash(int seed, char[] s, int from, int to) {
        int h = 0x811C9DC5 ^ seed;
        for (int i = from; i < to; i++) {
            h = (h ^ s[i]) * 0x01000193;
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
