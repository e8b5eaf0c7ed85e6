package io.newswire.client.subscribe;

import io.newswire.avro.EnrichedArticle;

import java.time.Instant;

/**
 * An enriched article as a subscriber receives it, with where it was read: enough to resume after it.
 *
 * @param timestamp the record's time: when ingest accepted the article (enrich keeps the raw record's time)
 */
public record ReceivedArticle(EnrichedArticle article, String topic, int partition, long offset, Instant timestamp) {
}
