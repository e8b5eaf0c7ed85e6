package io.newswire.ingest;

/** An API key as ingest knows it: its public id and the source it writes as. The key itself is never kept. */
public record ApiKey(String id, String source) {
}
