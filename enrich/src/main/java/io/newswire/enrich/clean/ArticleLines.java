package io.newswire.enrich.clean;

import java.text.Normalizer;
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
        String composed = nfc(text);
        char[] line = new char[composed.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (isLineBreak(c)) {
                if (c == '\r' && i + 1 < composed.length() && composed.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(new String(line, 0, length));
                length = 0;
                pendingSpace = false;
            } else if (isSpace(c)) {
                pendingSpace = length > 0;
            } else {
                if (pendingSpace) {
                    line[length++] = ' ';
                    pendingSpace = false;
                }
                line[length++] = c;
            }
        }
        lines.add(new String(line, 0, length));
        return lines;
    }

    /** {@code text} as one line: NFC, every run of whitespace (line breaks included) one space, trimmed. */
    static String singleLine(String text) {
        if (text == null) {
            return "";
        }
        return String.join(" ", of(text).stream().filter(line -> !line.isEmpty()).toList());
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
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
