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

    private TopicTextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            int folded = fold(cp);
            if (folded >= 0) {
                out.appendCodePoint(folded);
            }
        }
        return out.toString();
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
