package io.newswire.enrich.topics.text;

import java.text.Normalizer;

/**
 * Folds text onto the forms the topic model and the lexicons are written in, the same way for every language.
 *
 * <p>One folding for all languages, rather than one per language, because the language code the tagger receives may
 * be wrong or "und", and a model or lexicon must still see the forms it was built from. The folding: canonical
 * decomposition with all combining marks dropped (Arabic harakat, the hamza above or below alef, waw and yeh, Latin
 * accents, the dot of Turkish İ), then the Arabic-script letters that vary by spelling habit or language onto one
 * form (alef maksura and Persian/Urdu yeh onto yeh, teh marbuta and Urdu heh onto heh, Persian keheh onto kaf), tatweel
 * and zero-width joiners removed (Persian writes plural suffixes after a half-space), and lower case. Accents are
 * dropped so that headlines typed without them still match.
 */
public final class TopicTextNormalizer {
    private static final int TABLE_SIZE = 0x3000;
    private static final char DROP = '\uFFFF';
    /**
     * The folding of every character below U+3000 (all scripts but CJK), computed once with the JDK's Normalizer:
     * normalising then costs one array read per character instead of a full decomposition of the text.
     */
    private static final char[] FOLDED = foldingTable();

    private TopicTextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] out = new char[text.length()];
        return new String(out, 0, normalize(text, 0, text.length(), out, 0));
    }

    /**
     * Normalises {@code text[from, to)} into {@code out} from {@code at}, which must have room for {@code to - from}
     * characters (folding never makes text longer).
     *
     * <p>Each character folds on its own, whatever its neighbours: the normalised form of a prefix of the text is a
     * prefix of the normalised text, so a text can be normalised once and read to two lengths.
     *
     * @return the end of the written characters in {@code out}
     */
    public static int normalize(String text, int from, int to, char[] out, int at) {
        // Copied in bulk first, then folded in place (the write position never passes the read position): reading
        // the array is cheaper than a bounds-checked charAt per character.
        text.getChars(from, to, out, at);
        int n = at;
        for (int i = at; i < at + (to - from); i++) {
            char c = out[i];
            if (c < TABLE_SIZE) {
                char folded = FOLDED[c];
                if (folded != DROP) {
                    out[n++] = folded;
                }
            } else if (!Character.isSurrogate(c)) {
                // CJK and beyond: nothing to decompose that matters here; fold case (full-width Latin).
                int folded = fold(c);
                if (folded >= 0) {
                    out[n++] = (char) folded;
                }
            } else {
                out[n++] = c;
            }
        }
        return n;
    }

    private static char[] foldingTable() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            table[c] = DROP;
            if (Character.isSurrogate((char) c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            for (int i = 0; i < decomposed.length(); i++) {
                char base = decomposed.charAt(i);
                if (Character.getType(base) != Character.NON_SPACING_MARK) {
                    int folded = fold(base);
                    if (folded >= 0 && folded < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                        table[c] = (char) folded;
                    }
                    break;
                }
            }
        }
        return table;
    }

    /** The folded code point, or -1 to drop it. */
    private static int fold(int cp) {
        return switch (cp) {
            case 'ـ', '\u200C', '\u200D', '\u200E', '\u200F', '\u00AD' -> -1; // tatweel, joiners, marks, soft hyphen
            case 'ى', 'ی', 'ې', 'ۍ' -> 'ي';
            case 'ة', 'ۃ', 'ہ', 'ھ', 'ە' -> 'ه';
            case 'ک', 'ڪ' -> 'ك';
            case 'ٱ' -> 'ا';
            case 'ı' -> 'i';
            default -> {
                if (cp >= '٠' && cp <= '٩') {
                    yield '0' + (cp - '٠');
                }
                if (cp >= '۰' && cp <= '۹') {
                    yield '0' + (cp - '۰');
                }
                yield Character.toLowerCase(cp);
            }
        };
    }
}
