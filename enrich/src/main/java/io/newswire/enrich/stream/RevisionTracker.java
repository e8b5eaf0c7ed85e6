package io.newswire.enrich.stream;

import io.newswire.avro.Duplicate;
import io.newswire.avro.DuplicateStatus;
import io.newswire.avro.FailedStage;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.PreparedArticle;
import io.newswire.enrich.replay.ReplayJob;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage one, on the raw topic's partitions (one article id, one partition): decodes each record, cleans and
 * fingerprints the article, and compares its content with what this id carried before. An exact re-push stops here:
 * it is not enriched again nor emitted. New content of a known id is an UPDATE; a new id is, so far, ORIGINAL.
 * A replayed record goes on with the verdict it had, if it is still the id's latest content; a replayed revision that
 * a newer one has replaced stops here, so a replay never puts an old version back on the enriched topic.
 */
final class RevisionTracker implements Processor<byte[], byte[], String, Staged> {
    static final String STORE = "article-revisions";
    static final String REPLAY_HEADER = ReplayJob.REPLAY_ID_HEADER;

    private final RawArticleDecoder decoder;
    private final ArticleEnricher enricher;
    private final DeadLetters deadLetters;
    private final Duration retention;
    private final EnrichMetrics metrics;
    private final Clock clock;
    private ProcessorContext<String, Staged> context;
    private KeyValueStore<String, ArticleState> revisions;

    RevisionTracker(RawArticleDecoder decoder, ArticleEnricher enricher, DeadLetters deadLetters, Duration retention,
                    EnrichMetrics metrics, Clock clock) {
        this.decoder = decoder;
        this.enricher = enricher;
        this.deadLetters = deadLetters;
        this.retention = retention;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Staged> context) {
        this.context = context;
        this.revisions = context.getStateStore(STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOldArticles);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        SourceRecord source = source(record);
        RawArticle raw;
        PreparedArticle prepared;
        try {
            raw = decoder.decode(source);
        } catch (RawArticleDecoder.PoisonRecordException e) {
            fail(record, source, FailedStage.DESERIALIZE, e);
            return;
        }
        try {
            prepared = metrics.time("prepare", () -> enricher.prepare(raw));
        } catch (RuntimeException e) {
            fail(record, source, FailedStage.ENRICH, e);
            return;
        }
        String replayId = header(record, REPLAY_HEADER);
        String id = raw.getId();
        String hash = prepared.fingerprint().contentHash();
        long simhash = prepared.fingerprint().simhash();
        long now = clock.millis();
        ArticleState previous = revisions.get(id);
        Duplicate duplicate;
        ArticleState next;
        if (previous == null) {
            next = new ArticleState(hash, simhash, 1, now, now, null);
            duplicate = verdict(DuplicateStatus.ORIGINAL, 1);
        } else if (!previous.contentHash().equals(hash) && replayId != null) {
            metrics.outcome("replay_superseded");
            return;
        } else if (!previous.contentHash().equals(hash)) {
            next = previous.withContent(hash, simhash, now);
            duplicate = verdict(DuplicateStatus.UPDATE, next.revision());
        } else if (replayId != null) {
            next = previous.seenAgain(now);
            duplicate = verdict(previous.revision() > 1 ? DuplicateStatus.UPDATE : DuplicateStatus.ORIGINAL,
                    previous.revision());
        } else {
            revisions.put(id, previous.seenAgain(now));
            metrics.outcome("repush_skipped");
            return;
        }
        revisions.put(id, next);
        context.forward(new Record<>(id, new Staged.Prepared(source, prepared, duplicate, replayId), record.timestamp()));
    }

    private static Duplicate verdict(DuplicateStatus status, int revision) {
        return Duplicate.newBuilder().setStatus(status).setRevision(revision).build();
    }

    private void fail(Record<byte[], byte[]> record, SourceRecord source, FailedStage stage, RuntimeException error) {
        metrics.outcome("dead_letter");
        String key = source.key() == null ? "" : new String(source.key(), StandardCharsets.UTF_8);
        context.forward(new Record<>(key, new Staged.Failed(deadLetters.of(source, stage, error, Instant.now(clock))),
                record.timestamp()));
    }

    private SourceRecord source(Record<byte[], byte[]> record) {
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        return new SourceRecord(metadata.topic(), metadata.partition(), metadata.offset(), record.timestamp(),
                record.key(), record.value(), SourceRecord.headersOf(record.headers()));
    }

    private static String header(Record<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Retention: an id not seen for longer is forgotten, so the store stays bounded. */
    private void forgetOldArticles(long now) {
        long oldest = clock.millis() - retention.toMillis();
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, ArticleState> all = revisions.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.lastSeenMillis() < oldest) {
                    old.add(entry.key);
                }
            });
        }
        old.forEach(revisions::delete);
    }
}
