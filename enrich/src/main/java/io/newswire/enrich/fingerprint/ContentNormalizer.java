package io.newswire.enrich.fingerprint;

import java.text.Normalizer;

/**
 * The form of an article's content that its exact hash is computed on: every run of whitespace (line breaks, tabs,
 * no-break and other Unicode spaces) one space, trimmed; Unicode NFKC (so full-width, ligature and presentation forms
 * meet their plain letters); lowercase (per character, the same in every locale). Punctuation and digits are kept: a
 * changed figure or quotation is a changed article, for the exact hash. Small edits are what the SimHash forgives.
 */
final class ContentNormalizer {
    /** Lowercase of every char, looked up: asked of every char of every article. */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER[c] = Character.toLowerCase((char) c);
        }
    }

    private ContentNormalizer() {
    }

    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Spaces first: scraped text is full of no-break spaces, which alone would fail NFKC's quick check.
        String spaced = collapseWhitespace(text, false);
        String compatible = Normalizer.isNormalized(spaced, Normalizer.Form.NFKC)
                ? spaced : Normalizer.normalize(spaced, Normalizer.Form.NFKC);
        return collapseWhitespace(compatible, true);
    }

    /** NFKC can turn a character into a space and a mark, so the second pass collapses again, lowercasing. */
    private static String collapseWhitespace(String text, boolean lowercase) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            if (lowercase && Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int lower = Character.toLowerCase(Character.toCodePoint(c, text.charAt(++i)));
                length += Character.toChars(lower, out, length);
            } else {
                out[length++] = lowercase ? LOWER[c] : c;
            }
        }
        return new String(out, 0, length);
    }

    /** Line breaks, tabs and every Unicode space separator (no-break spaces included). */
    private static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }
}
