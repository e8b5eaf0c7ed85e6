package io.newswire.enrich.language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every language the detector can name. Some share a script with others and are told apart by n-gram models (the
 * ones Lingua ships); the others are the only configured language of their script, so the script settles them.
 */
final class LanguageCatalog {

    /** Languages with n-gram models, by code, with the script those models are written in. */
    private static final Map<String, Script> MODELLED = modelled();

    /** Languages that their script alone identifies. Japanese is Han text with kana, Chinese Han without. */
    private static final Map<Script, String> SETTLED_BY_SCRIPT = settledByScript();

    static final String JAPANESE = "ja";
    static final String CHINESE = "zh";

    private LanguageCatalog() {
    }

    static boolean knows(String code) {
        return MODELLED.containsKey(code) || SETTLED_BY_SCRIPT.containsValue(code);
    }

    /** True when the code is told apart by an n-gram model rather than by its script. */
    static boolean isModelled(String code) {
        return MODELLED.containsKey(code);
    }

    /** The script of a modelled language's n-gram model. */
    static Script modelScript(String code) {
        return MODELLED.get(code);
    }

    /** The language a script settles on its own, or null. */
    static String settledBy(Script script) {
        return SETTLED_BY_SCRIPT.get(script);
    }

    static Set<String> allCodes() {
        Set<String> codes = new TreeSet<>(MODELLED.keySet());
        codes.addAll(SETTLED_BY_SCRIPT.values());
        return Collections.unmodifiableSet(codes);
    }

    private static Map<String, Script> modelled() {
        Map<String, Script> codes = new TreeMap<>();
        for (String code : ("af az bs ca cs cy da de en eo es et eu fi fr ga hr hu id is it la lg lt lv mi ms nb nl nn "
                + "pl pt ro sk sl sn so sq st sv sw tl tn tr ts vi xh yo zu").split(" ")) {
            codes.put(code, Script.LATIN);
        }
        for (String code : "be bg kk mk mn ru sr uk".split(" ")) {
            codes.put(code, Script.CYRILLIC);
        }
        for (String code : "ar fa ur".split(" ")) {
            codes.put(code, Script.ARABIC);
        }
        for (String code : "hi mr".split(" ")) {
            codes.put(code, Script.DEVANAGARI);
        }
        return Collections.unmodifiableMap(codes);
    }

    private static Map<Script, String> settledByScript() {
        Map<Script, String> codes = new EnumMap<>(Script.class);
        codes.put(Script.GREEK, "el");
        codes.put(Script.HEBREW, "he");
        codes.put(Script.THAI, "th");
        codes.put(Script.HANGUL, "ko");
        codes.put(Script.HAN, CHINESE);
        codes.put(Script.HIRAGANA, JAPANESE);
        codes.put(Script.KATAKANA, JAPANESE);
        codes.put(Script.GEORGIAN, "ka");
        codes.put(Script.ARMENIAN, "hy");
        codes.put(Script.BENGALI, "bn");
        codes.put(Script.GUJARATI, "gu");
        codes.put(Script.GURMUKHI, "pa");
        codes.put(Script.TAMIL, "ta");
        codes.put(Script.TELUGU, "te");
        codes.put(Script.KANNADA, "kn");
        codes.put(Script.MALAYALAM, "ml");
        codes.put(Script.SINHALA, "si");
        codes.put(Script.KHMER, "km");
        codes.put(Script.LAO, "lo");
        codes.put(Script.MYANMAR, "my");
        codes.put(Script.ETHIOPIC, "am");
        return Collections.unmodifiableMap(codes);
    }
}
