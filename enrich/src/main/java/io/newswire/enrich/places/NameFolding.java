package io.newswire.enrich.places;

import java.text.Normalizer;

/**
 * How place names and the text searched for them are folded so that spelling variants meet: case, Latin, Greek and
 * Cyrillic accents, Arabic-script variants (alef forms, yeh and alef maqsura, teh marbuta, Persian and Urdu letters
 * onto their Arabic counterparts, diacritics, tatweel) and Hebrew points. Also says which characters belong to words
 * and which to scripts written without spaces (Chinese, Japanese), whose names are found as substrings.
 *
 * <p>Everything is a lookup in tables built once, one char to one char, because the finder folds every character of
 * every article.
 */
final class NameFolding {
    /** Folds to this when a character is to be dropped from the folded word (a diacritic, tatweel, a joiner). */
    static final char DROPPED = 0;

    static final byte BOUNDARY = 0;
    static final byte WORD = 1;
    static final byte UNSPACED = 2;

    private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    private static final char MODIFIER_APOSTROPHE = '\u02BC';
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = classify((char) c);
            FOLDED[c] = CLASSES[c] == BOUNDARY ? (char) c : fold((char) c);
        }
    }

    private NameFolding() {
    }

    static byte classOf(char c) {
        return CLASSES[c];
    }

    /** The folded character, or {@link #DROPPED}. */
    static char folded(char c) {
        return FOLDED[c];
    }

    /** Folds a whole word (no boundaries inside), for building the gazetteer. */
    static String foldWord(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char f = FOLDED[word.charAt(i)];
            if (f != DROPPED) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** Katakana (and its prolonged sound mark): a Japanese name in katakana must not sit inside a longer katakana word. */
    static boolean isKatakana(char c) {
        return (c >= '\u30A0' && c <= '\u30FF' && c != '\u30FB') || (c >= '\u31F0' && c <= '\u31FF')
                || (c >= '\uFF66' && c <= '\uFF9F');
    }

    private static byte classify(char c) {
        if (Character.isSurrogate(c) || c == ZERO_WIDTH_NON_JOINER || c == MODIFIER_APOSTROPHE) {
            // ZWNJ joins Persian morphemes ("ایران‌ها"): as a boundary, the country name stands on its own. The
            // Ukrainian apostrophe is a letter to Unicode, but writers type ' or ’ (boundaries) as often.
            return BOUNDARY;
        }
        if (isUnspacedScript(c)) {
            return UNSPACED;
        }
        if (Character.isLetterOrDigit(c) || isMark(c) || c == '\u200D' || c == '\u00AD') {
            return WORD;
        }
        return BOUNDARY;
    }

    private static boolean isUnspacedScript(char c) {
        if (c == '\u30FC' || c == '\u30FB' || c == '\u3005' || c == '\uFF70') {
            return true; // prolonged sound mark, katakana middle dot, ideographic iteration mark: script COMMON
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static char fold(char c) {
        char special = foldSpecial(c);
        if (special != c) {
            return special;
        }
        if (isDroppedMark(c)) {
            return DROPPED;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (Character.isLetter(c) && (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC)) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            return foldSpecial(Character.toLowerCase(Character.isLetter(base) ? base : c));
        }
        return Character.toLowerCase(c);
    }

    /** Diacritics that writers use or omit at will; other scripts' marks (Devanagari vowel signs) carry letters. */
    private static boolean isDroppedMark(char c) {
        if (c == '\u200D' || c == '\u00AD' || c == '\u0640' || c == '\u093C') {
            return true; // zero-width joiner, soft hyphen, Arabic tatweel, Devanagari nukta
        }
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
    }

    private static char foldSpecial(char c) {
        return switch (c) {
            // Arabic alef forms
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
            // alef maqsura, Persian yeh, yeh with hamza -> yeh. Not Urdu's yeh barree: "چلے" (goes) is not "چلی" (Chile)
            case '\u0649', '\u06CC', '\u0626' -> '\u064A';
            // waw with hamza -> waw
            case '\u0624' -> '\u0648';
            // teh marbuta (Arabic and Urdu), heh goal, heh with yeh above, heh doachashmee -> heh
            case '\u0629', '\u06C3', '\u06C1', '\u06C0', '\u06BE' -> '\u0647';
            // Persian keheh -> Arabic kaf
            case '\u06A9' -> '\u0643';
            // Turkish dotless i, Greek final sigma, letters NFD does not decompose
            case '\u0131' -> 'i';
            case '\u03C2' -> '\u03C3';
            case '\u00F8', '\u00D8' -> 'o';
            case '\u0142', '\u0141' -> 'l';
            case '\u0111', '\u0110' -> 'd';
            default -> c;
        };
    }
}
