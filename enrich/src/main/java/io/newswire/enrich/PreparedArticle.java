package io.newswire.enrich;

import io.newswire.avro.RawArticle;
import io.newswire.enrich.clean.CleanedText;
import io.newswire.enrich.fingerprint.ContentFingerprint;

/**
 * A raw article after the cheap first steps, cleaning and fingerprinting: enough to tell a re-push from new content
 * before paying for language, topics and places.
 */
public record PreparedArticle(RawArticle raw, CleanedText cleaned, ContentFingerprint fingerprint) {
}
