package io.newswire.enrich.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Brings the language codes people and libraries write to the one form records carry: lower-case ISO 639-1, or ISO
 * 639-3 where a language has no two-letter code.
 */
public final class LanguageCode {

    /**
     * Codes ISO withdrew but Java's Locale still returns in some calls (and old feeds still send), and the
     * macrolanguage "no", whose news is written in Bokmål.
     */
    private static final Map<String, String> REPLACED = Map.of(
            "iw", "he", "in", "id", "ji", "yi", "jw", "jv", "mo", "ro", "no", "nb");

    /** ISO 639-2/B codes that differ from the terminology codes Locale knows. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(
            Map.entry("alb", "sq"), Map.entry("arm", "hy"), Map.entry("baq", "eu"), Map.entry("bur", "my"),
            Map.entry("chi", "zh"), Map.entry("cze", "cs"), Map.entry("dut", "nl"), Map.entry("fre", "fr"),
            Map.entry("geo", "ka"), Map.entry("ger", "de"), Map.entry("gre", "el"), Map.entry("ice", "is"),
            Map.entry("mac", "mk"), Map.entry("mao", "mi"), Map.entry("may", "ms"), Map.entry("per", "fa"),
            Map.entry("rum", "ro"), Map.entry("slo", "sk"), Map.entry("tib", "bo"), Map.entry("wel", "cy"));

    private static final Map<String, String> BY_THREE_LETTERS = threeLetterCodes();

    private LanguageCode() {
    }

    /**
     * The normal form of a language code or tag: "IW" gives "he", "pt-BR" gives "pt", "ara" gives "ar", "und" and
     * blank give "und". Unknown codes come back lower-cased, for the caller to reject.
     */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return DetectedLanguage.UNDETERMINED;
        }
        String language = code.strip().toLowerCase(Locale.ROOT);
        int subtag = indexOfSubtag(language);
        if (subtag > 0) {
            language = language.substring(0, subtag);
        }
        if (language.length() == 3) {
            language = BIBLIOGRAPHIC.getOrDefault(language, BY_THREE_LETTERS.getOrDefault(language, language));
        }
        return REPLACED.getOrDefault(language, language);
    }

    private static int indexOfSubtag(String tag) {
        int hyphen = tag.indexOf('-');
        int underscore = tag.indexOf('_');
        if (hyphen < 0) {
            return underscore;
        }
        return underscore < 0 ? hyphen : Math.min(hyphen, underscore);
    }

    private static Map<String, String> threeLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String twoLetters : Locale.getISOLanguages()) {
            String modern = REPLACED.getOrDefault(twoLetters, twoLetters);
            if (twoLetters.length() == 2) {
                codes.put(Locale.of(twoLetters).getISO3Language(), modern);
            }
        }
        return Map.copyOf(codes);
    }
}
