package io.newswire.enrich.places;

import java.util.Arrays;

/**
 * A text cut into words (folded for matching, with their positions in the original, which case rules need) and runs
 * of Chinese or Japanese, which have no spaces and are searched as a whole.
 */
final class TokenizedText {
    private final String raw;
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] folded = new String[64];
    private boolean[] unspaced = new boolean[64];

    private TokenizedText(String raw) {
        this.raw = raw;
    }

    static TokenizedText of(String text) {
        TokenizedText tokens = new TokenizedText(text);
        StringBuilder word = new StringBuilder(32);
        int i = 0;
        int n = text.length();
        while (i < n) {
            byte cls = NameFolding.classOf(text.charAt(i));
            if (cls == NameFolding.BOUNDARY) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && NameFolding.classOf(text.charAt(i)) == cls) {
                i++;
            }
            if (cls == NameFolding.UNSPACED) {
                tokens.add(start, i, text.substring(start, i), true);
            } else {
                word.setLength(0);
                for (int j = start; j < i; j++) {
                    char f = NameFolding.folded(text.charAt(j));
                    if (f != NameFolding.DROPPED) {
                        word.append(f);
                    }
                }
                if (!word.isEmpty()) {
                    tokens.add(start, i, word.toString(), false);
                }
            }
        }
        return tokens;
    }

    private void add(int start, int end, String foldedText, boolean isUnspaced) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            folded = Arrays.copyOf(folded, capacity);
            unspaced = Arrays.copyOf(unspaced, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        folded[size] = foldedText;
        unspaced[size] = isUnspaced;
        size++;
    }

    String raw() {
        return raw;
    }

    int size() {
        return size;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    String folded(int token) {
        return folded[token];
    }

    boolean isUnspaced(int token) {
        return unspaced[token];
    }

    String rawText(int token) {
        return raw.substring(starts[token], ends[token]);
    }

    boolean rawEquals(int token, String exact) {
        int length = ends[token] - starts[token];
        return length == exact.length() && raw.regionMatches(starts[token], exact, 0, length);
    }
}
