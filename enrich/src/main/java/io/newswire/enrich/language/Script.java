package io.newswire.enrich.language;

import java.util.EnumMap;
import java.util.Map;

/**
 * The writing systems the detector tells apart, with their ISO 15924 codes. Scripts a news feed is unlikely to carry
 * fall into {@link #OTHER}; their text is undetermined.
 */
enum Script {
    LATIN("Latn", Character.UnicodeScript.LATIN),
    CYRILLIC("Cyrl", Character.UnicodeScript.CYRILLIC),
    ARABIC("Arab", Character.UnicodeScript.ARABIC),
    DEVANAGARI("Deva", Character.UnicodeScript.DEVANAGARI),
    GREEK("Grek", Character.UnicodeScript.GREEK),
    HEBREW("Hebr", Character.UnicodeScript.HEBREW),
    THAI("Thai", Character.UnicodeScript.THAI),
    HANGUL("Hang", Character.UnicodeScript.HANGUL),
    HIRAGANA("Hira", Character.UnicodeScript.HIRAGANA),
    KATAKANA("Kana", Character.UnicodeScript.KATAKANA),
    HAN("Hani", Character.UnicodeScript.HAN),
    GEORGIAN("Geor", Character.UnicodeScript.GEORGIAN),
    ARMENIAN("Armn", Character.UnicodeScript.ARMENIAN),
    BENGALI("Beng", Character.UnicodeScript.BENGALI),
    GUJARATI("Gujr", Character.UnicodeScript.GUJARATI),
    GURMUKHI("Guru", Character.UnicodeScript.GURMUKHI),
    TAMIL("Taml", Character.UnicodeScript.TAMIL),
    TELUGU("Telu", Character.UnicodeScript.TELUGU),
    KANNADA("Knda", Character.UnicodeScript.KANNADA),
    MALAYALAM("Mlym", Character.UnicodeScript.MALAYALAM),
    SINHALA("Sinh", Character.UnicodeScript.SINHALA),
    KHMER("Khmr", Character.UnicodeScript.KHMER),
    LAO("Laoo", Character.UnicodeScript.LAO),
    MYANMAR("Mymr", Character.UnicodeScript.MYANMAR),
    ETHIOPIC("Ethi", Character.UnicodeScript.ETHIOPIC),
    /** Any other script: ISO 15924 "Zzzz", uncoded. */
    OTHER("Zzzz", null);

    /** ISO 15924 for text that has no letters (digits, punctuation, symbols only). */
    static final String NO_LETTERS = "Zyyy";

    private static final Map<Character.UnicodeScript, Script> BY_UNICODE_SCRIPT = new EnumMap<>(Character.UnicodeScript.class);

    static {
        for (Script script : values()) {
            if (script.unicodeScript != null) {
                BY_UNICODE_SCRIPT.put(script.unicodeScript, script);
            }
        }
    }

    private final String isoCode;
    private final Character.UnicodeScript unicodeScript;

    Script(String isoCode, Character.UnicodeScript unicodeScript) {
        this.isoCode = isoCode;
        this.unicodeScript = unicodeScript;
    }

    /** The ISO 15924 code. */
    String isoCode() {
        return isoCode;
    }

    /** The script of a letter. */
    static Script of(int letter) {
        return letter <= Character.MAX_VALUE ? SampleChars.script((char) letter)
                : ofUnicodeScript(Character.UnicodeScript.of(letter));
    }

    /** The script of the Unicode script, {@link #OTHER} for the ones the detector does not tell apart. */
    static Script ofUnicodeScript(Character.UnicodeScript unicodeScript) {
        return BY_UNICODE_SCRIPT.getOrDefault(unicodeScript, OTHER);
    }

    /** Japanese kana: their presence makes Han text Japanese. */
    boolean isKana() {
        return this == HIRAGANA || this == KATAKANA;
    }

    /**
     * How much a letter of this script counts when deciding which script dominates a mixed text: Latin least (see
     * {@link TextSample#dominantScript()}), a character standing for a syllable or a word most ("三星发布Galaxy" is
     * Chinese).
     */
    int weight() {
        if (this == LATIN) {
            return 1;
        }
        return this == HAN || this == HANGUL || isKana() ? 3 : 2;
    }
}
