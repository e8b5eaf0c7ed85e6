package io.newswire.enrich.places;

import java.util.Locale;
import java.util.Map;

/**
 * The names of every country in every supported language, indexed per language of the text, built once. Immutable,
 * so one instance serves every thread.
 */
final class Gazetteer {
    static final String UNDETERMINED = "und";

    private final Map<String, NameIndex> byLanguage;
    private final NameIndex undetermined;
    private final Map<String, String> englishNames;
    private final String version;

    Gazetteer(Map<String, NameIndex> byLanguage, NameIndex undetermined, Map<String, String> englishNames,
              String version) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.undetermined = undetermined;
        this.englishNames = Map.copyOf(englishNames);
        this.version = version;
    }

    /**
     * The names to look for in a text of this language: its own, English ones and the universal acronyms. A language
     * the gazetteer does not know, or "und", gets every language's names but those that mean different countries in
     * different languages.
     */
    NameIndex indexFor(String languageCode) {
        return byLanguage.getOrDefault(normalise(languageCode), undetermined);
    }

    String englishName(String countryCode) {
        return englishNames.get(countryCode);
    }

    /** Changes whenever a name, a rule or the JDK's locale data changes. */
    String version() {
        return version;
    }

    /** "pt-BR" is "pt"; Java's legacy codes iw, in and ji are he, id and yi. */
    static String normalise(String languageCode) {
        if (languageCode == null || languageCode.isBlank()) {
            return UNDETERMINED;
        }
        String primary = languageCode.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "iw" -> "he";
            case "in" -> "id";
            case "ji" -> "yi";
            case "no" -> "nb";
            default -> primary;
        };
    }
}
