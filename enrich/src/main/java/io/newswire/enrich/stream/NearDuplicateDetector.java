package io.newswire.enrich.stream;

import io.newswire.avro.Duplicate;
import io.newswire.avro.DuplicateStatus;
import io.newswire.avro.EnrichedArticle;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage three, on one partition so every article meets every other: a new id whose SimHash is within
 * {@code maxDistance} bits of an article seen before is a NEAR_DUPLICATE of the first one (the first of a chain, not
 * its latest link). Candidates come from a band index of {@value #BANDS_IN_INDEX} bands (see {@link SimhashBands}):
 * every pair within 4 bits is found, and most pairs up to the default 8; then they are checked bit by bit. Nothing is
 * dropped here: duplicates are marked, never silently removed.
 */
final class NearDuplicateDetector implements Processor<String, EnrichedArticle, String, EnrichedArticle> {
    static final String ARTICLES = "near-duplicate-articles";
    static final String BANDS = "near-duplicate-bands";
    private static final StringSerializer KEYS = new StringSerializer();
    static final int BANDS_IN_INDEX = 5;

    private final SimhashBands bands;
    private final int maxDistance;
    private final Duration retention;
    private final EnrichMetrics metrics;
    private final Clock clock;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, ArticleState> articles;
    private KeyValueStore<String, Long> index;

    NearDuplicateDetector(int maxDistance, Duration retention, EnrichMetrics metrics, Clock clock) {
        this.bands = new SimhashBands(Math.min(maxDistance + 1, BANDS_IN_INDEX));
        this.maxDistance = maxDistance;
        this.retention = retention;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.articles = context.getStateStore(ARTICLES);
        this.index = context.getStateStore(BANDS);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOldArticles);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String id = record.key();
        long simhash = article.getFingerprint().getSimhash();
        long now = clock.millis();
        ArticleState known = articles.get(id);
        Duplicate verdict = article.getDuplicate();
        String duplicateOf = known == null ? null : known.duplicateOf();

        if (known == null && verdict.getStatus() == DuplicateStatus.ORIGINAL) {
            Candidate first = firstNearDuplicate(id, simhash);
            if (first != null) {
                duplicateOf = first.root();
                verdict = Duplicate.newBuilder(verdict).setStatus(DuplicateStatus.NEAR_DUPLICATE)
                        .setDuplicateOf(duplicateOf).setSimilarity(1.0 - first.distance() / 64.0).build();
                metrics.outcome("near_duplicate");
            }
        } else if (duplicateOf != null && verdict.getStatus() != DuplicateStatus.UPDATE) {
            // A replay of an article already found to repeat another keeps that verdict.
            verdict = Duplicate.newBuilder(verdict).setStatus(DuplicateStatus.NEAR_DUPLICATE)
                    .setDuplicateOf(duplicateOf).build();
        }

        articles.put(id, new ArticleState(article.getFingerprint().getContentHash(), simhash,
                verdict.getRevision(), known == null ? now : known.firstSeenMillis(), now, duplicateOf));
        if (known == null || known.simhash() != simhash) {
            for (String band : bands.keys(simhash)) {
                index.put(band + id, now);
            }
        }
        // The record was decoded for this processor alone: set the verdict in place rather than deep-copy the article.
        article.put("duplicate", verdict);
        metrics.outcome("enriched");
        context.forward(record.withValue(article));
    }

    /** An earlier article close enough, and the first article of its chain. */
    private record Candidate(String id, String root, long firstSeen, int distance) {
    }

    private Candidate firstNearDuplicate(String id, long simhash) {
        Candidate best = null;
        for (String band : bands.keys(simhash)) {
            List<String> ids = new ArrayList<>();
            try (KeyValueIterator<String, Long> matches = index.prefixScan(band, KEYS)) {
                matches.forEachRemaining(entry -> ids.add(entry.key.substring(band.length())));
            }
            for (String candidate : ids) {
                if (candidate.equals(id)) {
                    continue;
                }
                ArticleState state = articles.get(candidate);
                if (state == null) {
                    continue;
                }
                int distance = SimhashBands.distance(simhash, state.simhash());
                if (distance > maxDistance) {
                    continue;
                }
                String root = state.duplicateOf() != null ? state.duplicateOf() : candidate;
                if (best == null || state.firstSeenMillis() < best.firstSeen()
                        || (state.firstSeenMillis() == best.firstSeen() && candidate.compareTo(best.id()) < 0)) {
                    best = new Candidate(candidate, root, state.firstSeenMillis(), distance);
                }
            }
        }
        return best;
    }

    private void forgetOldArticles(long now) {
        long oldest = clock.millis() - retention.toMillis();
        List<String> oldArticles = new ArrayList<>();
        try (KeyValueIterator<String, ArticleState> all = articles.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.lastSeenMillis() < oldest) {
                    oldArticles.add(entry.key);
                }
            });
        }
        oldArticles.forEach(articles::delete);
        List<String> oldBands = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = index.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value < oldest) {
                    oldBands.add(entry.key);
                }
            });
        }
        oldBands.forEach(index::delete);
    }
}
