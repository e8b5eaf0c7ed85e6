package io.newswire.enrich.places;

/** What a name found in a text does to the result. */
enum NameKind {
    /** Counts as a mention of its country. */
    NAME,
    /** Also a common word or a person ("Jordan", "Chad"): counts only when the article corroborates the country. */
    WEAK,
    /** Letters in exact case ("US", "U.S."), and not inside an all-capitals line. */
    ACRONYM,
    /** Corroborates a weak name (a capital, a demonym), never counted itself. */
    CUE,
    /** Contains a country's name but is not the country ("New Mexico"): consumed, never counted. */
    BLOCK;

    /** Whether finding it adds a mention (at once or once corroborated). */
    boolean counts() {
        return this == NAME || this == WEAK || this == ACRONYM;
    }

    static NameKind parse(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
