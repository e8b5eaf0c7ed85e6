package io.newswire.article;

import java.time.Duration;

/**
 * How large an article's parts may be. The whole record's size is bounded separately, by ingest's per-record limit
 * and by the topic's {@code max.message.bytes}.
 */
public record ArticleLimits(int maxTitleChars, int maxBodyChars, int maxHtmlChars, int maxLineChars, int maxListEntries,
                            int maxAttributeValueChars, Duration maxFutureSkew) {
    public static final ArticleLimits DEFAULT = new ArticleLimits(1_000, 1_000_000, 2_000_000, 500, 100, 4_000,
            Duration.ofDays(1));
}
