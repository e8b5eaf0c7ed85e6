package io.newswire.enrich.stream;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.FailedStage;
import io.newswire.enrich.ArticleEnricher;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.time.Clock;
import java.time.Instant;

/**
 * Stage two: the expensive part, language, topics and places, for articles that are new or changed. A failure puts
 * the input in the dead-letter topic and the stream goes on.
 */
final class ArticleEnrichment implements FixedKeyProcessor<String, Staged, Staged> {
    private final ArticleEnricher enricher;
    private final DeadLetters deadLetters;
    private final EnrichMetrics metrics;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Staged> context;

    ArticleEnrichment(ArticleEnricher enricher, DeadLetters deadLetters, EnrichMetrics metrics, Clock clock) {
        this.enricher = enricher;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Staged> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Staged> record) {
        if (!(record.value() instanceof Staged.Prepared prepared)) {
            context.forward(record);
            return;
        }
        Instant now = Instant.now(clock);
        try {
            EnrichedArticle article = metrics.time("enrich", () -> enricher.enrich(prepared.article(),
                    prepared.duplicate(), new ArticleEnricher.Provenance(now, prepared.replayId())));
            context.forward(record.withValue(new Staged.Enriched(prepared.source(), article)));
        } catch (RuntimeException e) {
            metrics.outcome("dead_letter");
            context.forward(record.withValue(new Staged.Failed(
                    deadLetters.of(prepared.source(), FailedStage.ENRICH, e, now))));
        }
    }
}
