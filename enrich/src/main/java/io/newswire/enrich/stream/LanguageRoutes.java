package io.newswire.enrich.stream;

import io.newswire.avro.EnrichedArticle;
import io.newswire.topics.NewswireTopics;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

import java.util.Set;

/** Routes a copy of each enriched article to {@code news.enriched.lang.<code>} for the languages asked for. */
final class LanguageRoutes implements TopicNameExtractor<String, EnrichedArticle> {
    private final Set<String> languages;

    LanguageRoutes(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    boolean routes(EnrichedArticle article) {
        return languages.contains(article.getLanguage().getCode());
    }

    @Override
    public String extract(String key, EnrichedArticle article, RecordContext recordContext) {
        return NewswireTopics.ENRICHED_BY_LANGUAGE_PREFIX + article.getLanguage().getCode();
    }
}
