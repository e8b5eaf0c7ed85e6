package io.newswire.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The articles {@code newswire up} loads into a new system, so there is something to read at once: the reference
 * article (a real scraped Arabic page, furniture included) and a handful of articles in other languages written for
 * the project, two of them the same story from two sources so duplicate detection has something to find.
 */
public final class SampleArticles {
    /** The reference article's headline, its first real line. */
    public static final String REFERENCE_HEADLINE =
            "إستراتيجية ناجحة.. الخارجية الأمريكية تعترف بريادة المغرب في معركة مكافحة التطرف العنيف والخطاب الإرهابي";
    /** Where the samples say they come from: a reserved domain, so no sample passes for a real publisher's page. */
    public static final String REFERENCE_URL = "https://samples.newswire.example/ar/morocco-counter-extremism";
    public static final String REFERENCE_SOURCE = "newswire-samples";

    private SampleArticles() {
    }

    /** The reference article exactly as the scraper delivered it: text only, no separate title. */
    public static String referenceArticle() {
        return resource("article-ar-morocco-counter-extremism.txt");
    }

    /** The other samples, a JSON array of articles in ingest's HTTP format (see ingest's openapi.json). */
    public static String multilingualArticlesJson() {
        return resource("articles.json");
    }

    private static String resource(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Sample " + name + " is missing from the newswire-stack jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
