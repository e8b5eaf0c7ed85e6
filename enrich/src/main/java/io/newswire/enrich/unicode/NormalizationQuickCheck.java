package io.newswire.enrich.unicode;

import java.text.Normalizer;

/**
 * Tells, one table lookup a char, that text is already in Unicode NFC or NFKC: the cleaner and the fingerprinter ask
 * it of every article, and almost every article is, while {@link Normalizer#isNormalized} takes several times as long.
 *
 * <p>A char is <em>stable</em> under a form when it is unchanged by the form in any context: the form maps it to
 * itself, it is no combining mark (so it is never reordered, and a preceding char cannot be reordered past it), it
 * never combines with a char before it, and neither does the first char it decomposes to. Text made only of stable
 * chars is normalised; text with others may be too, and is left to {@link Normalizer}. Surrogates (chars outside the
 * Basic Multilingual Plane) are never stable here.
 */
public final class NormalizationQuickCheck {
    private static final byte NFC_STABLE = 1;
    private static final byte NFKC_STABLE = 2;
    private static final byte[] STABLE = new byte[Character.MAX_VALUE + 1];

    static {
        boolean[] combinesBackwards = combinesBackwards();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (isCandidate((char) c)) {
                String text = String.valueOf((char) c);
                if (isStable(text, Normalizer.Form.NFC, Normalizer.Form.NFD, combinesBackwards)) {
                    STABLE[c] |= NFC_STABLE;
                }
                if (isStable(text, Normalizer.Form.NFKC, Normalizer.Form.NFKD, combinesBackwards)) {
                    STABLE[c] |= NFKC_STABLE;
                }
            }
        }
    }

    private NormalizationQuickCheck() {
    }

    /** Whether NFC leaves the char as it is in any context. */
    public static boolean isNfcStable(char c) {
        return (STABLE[c] & NFC_STABLE) != 0;
    }

    /** Whether NFKC leaves the char as it is in any context. */
    public static boolean isNfkcStable(char c) {
        return (STABLE[c] & NFKC_STABLE) != 0;
    }

    /** The text in NFC: itself when it is already (the common case, checked quickly), else normalised. */
    public static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isNfcStable(text.charAt(i))) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    private static boolean isCandidate(char c) {
        return !Character.isSurrogate(c) && !isMark(c);
    }

    private static boolean isStable(String text, Normalizer.Form composed, Normalizer.Form decomposed,
                                    boolean[] combinesBackwards) {
        if (!Normalizer.normalize(text, composed).equals(text)) {
            return false;
        }
        char first = Normalizer.normalize(text, decomposed).charAt(0);
        return !combinesBackwards[text.charAt(0)] && !combinesBackwards[first] && !isMark(first);
    }

    /**
     * The chars that may combine with a char before them: every char but the first of a canonical decomposition
     * (U+0301 of "é", the vowel sign U+09BE of U+09CB, the Hangul vowels and final consonants of syllables), of any
     * code point.
     */
    private static boolean[] combinesBackwards() {
        boolean[] combines = new boolean[Character.MAX_VALUE + 1];
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            String decomposition = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
            int first = Character.charCount(decomposition.codePointAt(0));
            for (int i = first; i < decomposition.length(); i++) {
                combines[decomposition.charAt(i)] = true;
            }
        }
        return combines;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
