package io.newswire.enrich.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The languages a detector may answer, as ISO 639-1 codes (639-3 where there is none). Text in any other language
 * is undetermined rather than forced onto the nearest configured one.
 */
public final class LanguageSet {

    /**
     * The twelve languages of the topic data, the other large news languages, and the smaller European ones whose
     * text would otherwise be taken for a neighbour's (Slovenian for Croatian, Estonian for Finnish). Bosnian is
     * left out: its text is Croatian or Serbian to any model, and those are in.
     */
    public static final Set<String> NEWS_LANGUAGES = Set.of(
            "ar", "de", "en", "es", "fa", "fr", "it", "pt", "ru", "tr", "ur", "zh",
            "nl", "pl", "uk", "he", "el", "sv", "da", "nb", "fi", "id", "ms", "hi", "mr", "bn", "ja", "ko", "vi",
            "th", "ro", "cs", "sk", "hu", "bg", "sr", "hr", "ca", "ta", "sw",
            "sq", "sl", "et", "lv", "lt", "mk", "az", "kk", "be", "af", "tl");

    private final Set<String> codes;

    private LanguageSet(Set<String> codes) {
        this.codes = Collections.unmodifiableSet(codes);
    }

    /** {@link #NEWS_LANGUAGES}. */
    public static LanguageSet newsDefault() {
        return of(NEWS_LANGUAGES);
    }

    /**
     * The given languages; codes are normalised first ("iw" is Hebrew, "pt-BR" Portuguese).
     *
     * @throws IllegalArgumentException when a code is none the detector knows, or when there is none at all
     */
    public static LanguageSet of(Collection<String> codes) {
        Set<String> normalized = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            String language = LanguageCode.normalize(code);
            if (LanguageCatalog.knows(language)) {
                normalized.add(language);
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Languages the detector does not know: " + unknown
                    + "; it knows " + String.join(",", LanguageCatalog.allCodes()));
        }
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("A language set needs at least one language");
        }
        return new LanguageSet(normalized);
    }

    /** Every language a set may hold. */
    public static Set<String> supported() {
        return LanguageCatalog.allCodes();
    }

    public Set<String> codes() {
        return codes;
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** The configured languages an n-gram model tells apart in the given script, sorted. */
    List<String> modelledIn(Script script) {
        return codes.stream()
                .filter(code -> LanguageCatalog.isModelled(code) && LanguageCatalog.modelScript(code) == script)
                .toList();
    }

    @Override
    public String toString() {
        return String.join(",", codes);
    }
}
