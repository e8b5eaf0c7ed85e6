package io.newswire.enrich.fingerprint;

import io.newswire.enrich.unicode.NormalizationQuickCheck;

import java.text.Normalizer;

/**
 * The form of an article's content that its exact hash is computed on: every run of whitespace (line breaks, tabs,
 * no-break and other Unicode spaces) one space, trimmed; Unicode NFKC (so full-width, ligature and presentation forms
 * meet their plain letters); lowercase (per character, the same in every locale). Punctuation and digits are kept: a
 * changed figure or quotation is a changed article, for the exact hash. Small edits are what the SimHash forgives.
 */
final class ContentNormalizer {
    private static final byte NFKC_UNSTABLE = 0;
    private static final byte NFKC_STABLE = 1;
    private static final byte WHITESPACE = 2;
    /** Per char, whether it is whitespace, or else NFKC-stable ({@link NormalizationQuickCheck}): asked of every char. */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
    /** Lowercase of every char, looked up: asked of every char of every article. */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER[c] = Character.toLowerCase((char) c);
            KINDS[c] = isWhitespace((char) c) ? WHITESPACE
                    : NormalizationQuickCheck.isNfkcStable((char) c) ? NFKC_STABLE : NFKC_UNSTABLE;
        }
    }

    private ContentNormalizer() {
    }

    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Nearly always the text is NFKC already, bar its whitespace: then normalising is one pass, collapsing and
        // lowercasing. Its whitespace is then of the kinds NFKC keeps, which never combine with their neighbours, so
        // making each run one space keeps it NFKC.
        Collapsed collapsed = collapseWhitespace(text, true);
        if (collapsed.nfkcStable() || Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return collapsed.text();
        }
        // Spaces first: scraped text is full of no-break spaces, which alone would fail NFKC's quick check.
        String spaced = collapseWhitespace(text, false).text();
        String compatible = Normalizer.isNormalized(spaced, Normalizer.Form.NFKC)
                ? spaced : Normalizer.normalize(spaced, Normalizer.Form.NFKC);
        return collapseWhitespace(compatible, true).text();
    }

    /**
     * @param nfkcStable whether every char but whitespace is NFKC-stable, so that the text is NFKC but for its
     *                   whitespace
     */
    private record Collapsed(String text, boolean nfkcStable) {
    }

    /** NFKC can turn a character into a space and a mark, so the second pass collapses again, lowercasing. */
    private static Collapsed collapseWhitespace(String text, boolean lowercase) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean pendingSpace = false;
        boolean stable = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte kind = KINDS[c];
            if (kind == WHITESPACE) {
                pendingSpace = length > 0;
                continue;
            }
            stable &= kind == NFKC_STABLE;
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
        return new Collapsed(new String(out, 0, length), stable);
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
