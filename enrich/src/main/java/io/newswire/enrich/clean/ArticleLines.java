package io.newswire.enrich.clean;

import io.newswire.enrich.unicode.NormalizationQuickCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as normalised lines: Unicode NFC, every kind of line break made one, each line's runs of whitespace (tabs,
 * no-break and other Unicode spaces) collapsed to one space and trimmed. Format characters are kept: the zero-width
 * non-joiner is part of Persian spelling.
 */
final class ArticleLines {
    private ArticleLines() {
    }

    /** The lines of {@code text}; blank lines are empty strings. Null gives no lines. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        // Lines are written over the text they are read from: collapsing whitespace never lengthens a line.
        char[] chars = nfc(text).toCharArray();
        int lineStart = 0;
        int end = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (isLineBreak(c)) {
                if (c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
                lines.add(new String(chars, lineStart, end - lineStart));
                lineStart = i + 1;
                end = lineStart;
                pendingSpace = false;
            } else if (isSpace(c)) {
                pendingSpace = end > lineStart;
            } else {
                if (pendingSpace) {
                    chars[end++] = ' ';
                    pendingSpace = false;
                }
                chars[end++] = c;
            }
        }
        lines.add(new String(chars, lineStart, end - lineStart));
        return lines;
    }

    /**
     * {@code text} as one line: NFC, every run of whitespace (line breaks included) one space, trimmed; the same as
     * its non-empty {@link #of lines} joined by spaces.
     */
    static String singleLine(String text) {
        if (text == null) {
            return "";
        }
        char[] chars = nfc(text).toCharArray();
        int length = 0;
        boolean pendingSpace = false;
        for (char c : chars) {
            if (isLineBreak(c) || isSpace(c)) {
                pendingSpace = length > 0;
            } else {
                if (pendingSpace) {
                    chars[length++] = ' ';
                    pendingSpace = false;
                }
                chars[length++] = c;
            }
        }
        return new String(chars, 0, length);
    }

    private static String nfc(String text) {
        return NormalizationQuickCheck.nfc(text);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\f';
    }

    /** Tabs and every Unicode space separator, no-break spaces included (line breaks are handled before). */
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c == '\t' || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
    }
}
