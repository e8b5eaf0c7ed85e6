package io.newswire.enrich.stream;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.registry.SchemaRegistry;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.serde.SpecificAvroSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enrich topology:
 *
 * <pre>
 * news.raw.v1    ─┬▶ revisions (decode, clean, fingerprint; exact re-push stops here) [store article-revisions]
 * news.replay.v1 ─┘
 *             ──▶ enrichment (language, topics, places)
 *             ├─▶ failed ──────────────────────────────────────────────▶ news.dlq.v1
 *             └─▶ enriched ──▶ repartition to one partition ──▶ near-duplicates   [stores near-duplicate-*]
 *                                                               ├─▶ news.enriched.v1
 *                                                               └─▶ news.enriched.lang.&lt;code&gt; (routed languages)
 * </pre>
 *
 * Stage one runs on the raw topic's partitions, keyed by article id, so every revision of an id meets its
 * predecessor; the replay topic is co-partitioned with it, so a replayed article meets its live history too. Near-duplicates have other ids, hence other partitions: they meet in one partition, where the check is
 * a few index lookups per article. Run with exactly_once_v2: outputs, dead letters, state and offsets commit together.
 */
public final class EnrichTopology {

    /**
     * @param inputTopic          raw articles
     * @param replayTopic         raw articles being replayed (as many partitions as the input topic)
     * @param outputTopic         enriched articles
     * @param deadLetterTopic     what could not be processed
     * @param routedLanguages     languages whose articles are also written to their own topic
     * @param nearDuplicateBits   most differing SimHash bits for two articles to be near duplicates
     * @param retention           how long an article id is remembered for de-duplication
     * @param registryOutageRetry how long a record waits for an unreachable registry before the thread restarts
     * @param application         name and version written into dead letters
     */
    public record Options(String inputTopic, String replayTopic, String outputTopic, String deadLetterTopic,
                          Set<String> routedLanguages, int nearDuplicateBits, Duration retention,
                          Duration registryOutageRetry, String application) {
        public Options {
            routedLanguages = Set.copyOf(routedLanguages);
        }
    }

    private EnrichTopology() {
    }

    public static Topology build(Options options, ArticleEnricher enricher, SchemaRegistry registry,
                                 EnrichMetrics metrics, Clock clock) {
        Serde<EnrichedArticle> enrichedSerde = new SpecificAvroSerde<>(EnrichedArticle.class, registry, true);
        Serde<DeadLetter> deadLetterSerde = new SpecificAvroSerde<>(DeadLetter.class, registry, true);
        RawArticleDecoder decoder = new RawArticleDecoder(new SpecificAvroDeserializer<>(registry, RawArticle.class),
                options.registryOutageRetry());
        DeadLetters deadLetters = new DeadLetters(options.application());
        LanguageRoutes routes = new LanguageRoutes(options.routedLanguages());

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RevisionTracker.STORE),
                Serdes.String(), ArticleState.serde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NearDuplicateDetector.ARTICLES),
                Serdes.String(), ArticleState.serde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NearDuplicateDetector.BANDS),
                Serdes.String(), Serdes.Long()));

        Map<String, KStream<String, Staged>> outcomes = builder
                .stream(List.of(options.inputTopic(), options.replayTopic()),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-articles"))
                .process(() -> new RevisionTracker(decoder, enricher, deadLetters, options.retention(), metrics, clock),
                        Named.as("revisions"), RevisionTracker.STORE)
                .processValues(() -> new ArticleEnrichment(enricher, deadLetters, metrics, clock), Named.as("enrichment"))
                .split(Named.as("outcome-"))
                .branch((id, staged) -> staged instanceof Staged.Failed, Branched.as("failed"))
                .defaultBranch(Branched.as("enriched"));

        outcomes.get("outcome-failed")
                .mapValues(staged -> ((Staged.Failed) staged).letter(), Named.as("dead-letter"))
                .to(options.deadLetterTopic(), Produced.with(Serdes.String(), deadLetterSerde).withName("dead-letters"));

        KStream<String, EnrichedArticle> enriched = outcomes.get("outcome-enriched")
                .mapValues(staged -> ((Staged.Enriched) staged).article(), Named.as("enriched-article"))
                .repartition(Repartitioned.with(Serdes.String(), enrichedSerde).withName("near-duplicates")
                        .withNumberOfPartitions(1))
                .process(() -> new NearDuplicateDetector(options.nearDuplicateBits(), options.retention(), metrics, clock),
                        Named.as("near-duplicates"), NearDuplicateDetector.ARTICLES, NearDuplicateDetector.BANDS);

        enriched.to(options.outputTopic(), Produced.with(Serdes.String(), enrichedSerde).withName("enriched-articles"));
        if (!options.routedLanguages().isEmpty()) {
            enriched.filter((id, article) -> routes.routes(article), Named.as("routed-languages"))
                    .to(routes, Produced.with(Serdes.String(), enrichedSerde).withName("language-routes"));
        }
        return builder.build();
    }
}
