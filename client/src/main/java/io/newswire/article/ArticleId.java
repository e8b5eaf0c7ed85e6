package io.newswire.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable article ids. A scraper may give its own; otherwise the id is derived from the canonical URL, or, for an
 * article without a URL, from its source and the source's own id. Derived ids are the first 128 bits of a SHA-256,
 * in hex: the same article pushed twice gets the same id, so the same partition and the same compacted slot.
 */
public final class ArticleId {
    /** Ids a scraper may give: ASCII letters and digits first, then also {@code . _ : / @ + ~ -}; 1 to 200 long. */
    public static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+~-]{0,199}");

    private ArticleId() {
    }

    public static String fromCanonicalUrl(String canonicalUrl) {
        return digest("url\n" + canonicalUrl);
    }

    public static String fromSourceId(String source, String sourceArticleId) {
        return digest("source\n" + source + "\n" + sourceArticleId);
    }

    /** Looking a digest up by name costs more than hashing a URL, so each thread keeps one. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private static String digest(String input) {
        byte[] hash = SHA256.get().digest(input.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 16);
    }
}
