package io.newswire.testkit;

import io.newswire.stack.SampleArticles;

/** The reference article: a real scraped Arabic article, page furniture included (one of the samples up loads). */
public final class SeedArticle {
    public static final String HEADLINE = SampleArticles.REFERENCE_HEADLINE;

    private SeedArticle() {
    }

    /** The article exactly as the scraper delivered it. */
    public static String text() {
        return SampleArticles.referenceArticle();
    }
}
