package io.newswire.client.subscribe;

import io.newswire.avro.EnrichedArticle;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFilterTest {
    private static final EnrichedArticle MOROCCAN_POLITICS =
            EnrichedArticles.article("ar", "hespress", "medtop:11000000", "elections", "MA");
    private static final EnrichedArticle FRENCH_SPORT =
            EnrichedArticles.article("fr", "lemonde", "medtop:15000000", "football", "FR");

    @Test
    void anEmptyFilterTakesEverything() {
        assertThat(ArticleFilter.ALL.isEmpty()).isTrue();
        assertThat(ArticleFilter.ALL).accepts(MOROCCAN_POLITICS, FRENCH_SPORT);
        assertThat(ArticleFilter.parse(null, "", " ", null, ",")).accepts(MOROCCAN_POLITICS, FRENCH_SPORT);
    }

    @Test
    void eachDimensionMatchesAnyOfItsValues() {
        assertThat(ArticleFilter.parse("ar,en", null, null, null, null)).accepts(MOROCCAN_POLITICS).rejects(FRENCH_SPORT);
        assertThat(ArticleFilter.parse(null, "15000000", null, null, null)).accepts(FRENCH_SPORT).rejects(MOROCCAN_POLITICS);
        assertThat(ArticleFilter.parse(null, "medtop:11000000", null, null, null)).accepts(MOROCCAN_POLITICS);
        assertThat(ArticleFilter.parse(null, null, "football,tennis", null, null)).accepts(FRENCH_SPORT);
        assertThat(ArticleFilter.parse(null, null, null, "hespress", null)).accepts(MOROCCAN_POLITICS).rejects(FRENCH_SPORT);
        assertThat(ArticleFilter.parse(null, null, null, null, "ma")).as("country codes in any case")
                .accepts(MOROCCAN_POLITICS).rejects(FRENCH_SPORT);
    }

    @Test
    void dimensionsMustAllMatch() {
        assertThat(ArticleFilter.parse("AR", null, null, null, "FR")).rejects(MOROCCAN_POLITICS, FRENCH_SPORT);
        assertThat(ArticleFilter.parse(" fr ", "15000000", "football", "lemonde", "FR")).accepts(FRENCH_SPORT);
        assertThat(new ArticleFilter(Set.of("fr"), Set.of(), Set.of(), Set.of(), Set.of()).languages()).containsExactly("fr");
    }
}
