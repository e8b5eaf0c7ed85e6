package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.clean.ArticleCleaner;
import io.newswire.enrich.fingerprint.Fingerprinter;
import io.newswire.enrich.places.PlaceFinder;
import io.newswire.testkit.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single-thread throughput of the cleaner, the place finder and the fingerprinter on 3 KB articles (the seed article
 * cut to 3 KB, and an English article of 3 KB). A measurement, not part of the suite: run it on a quiet machine with
 * {@code -Dtest=TextEnrichmentThroughputTest -Dnewswire.throughput=true}.
 */
@EnabledIfSystemProperty(named = "newswire.throughput", matches = "true")
class TextEnrichmentThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(TextEnrichmentThroughputTest.class);
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    @Test
    void measuresArticlesPerSecondOnOneThread() {
        List<String> articles = List.of(arabicArticleOf3Kb(), englishArticleOf3Kb());
        ArticleCleaner cleaner = new ArticleCleaner();
        PlaceFinder places = new PlaceFinder();
        Fingerprinter fingerprinter = new Fingerprinter();

        double cleaned = articlesPerSecond(articles, article -> cleaner.clean(null, article).text().length());
        double placed = articlesPerSecond(articles, article -> places.find(null, article, "und").size());
        double fingerprinted = articlesPerSecond(articles, article -> fingerprinter.of(null, article).simhash());

        LOG.info("3 KB articles per second on one thread: cleaner {}, place finder {}, fingerprinter {}",
                Math.round(cleaned), Math.round(placed), Math.round(fingerprinted));
        assertThat(List.of(cleaned, placed, fingerprinted)).allSatisfy(rate -> assertThat(rate).isGreaterThan(1_000));
    }

    private static double articlesPerSecond(List<String> articles, ToLongFunction<String> work) {
        long sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            for (String article : articles) {
                sink += work.applyAsLong(article);
            }
        }
        long count = 0;
        start = System.nanoTime();
        long elapsed;
        do {
            for (String article : articles) {
                sink += work.applyAsLong(article);
                count++;
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        LOG.debug("checksum {}", sink);
        return count / (elapsed / 1e9);
    }

    /** The seed article, furniture included, cut at the paragraph that brings it to 3 KB. */
    private static String arabicArticleOf3Kb() {
        StringBuilder article = new StringBuilder();
        for (String paragraph : SeedArticle.text().split("\n\n")) {
            article.append(paragraph).append("\n\n");
            if (article.toString().getBytes(StandardCharsets.UTF_8).length >= 3000) {
                break;
            }
        }
        return article.append("Share\n  • Link copied\nالمقال التالي").toString();
    }

    private static String englishArticleOf3Kb() {
        try (InputStream in = TextEnrichmentThroughputTest.class.getResourceAsStream("fingerprint/article-en-port.txt")) {
            return "Share\n• Link copied\n\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n\nRead more: Another story";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
