package io.newswire.enrich.places;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the countries an article mentions, as ISO 3166-1 alpha-2 codes, in the languages of the JDK's locale data
 * (Arabic, Persian, Urdu, English, French, Spanish, German, Russian, Chinese and twenty more), most mentioned first.
 *
 * <p>Names are the JDK's own plus curated aliases ({@code aliases.tsv}). Matching folds case, accents and Arabic-script
 * spelling variants, knows Arabic and Hebrew attached prepositions, Korean particles and the case endings of Russian,
 * Ukrainian, Polish, German and Greek, and searches Chinese and Japanese, which have no spaces, by substring. It is
 * conservative: the longest name wins ("Papua New Guinea", not "Guinea"); a one-word name must be capitalised where
 * the script has case ("turkey" is a bird); acronyms must match exactly ("US", not "us"); and names that are also
 * words or people ("Jordan", "Chad", "Georgia") count only when the article confirms the country another way.
 *
 * <p>Built once (about a second), then immutable and thread-safe.
 */
public final class PlaceFinder {
    private static final Comparator<PlaceMention> MOST_MENTIONED_FIRST =
            Comparator.comparingInt(PlaceMention::mentions).reversed().thenComparing(PlaceMention::countryCode);

    private final Gazetteer gazetteer;

    public PlaceFinder() {
        this.gazetteer = GazetteerBuilder.build();
    }

    /**
     * The countries mentioned in title and text, most mentioned first, then by code.
     *
     * @param title        may be null
     * @param text         may be null
     * @param languageCode ISO 639-1 (a tag such as "pt-BR" is fine), or "und" or null when unknown: then the names of
     *                     every language are tried, less those that mean different countries in different languages
     */
    public List<PlaceMention> find(String title, String text, String languageCode) {
        NameMatcher matcher = new NameMatcher(gazetteer.indexFor(languageCode));
        MentionTally tally = new MentionTally();
        if (title != null) {
            matcher.scan(title, tally);
        }
        if (text != null) {
            matcher.scan(text, tally);
        }
        Map<String, Integer> mentions = tally.mentionsByCountry();
        return mentions.entrySet().stream()
                .map(entry -> new PlaceMention(entry.getKey(), gazetteer.englishName(entry.getKey()), entry.getValue()))
                .sorted(MOST_MENTIONED_FIRST)
                .toList();
    }

    /** The finder and its gazetteer, for each enriched record's provenance. */
    public String version() {
        return "place-finder-1/" + gazetteer.version();
    }
}
