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
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < TABLE_SIZE) {
                char folded = FOLDED[c];
                if (folded != DROP) {
                    out.append(folded);
                }
            } else if (!Character.isSurrogate(c)) {
                // CJK and beyond: nothing to decompose that matters here; fold case (full-width Latin).
                int folded = fold(c);
                if (folded >= 0) {
                    out.append((char) folded);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
