package io.newswire.client.subscribe;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Place;
import io.newswire.avro.Subject;
import io.newswire.avro.Topic;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which enriched articles a subscriber wants: any of these languages, and any of these IPTC topics, and any of these
 * subjects, sources and places. An empty set does not filter. Topics may be written with or without the
 * {@code medtop:} prefix.
 */
public record ArticleFilter(Set<String> languages, Set<String> topics, Set<String> subjects, Set<String> sources,
                            Set<String> places) implements Predicate<EnrichedArticle> {
    public static final ArticleFilter ALL = new ArticleFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    private static final String MEDIA_TOPIC_PREFIX = "medtop:";

    public ArticleFilter {
        languages = normalise(languages, false);
        topics = normalise(topics, false).stream()
                .map(t -> t.startsWith(MEDIA_TOPIC_PREFIX) ? t : MEDIA_TOPIC_PREFIX + t)
                .collect(Collectors.toUnmodifiableSet());
        subjects = normalise(subjects, false);
        sources = normalise(sources, false);
        places = normalise(places, true);
    }

    /** Each argument comma-separated, as on a command line or in a query string; null or blank for any. */
    public static ArticleFilter parse(String languages, String topics, String subjects, String sources, String places) {
        return new ArticleFilter(split(languages), split(topics), split(subjects), split(sources), split(places));
    }

    @Override
    public boolean test(EnrichedArticle article) {
        return (languages.isEmpty() || languages.contains(article.getLanguage().getCode()))
                && (topics.isEmpty() || article.getTopics().stream().map(Topic::getCode).anyMatch(topics::contains))
                && (subjects.isEmpty() || article.getSubjects().stream().map(Subject::getCode).anyMatch(subjects::contains))
                && (sources.isEmpty() || sources.contains(article.getRaw().getSource()))
                && (places.isEmpty() || article.getPlaces().stream().map(Place::getCountryCode).anyMatch(places::contains));
    }

    public boolean isEmpty() {
        return languages.isEmpty() && topics.isEmpty() && subjects.isEmpty() && sources.isEmpty() && places.isEmpty();
    }

    private static Set<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).collect(Collectors.toSet());
    }

    private static Set<String> normalise(Collection<String> values, boolean upper) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().map(String::trim).filter(v -> !v.isEmpty())
                .map(v -> upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
