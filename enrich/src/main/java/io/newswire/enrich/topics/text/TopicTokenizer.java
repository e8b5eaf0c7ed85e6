package io.newswire.enrich.topics.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into word tokens: runs of letters (and digits inside words), with each Chinese or Japanese
 * character a token of its own, since those scripts do not separate words; the classifier's token bigrams then are the
 * usual CJK character bigrams, and lexicon phrases in Chinese are written character by character.
 * Numbers on their own carry no topic and are skipped.
 *
 * <p>Tokens are found as offsets into the characters, not as strings: an article has hundreds of words, and the
 * classifier and the lexicons read them in place.
 */
public final class TopicTokenizer {
    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte IDEOGRAPH = 3;
    /**
     * The class of every character of the Basic Multilingual Plane, computed once: the Unicode property lookups
     * (and the script lookup, a binary search) would otherwise be paid for every character of every article.
     */
    private static final byte[] CLASS_OF = classTable();

    private TopicTokenizer() {
    }

    /** The tokens as strings; for the lexicon files and tests, where there is no hurry. */
    public static List<String> tokenize(String normalized) {
        char[] chars = normalized.toCharArray();
        TokenBounds bounds = new TokenBounds(16);
        tokenize(chars, 0, chars.length, bounds);
        List<String> tokens = new ArrayList<>(bounds.size());
        for (int t = 0; t < bounds.size(); t++) {
            tokens.add(new String(chars, bounds.start(t), bounds.end(t) - bounds.start(t)));
        }
        return tokens;
    }

    /** Appends the tokens of {@code chars[from, to)} to {@code out}, reading nothing at or beyond {@code to}. */
    static void tokenize(char[] chars, int from, int to, TokenBounds out) {
        int start = -1;
        boolean hasLetter = false;
        int i = from;
        while (i < to) {
            char c = chars[i];
            int next = i + 1;
            byte kind;
            if (Character.isHighSurrogate(c) && next < to && Character.isLowSurrogate(chars[next])) {
                kind = classOf(Character.toCodePoint(c, chars[next]));
                next++;
            } else {
                kind = CLASS_OF[c];
            }
            switch (kind) {
                case IDEOGRAPH -> {
                    addWord(out, start, i, hasLetter);
                    start = -1;
                    hasLetter = false;
                    out.add(i, next);
                }
                case LETTER, DIGIT -> {
                    if (start < 0) {
                        start = i;
                    }
                    hasLetter |= kind == LETTER;
                }
                default -> {
                    addWord(out, start, i, hasLetter);
                    start = -1;
                    hasLetter = false;
                }
            }
            i = next;
        }
        addWord(out, start, to, hasLetter);
    }

    private static void addWord(TokenBounds out, int start, int end, boolean hasLetter) {
        if (start >= 0 && hasLetter) {
            out.add(start, end);
        }
    }

    private static byte[] classTable() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // A lone surrogate is no letter: only a pair makes a code point, and pairs are classified as they come.
            table[c] = Character.isSurrogate((char) c) ? OTHER : classOf(c);
        }
        return table;
    }

    private static byte classOf(int cp) {
        if (isIdeograph(cp)) {
            return IDEOGRAPH;
        }
        if (Character.isLetter(cp)) {
            return LETTER;
        }
        return Character.isLetterOrDigit(cp) ? DIGIT : OTHER;
    }

    static boolean isIdeograph(int cp) {
        if (cp < 0x2E80) { // below the CJK blocks: skip the script lookup, which is a binary search
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
