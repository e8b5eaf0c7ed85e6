package io.newswire.enrich.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Counts the names found in one article and decides, at the end, which weak names the article corroborates. */
final class MentionTally {
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> weakMentions = new HashMap<>();
    private final Set<String> cues = new HashSet<>();

    void record(PlaceName name) {
        switch (name.kind()) {
            case NAME, ACRONYM -> mentions.merge(name.countryCode(), 1, Integer::sum);
            case WEAK -> weakMentions.merge(name.countryCode(), 1, Integer::sum);
            case CUE -> cues.add(name.countryCode());
            case BLOCK -> {
                // consumed: the words belong to something that is not a country
            }
        }
    }

    /** Mentions per country: a weak name counts when the article also names the country plainly or has a cue. */
    Map<String, Integer> mentionsByCountry() {
        Map<String, Integer> result = new HashMap<>(mentions);
        weakMentions.forEach((code, count) -> {
            if (mentions.containsKey(code) || cues.contains(code)) {
                result.merge(code, count, Integer::sum);
            }
        });
        return result;
    }
}
