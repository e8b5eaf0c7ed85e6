package io.newswire.enrich.language;

import java.util.List;

/**
 * A language decision.
 *
 * @param code         ISO 639-1 code (ISO 639-3 where there is none), or "und" when undetermined
 * @param confidence   0 to 1
 * @param script       ISO 15924 script code of the text (Arab, Latn, Cyrl, Hans, ...), or null when there is no text
 * @param alternatives the runners-up, most likely first
 */
public record DetectedLanguage(String code, double confidence, String script, List<Candidate> alternatives) {
    public static final String UNDETERMINED = "und";

    public DetectedLanguage {
        alternatives = List.copyOf(alternatives);
    }

    /** A language that lost, with its confidence. */
    public record Candidate(String code, double confidence) {
    }
}
