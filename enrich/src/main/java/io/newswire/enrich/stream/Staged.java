package io.newswire.enrich.stream;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.Duplicate;
import io.newswire.avro.EnrichedArticle;
import io.newswire.enrich.PreparedArticle;

/** What one stage of the topology hands the next: the article so far, or its dead letter. */
sealed interface Staged {

    /** Decoded, cleaned and fingerprinted; the duplicate verdict so far (ORIGINAL or UPDATE). */
    record Prepared(SourceRecord source, PreparedArticle article, Duplicate duplicate, String replayId)
            implements Staged {
    }

    /** Fully enriched; the source is kept in case the next stage still fails. */
    record Enriched(SourceRecord source, EnrichedArticle article) implements Staged {
    }

    /** Given up on, with the reason. */
    record Failed(DeadLetter letter) implements Staged {
    }
}
