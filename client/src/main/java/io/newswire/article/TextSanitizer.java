package io.newswire.article;

/**
 * Removes what must never reach a topic: control characters (C0 but tab and newline, C1, DEL), Unicode
 * non-characters, and lone surrogates (which JSON escapes can smuggle in and which have no UTF-8 form). Format
 * characters such as the zero-width non-joiner stay: Persian and Arabic text needs them.
 */
public final class TextSanitizer {
    private static final char REPLACEMENT = '\uFFFD';

    private TextSanitizer() {
    }

    /** Multi-line text: keeps newlines and tabs; CR LF and lone CR become LF. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        if (isClean(value, true)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else if (c == '\n' || c == '\t' || !isRemoved(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One-line values (titles, names, tags): every run of whitespace, newlines included, becomes one space; trimmed. */
    public static String line(String value) {
        if (value == null) {
            return null;
        }
        String text = text(value);
        if (isOneLine(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Already what {@link #line} makes: single spaces between words, none at the ends, no other whitespace. */
    private static boolean isOneLine(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < 0x80 ? c < ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClean(String value, boolean keepNewlines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Most characters of any script are neither controls, surrogates nor non-characters: two comparisons.
            if ((c >= 0x20 && c < 0x7F) || (c > 0x9F && c < 0xD800)) {
                continue;
            }
            if (c == '\r' || (isRemoved(c) && !(keepNewlines && (c == '\n' || c == '\t')))) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isRemoved(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }
}
