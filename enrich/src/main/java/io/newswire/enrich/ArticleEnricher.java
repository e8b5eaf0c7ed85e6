package io.newswire.enrich;

import io.newswire.avro.Duplicate;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;

import java.time.Instant;
import java.util.Map;

/**
 * Enrichment as a pure function of (raw article, enricher version), in two steps so the Streams topology can drop
 * exact re-pushes after the cheap one. Implementations are thread-safe.
 */
public interface ArticleEnricher {

    /** Cleaning and fingerprinting. */
    PreparedArticle prepare(RawArticle raw);

    /** Language, topics and places, assembled with the duplicate verdict into the enriched record. */
    EnrichedArticle enrich(PreparedArticle prepared, Duplicate duplicate, Provenance provenance);

    /** This enricher's version, recorded in every enriched record. */
    String version();

    /** Model name to model version, recorded in every enriched record. */
    Map<String, String> models();

    /**
     * Where an enriched record comes from: when it was made, and whether a replay of raw history made it.
     *
     * @param replayId the replay job, or null for live traffic
     */
    record Provenance(Instant processedAt, String replayId) {
        public static Provenance live(Instant now) {
            return new Provenance(now, null);
        }

        public boolean reprocessed() {
            return replayId != null;
        }
    }
}
