package io.newswire.client;

import java.time.Instant;

/**
 * Where Kafka stored an article, once it acknowledged it with {@code acks=all}.
 *
 * @param timestamp the record's time; on the raw topic (log-append time) when the broker accepted it, the time that
 *                  {@code tail --from} and {@code replay --from/--to} compare with
 */
public record Publication(String id, String topic, int partition, long offset, Instant timestamp) {
}
