package io.newswire.ingest;

import io.newswire.article.Violation;
import io.newswire.client.Publication;

import java.util.List;

/** What became of one record of a request. */
sealed interface RecordResult {
    int index();

    /** Kafka acknowledged it with acks=all. */
    record Stored(int index, Publication publication) implements RecordResult {
    }

    /** It breaks a rule; sending it again unchanged will not help. */
    record Refused(int index, List<Violation> violations) implements RecordResult {
    }

    /** It was valid but Kafka (or the registry) did not take it in time: send it again later. */
    record Failed(int index, String id, String message) implements RecordResult {
    }
}
