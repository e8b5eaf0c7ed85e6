package io.newswire.enrich.fingerprint;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of an article's content that its exact hash is computed on: Unicode NFKC (so full-width, ligature and
 * presentation forms meet their plain letters), lowercase, every run of whitespace one space, trimmed. Punctuation
 * and digits are kept: a changed figure or quotation is a changed article, for the exact hash. Small edits are what
 * the SimHash forgives.
 */
final class ContentNormalizer {
    private ContentNormalizer() {
    }

    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String compatible = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String lower = compatible.toLowerCase(Locale.ROOT);
        char[] out = new char[lower.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isWhitespace(c)) {
                pendingSpace = length > 0;
            } else {
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
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
