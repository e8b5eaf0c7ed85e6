package io.newswire.enrich.language;

/** Tells the language of an article from its title and text. Implementations are thread-safe and reusable. */
public interface LanguageDetector {

    /** The language of title and text together; either may be empty. */
    DetectedLanguage detect(String title, String text);

    /** Identifies the detector and its model, for each enriched record's provenance. */
    String version();
}
