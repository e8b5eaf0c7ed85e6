package io.newswire.enrich.language;

/**
 * What the sample needs to know of each char of the Basic Multilingual Plane: what it does to the sample (breaks
 * tokens, is a letter, is dropped...), its lowercase and its script. Looked up in tables built once, because the
 * sample asks it of every char it reads, and {@link Character.UnicodeScript#of(int)} is a binary search.
 * Surrogates are {@link #SUPPLEMENTARY}: their code point is looked at the slow way.
 */
final class SampleChars {
    /** {@link Character#isWhitespace(char)}: separates tokens. */
    static final byte WHITESPACE = 0;
    /** A letter that goes into the sample as its lowercase. */
    static final byte LETTER = 1;
    /** A presentation form (Arabic joined shapes, ligatures, full-width Latin): stands for plain letters. */
    static final byte COMPATIBILITY_FORM = 2;
    /** Arabic vowel signs, the tatweel and the soft hyphen: dropped without breaking the word. */
    static final byte SILENT_MARK = 3;
    /** A combining accent of U+0300..U+036F: breaks the word, and tells the text is decomposed (NFD). */
    static final byte DECOMPOSED_ACCENT = 4;
    /** Anything else: breaks the word. */
    static final byte OTHER = 5;
    /** Half of a surrogate pair. */
    static final byte SUPPLEMENTARY = 6;

    private static final Script[] SCRIPTS = Script.values();
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];
    private static final byte[] SCRIPT_ORDINALS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KINDS[c] = kindOf(c);
            int lower = Character.toLowerCase(c);
            if (lower > Character.MAX_VALUE) {
                throw new IllegalStateException("lowercase of U+" + Integer.toHexString(c) + " is not in the BMP");
            }
            LOWER[c] = (char) lower;
            SCRIPT_ORDINALS[c] = (byte) Script.ofUnicodeScript(Character.UnicodeScript.of(c)).ordinal();
        }
    }

    private SampleChars() {
    }

    static byte kind(char c) {
        return KINDS[c];
    }

    static char lowercase(char c) {
        return LOWER[c];
    }

    static Script script(char c) {
        return SCRIPTS[SCRIPT_ORDINALS[c]];
    }

    /** Arabic vowel signs, the tatweel and the soft hyphen (see {@link #SILENT_MARK}). */
    static boolean isSilentMark(int codePoint) {
        return (codePoint >= 0x064B && codePoint <= 0x065F) || codePoint == 0x0670 || codePoint == 0x0640
                || codePoint == 0x00AD;
    }

    static boolean isCompatibilityForm(int codePoint) {
        return codePoint >= 0xFB00 && codePoint <= 0xFFEF;
    }

    private static byte kindOf(int c) {
        if (Character.isSurrogate((char) c)) {
            return SUPPLEMENTARY;
        }
        if (Character.isWhitespace(c)) {
            return WHITESPACE;
        }
        if (isSilentMark(c)) {
            return SILENT_MARK;
        }
        if (Character.isLetter(c)) {
            return isCompatibilityForm(c) ? COMPATIBILITY_FORM : LETTER;
        }
        return c >= 0x0300 && c <= 0x036F ? DECOMPOSED_ACCENT : OTHER;
    }
}
