package io.newswire.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reference article: a real scraped Arabic article, page furniture included. */
public final class SeedArticle {
    public static final String HEADLINE =
            "إستراتيجية ناجحة.. الخارجية الأمريكية تعترف بريادة المغرب في معركة مكافحة التطرف العنيف والخطاب الإرهابي";

    private SeedArticle() {
    }

    /** The article exactly as the scraper delivered it. */
    public static String text() {
        try (InputStream in = SeedArticle.class.getResourceAsStream("/seed/article-ar-morocco-counter-extremism.txt")) {
            if (in == null) {
                throw new IllegalStateException("The seed article is missing from the testkit jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
