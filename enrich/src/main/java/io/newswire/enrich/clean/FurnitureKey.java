package io.newswire.enrich.clean;

/**
 * What a line is compared by when deciding whether it is furniture: lowercased, Arabic diacritics, tatweel and alef
 * and yeh variants folded (sites write "اقرأ أيضاً" and "اقرا ايضا" alike), and without the bullets, icons, counts
 * and punctuation that decorate furniture ("• Link copied", "Share (12)", "Read more »"). The copyright sign stays.
 */
final class FurnitureKey {
    private static final char COPYRIGHT = '\u00A9';
    /** Each char lowercased and Arabic-folded (0: dropped), looked up: the key of most short lines is asked for. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = foldArabic(Character.toLowerCase((char) c));
        }
    }

    private FurnitureKey() {
    }

    static String of(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !isKept(line.charAt(start))) {
            start++;
        }
        while (end > start && !isKept(line.charAt(end - 1))) {
            end--;
        }
        char[] key = new char[end - start];
        int length = 0;
        for (int i = start; i < end; i++) {
            char folded = FOLDED[line.charAt(i)];
            if (folded != 0) {
                key[length++] = folded;
            }
        }
        return new String(key, 0, length);
    }

    /** Folds the Arabic letters of a rule written by hand, so rules and keys meet; nothing else changes. */
    static String foldArabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char folded = foldArabic(text.charAt(i));
            if (folded != 0) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    private static boolean isKept(char c) {
        return Character.isLetter(c) || c == COPYRIGHT;
    }

    /** 0 drops the character. */
    private static char foldArabic(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return 0; // harakat, superscript alef, tatweel
        }
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
            case '\u0649' -> '\u064A';
            default -> c;
        };
    }
}
