package io.newswire.client;

/** Where Kafka stored an article, once it acknowledged it with {@code acks=all}. */
public record Publication(String id, String topic, int partition, long offset) {
}
