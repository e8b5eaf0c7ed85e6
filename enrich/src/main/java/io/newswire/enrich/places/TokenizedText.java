package io.newswire.enrich.places;

import java.util.Arrays;

/**
 * A text cut into words (folded for matching, with their positions in the original, which case rules need) and runs
 * of Chinese or Japanese, which have no spaces and are searched as a whole.
 *
 * <p>The folded words are written one after the other into one array, each with its hash ({@link String#hashCode()}
 * of the folded word), and become strings only when asked for: an article has hundreds of words, and nearly all of
 * them are looked up once in the {@link NameIndex} and found to start no name.
 */
final class TokenizedText {
    private final String raw;
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] foldedStarts = new int[65];
    private int[] foldedHashes = new int[64];
    private boolean[] unspaced = new boolean[64];
    private String[] folded = new String[64];
    /** The folded words, back to back: word t is {@code foldedChars[foldedStarts[t] .. foldedStarts[t + 1])}. */
    private final char[] foldedChars;

    private TokenizedText(String raw) {
        this.raw = raw;
        this.foldedChars = new char[raw.length()];
    }

    static TokenizedText of(String text) {
        TokenizedText tokens = new TokenizedText(text);
        char[] foldedChars = tokens.foldedChars;
        int foldedLength = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            byte cls = NameFolding.classOf(text.charAt(i));
            if (cls == NameFolding.BOUNDARY) {
                i++;
                continue;
            }
            int start = i;
            int foldedStart = foldedLength;
            int hash = 0;
            if (cls == NameFolding.UNSPACED) {
                while (i < n && NameFolding.classOf(text.charAt(i)) == cls) {
                    char c = text.charAt(i++);
                    foldedChars[foldedLength++] = c;
                    hash = 31 * hash + c;
                }
                tokens.add(start, i, foldedLength, hash, true);
            } else {
                while (i < n && NameFolding.classOf(text.charAt(i)) == cls) {
                    char f = NameFolding.folded(text.charAt(i++));
                    if (f != NameFolding.DROPPED) {
                        foldedChars[foldedLength++] = f;
                        hash = 31 * hash + f;
                    }
                }
                if (foldedLength > foldedStart) {
                    tokens.add(start, i, foldedLength, hash, false);
                }
            }
        }
        return tokens;
    }

    private void add(int start, int end, int foldedEnd, int foldedHash, boolean isUnspaced) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            foldedStarts = Arrays.copyOf(foldedStarts, capacity + 1);
            foldedHashes = Arrays.copyOf(foldedHashes, capacity);
            unspaced = Arrays.copyOf(unspaced, capacity);
            folded = Arrays.copyOf(folded, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        foldedStarts[size + 1] = foldedEnd;
        foldedHashes[size] = foldedHash;
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

    /** The folded word (for a run of Chinese or Japanese, the run as it is). */
    String folded(int token) {
        String word = folded[token];
        if (word == null) {
            word = new String(foldedChars, foldedStarts[token], foldedLength(token));
            folded[token] = word;
        }
        return word;
    }

    /** {@link String#hashCode()} of {@link #folded(int)}. */
    int foldedHash(int token) {
        return foldedHashes[token];
    }

    int foldedLength(int token) {
        return foldedStarts[token + 1] - foldedStarts[token];
    }

    /** Whether {@link #folded(int)} is {@code word}, without making it a string. */
    boolean foldedEquals(int token, String word) {
        int length = foldedLength(token);
        if (word.length() != length) {
            return false;
        }
        int from = foldedStarts[token];
        for (int k = 0; k < length; k++) {
            if (foldedChars[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
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
