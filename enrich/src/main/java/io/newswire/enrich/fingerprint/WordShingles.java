package io.newswire.enrich.fingerprint;

/**
 * The stable 64-bit hashes of a text's word 3-shingles (each run of three consecutive words). Words are runs of
 * letters, digits and combining marks; punctuation separates them and does not count. Chinese, Japanese, Thai, Lao,
 * Khmer and Burmese are written without spaces, so there each character is a word and the shingles are character
 * trigrams.
 *
 * <p>Hashes come from 64-bit FNV-1a over each word's UTF-16 units, combined per shingle and finished with MurmurHash3's
 * fmix64: the same on every JVM and every run, unlike {@link String#hashCode()}, and well spread over all 64 bits,
 * which SimHash needs.
 */
final class WordShingles {
    static final int SIZE = 3;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long COMBINE = 0x9E3779B97F4A7C15L;
    /** A fixed seed, so the hashes identify this algorithm and nothing else. */
    private static final long SEED = 0x6E6577737769726EL;

    private static final byte SEPARATOR = 0;
    private static final byte LETTER = 1;
    private static final byte UNSPACED_LETTER = 2;
    /** The kind of every char, looked up rather than computed: it is asked of every char of every article. */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KINDS[c] = kindOf((char) c);
        }
    }

    /** Receives each shingle's hash. */
    interface Sink {
        void accept(long shingleHash);
    }

    private WordShingles() {
    }

    /**
     * Hashes every 3-shingle of {@code text} (already normalised) into {@code sink}; a text of one or two words
     * yields one shingle of those words; an empty text none. Returns the number of shingles.
     */
    static int hash(String text, Sink sink) {
        long first = 0;
        long second = 0;
        int words = 0;
        int shingles = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            byte kind = KINDS[c];
            if (kind == SEPARATOR) {
                i++;
                continue;
            }
            long word = FNV_OFFSET;
            if (kind == UNSPACED_LETTER) {
                word = (word ^ c) * FNV_PRIME;
                i++;
            } else {
                while (i < n && KINDS[text.charAt(i)] == LETTER) {
                    word = (word ^ text.charAt(i)) * FNV_PRIME;
                    i++;
                }
            }
            words++;
            if (words >= SIZE) {
                sink.accept(shingle(first, second, word));
                shingles++;
            }
            first = second;
            second = word;
        }
        if (words > 0 && words < SIZE) {
            sink.accept(words == 1 ? shingle(0, 0, second) : shingle(0, first, second));
            shingles++;
        }
        return shingles;
    }

    private static long shingle(long a, long b, long c) {
        return fmix64(((a * COMBINE + b) * COMBINE + c) ^ SEED);
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    private static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static byte kindOf(char c) {
        boolean letter = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
        if (!letter) {
            return SEPARATOR;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> UNSPACED_LETTER;
            default -> LETTER;
        };
    }
}
