package io.newswire.enrich.topics.text;

import java.util.Arrays;

/** Where each token of a text starts and ends: a growable array of offset pairs, so that no token is a string. */
final class TokenBounds {
    private int[] bounds;
    private int size;

    TokenBounds(int capacity) {
        bounds = new int[Math.max(2, capacity * 2)];
    }

    void add(int start, int end) {
        if (size * 2 == bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[size * 2] = start;
        bounds[size * 2 + 1] = end;
        size++;
    }

    int size() {
        return size;
    }

    int start(int token) {
        return bounds[token * 2];
    }

    int end(int token) {
        return bounds[token * 2 + 1];
    }

    /** The first {@code tokens} tokens, copied. */
    TokenBounds head(int tokens) {
        TokenBounds head = new TokenBounds(tokens + 4);
        System.arraycopy(bounds, 0, head.bounds, 0, tokens * 2);
        head.size = tokens;
        return head;
    }
}
