package io.newswire.enrich.replay;

import io.newswire.avro.Duplicate;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.article.ArticleDraft;
import io.newswire.client.ArticlePublisher;
import io.newswire.client.Publication;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.PreparedArticle;
import io.newswire.enrich.StageTimer;
import io.newswire.enrich.language.LanguageDetector;
import io.newswire.enrich.stream.EnrichService;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.SampleNews;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Replays against a real broker and registry, with enrich running: a replay re-enriches exactly its range with the
 * enricher that runs now, never puts an old revision back, leaves the same result when run twice, and shares enrich
 * with live traffic without losing either.
 */
@WithNewswireStack
class ReplayJobIT {
    private static Enricher enricher;
    private static LanguageDetector detector;

    @TempDir
    Path stateDir;
    private NewswireStack stack;
    private String raw;
    private String replay;
    private String enriched;
    private String applicationId;
    private final List<EnrichService> running = new ArrayList<>();
    private final List<ArticlePublisher> publishers = new ArrayList<>();

    @BeforeAll
    static void loadModels() {
        enricher = Enricher.standard(Set.of(), StageTimer.NONE);
        detector = Enricher.languageDetector(Set.of());
    }

    @BeforeEach
    void topics(NewswireStack stack) {
        this.stack = stack;
        raw = TestTopics.createArticleTopic(stack, "it.raw");
        replay = TestTopics.createArticleTopic(stack, "it.replay");
        enriched = TestTopics.create(stack, TestTopics.unique("it.enriched"), 3);
        applicationId = "it-replay-" + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        running.forEach(EnrichService::close);
        publishers.forEach(ArticlePublisher::close);
    }

    @Test
    void aReplayReenrichesExactlyItsRangeWithTheCurrentEnricherAndTwiceLeavesTheSameResult() throws Exception {
        EnrichService v1 = startEnrich("test-1");
        ArticlePublisher wire = publisher("wire");
        ArticlePublisher presse = publisher("presse");

        List<String> before = publish(wire, "before", 4, false);
        Instant from = afterAll();
        List<String> inRangeEnglish = publish(wire, "in-en", 6, false);
        List<String> inRangeFrench = publish(presse, "in-fr", 4, true);
        Instant to = afterAll();
        List<String> after = publish(wire, "after", 4, false);
        // A revision of an in-range article arrives after the range: a replay must not put the old one back.
        String revised = inRangeEnglish.get(0);
        wire.publishAndWait(draft(revised, SampleNews.english(99)), Duration.ofSeconds(30));
        awaitEnriched(4 + 6 + 4 + 4 + 1);
        v1.close();
        running.remove(v1);

        ReplayRequest whole = new ReplayRequest(from, to, Set.of(), Set.of(), false);
        assertThatThrownBy(() -> job().run(whole, ReplayProgress.SILENT))
                .isInstanceOf(ReplayException.class).hasMessageContaining("Enrich is not running");

        startEnrich("test-2");
        assertThat(job().run(new ReplayRequest(from, to, Set.of(), Set.of(), true), ReplayProgress.SILENT))
                .satisfies(dry -> {
                    assertThat(dry.inRange()).isEqualTo(10);
                    assertThat(dry.selected()).isEqualTo(10);
                    assertThat(dry.copied()).isZero();
                });
        assertThat(dryRun(from, to, Set.of("presse"), Set.of())).isEqualTo(4);
        assertThat(dryRun(from, to, Set.of(), Set.of("fr"))).isEqualTo(4);
        assertThat(dryRun(from, to, Set.of("wire"), Set.of("en"))).isEqualTo(6);
        assertThat(dryRun(from, to, Set.of("wire"), Set.of("fr"))).isZero();

        List<ReplayStatus> updates = new ArrayList<>();
        ReplayResult first = job().run(whole, updates::add);
        assertThat(first.selected()).isEqualTo(10);
        assertThat(first.copied()).isEqualTo(10);
        assertThat(first.pending()).as("the job waits until enrich has committed the replay").isZero();
        assertThat(updates.getLast().phase()).isEqualTo(ReplayStatus.Phase.DONE);
        assertThat(updates.getLast().enriched()).isEqualTo(10);

        List<EnrichedArticle> records = enrichedRecords();
        Set<String> reprocessedIds = records.stream().filter(a -> a.getEnrichment().getReprocessed())
                .map(EnrichedArticle::getId).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(inRangeEnglish);
        expected.addAll(inRangeFrench);
        expected.remove(revised);
        assertThat(reprocessedIds).as("exactly the range, less the revision a newer one replaced")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(records.stream().filter(a -> a.getEnrichment().getReprocessed()).count()).isEqualTo(9);
        Map<String, EnrichedArticle> latest = latest(records);
        expected.forEach(id -> {
            assertThat(latest.get(id).getEnrichment().getEnricherVersion()).isEqualTo("test-2");
            assertThat(latest.get(id).getEnrichment().getReplayId()).isEqualTo(first.replayId());
        });
        before.forEach(id -> assertThat(latest.get(id).getEnrichment().getEnricherVersion()).isEqualTo("test-1"));
        after.forEach(id -> assertThat(latest.get(id).getEnrichment().getEnricherVersion()).isEqualTo("test-1"));
        assertThat(latest.get(revised).getTitle()).as("the newest revision stays the article's latest")
                .startsWith("Report 99");
        assertThat(latest.get(revised).getEnrichment().getReprocessed()).isFalse();

        ReplayResult second = job().run(whole, ReplayProgress.SILENT);
        assertThat(second.replayId()).isEqualTo(first.replayId());
        List<EnrichedArticle> afterSecond = enrichedRecords();
        assertThat(afterSecond.stream().filter(a -> a.getEnrichment().getReprocessed()).count()).isEqualTo(18);
        Map<String, EnrichedArticle> latestAfterSecond = latest(afterSecond);
        assertThat(latestAfterSecond.keySet()).isEqualTo(latest.keySet());
        latest.forEach((id, article) -> assertThat(content(latestAfterSecond.get(id))).as(id)
                .isEqualTo(content(article)));
    }

    @Test
    void aReplayDuringLiveIngestLeavesBothComplete() throws Exception {
        startEnrich("test-2");
        ArticlePublisher wire = publisher("wire");
        Instant from = afterAll();
        List<String> history = publish(wire, "history", 40, false);
        Instant to = afterAll();
        awaitEnriched(40);

        CompletableFuture<List<String>> live = CompletableFuture.supplyAsync(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "live-" + i;
                try {
                    wire.publishAndWait(draft(id, i % 2 == 0 ? SampleNews.english(200 + i) : SampleNews.french(200 + i)),
                            Duration.ofSeconds(30));
                    Thread.sleep(10);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                ids.add(id);
            }
            return ids;
        });
        // A small backlog, so the replay and the live articles take turns in enrich many times over.
        ReplayResult result = job(5).run(new ReplayRequest(from, to, Set.of(), Set.of(), false), ReplayProgress.SILENT);
        List<String> liveIds = live.get();
        awaitEnriched(40 + 40 + 40);

        assertThat(result.copied()).isEqualTo(40);
        assertThat(result.pending()).isZero();
        List<EnrichedArticle> records = enrichedRecords();
        assertThat(records).hasSize(120);
        assertThat(records.stream().filter(a -> a.getEnrichment().getReprocessed()).map(EnrichedArticle::getId))
                .containsExactlyInAnyOrderElementsOf(history);
        assertThat(records.stream().filter(a -> !a.getEnrichment().getReprocessed()).map(EnrichedArticle::getId))
                .containsExactlyInAnyOrderElementsOf(concat(history, liveIds));
    }

    private long dryRun(Instant from, Instant to, Set<String> sources, Set<String> languages) {
        return job().run(new ReplayRequest(from, to, sources, languages, true), ReplayProgress.SILENT).selected();
    }

    private ReplayJob job() {
        return job(2000);
    }

    private ReplayJob job(int maxBacklog) {
        return new ReplayJob(kafka(), rawDeserializer(), () -> detector,
                new ReplayJob.Config(raw, replay, applicationId, true, maxBacklog, Duration.ofSeconds(30)),
                Clock.systemUTC());
    }

    private Map<String, Object> kafka() {
        return Map.of("bootstrap.servers", stack.bootstrapServers());
    }

    private SpecificAvroDeserializer<RawArticle> rawDeserializer() {
        return new SpecificAvroDeserializer<>(new SchemaRegistryClient(SchemaRegistryClientConfig.of(
                stack.schemaRegistryUrl())), RawArticle.class);
    }

    private EnrichService startEnrich(String version) throws InterruptedException {
        Settings settings = Settings.load(EnrichSettings.all(), ClusterSettings.PASS_THROUGH, Map.of(),
                "--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                "--schema.registry.url=" + stack.schemaRegistryUrl(),
                "--topics.create=false",
                "--enrich.application.id=" + applicationId, "--enrich.input.topic=" + raw,
                "--enrich.replay.topic=" + replay, "--enrich.output.topic=" + enriched,
                "--enrich.dead.letter.topic=" + TestTopics.unique("it.dlq"), "--enrich.route.languages=",
                "--enrich.state.dir=" + stateDir, "--enrich.management.port=0");
        EnrichService service = EnrichService.start(settings, timer -> new Versioned(enricher, version));
        running.add(service);
        assertThat(service.awaitRunning(Duration.ofSeconds(60))).as("enrich %s reaches RUNNING", version).isTrue();
        return service;
    }

    private ArticlePublisher publisher(String source) {
        ArticlePublisher publisher = ArticlePublisher.builder().bootstrapServers(stack.bootstrapServers())
                .schemaRegistryUrl(stack.schemaRegistryUrl()).source(source).topic(raw).build();
        publishers.add(publisher);
        return publisher;
    }

    private static List<String> publish(ArticlePublisher publisher, String prefix, int count, boolean french)
            throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            Publication stored = publisher.publishAndWait(draft(id, french ? SampleNews.french(i) : SampleNews.english(i)),
                    Duration.ofSeconds(30));
            ids.add(stored.id());
        }
        return ids;
    }

    private static ArticleDraft draft(String id, SampleNews.Story story) {
        return ArticleDraft.builder().id(id).url("https://news.example/" + id).title(story.title()).body(story.body())
                .build();
    }

    /** An instant after every record appended so far: the broker stamps records with its own clock, this machine's. */
    private static Instant afterAll() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }

    private void awaitEnriched(int records) {
        await().atMost(Duration.ofSeconds(90)).until(() -> enrichedRecords().size() >= records);
    }

    private List<EnrichedArticle> enrichedRecords() {
        SpecificAvroDeserializer<EnrichedArticle> deserializer = new SpecificAvroDeserializer<>(
                new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl())), EnrichedArticle.class);
        return RecordReader.readToEnd(stack, enriched, deserializer).stream().map(ConsumerRecord::value).toList();
    }

    private static Map<String, EnrichedArticle> latest(List<EnrichedArticle> records) {
        Map<String, EnrichedArticle> latest = new HashMap<>();
        records.forEach(article -> latest.put(article.getId(), article));
        return latest;
    }

    /** What an enriched record says about its article, without when it was made. */
    private static List<Object> content(EnrichedArticle article) {
        return List.of(String.valueOf(article.getTitle()), article.getText(), article.getLanguage(), article.getTopics(),
                article.getSubjects(), article.getPlaces(), article.getDuplicate(),
                article.getEnrichment().getEnricherVersion(), article.getEnrichment().getReprocessed(),
                String.valueOf(article.getEnrichment().getReplayId()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The shipped enricher under another version name: what a newer deployment of enrich would write. */
    private record Versioned(Enricher delegate, String version) implements ArticleEnricher {
        @Override
        public PreparedArticle prepare(RawArticle raw) {
            return delegate.prepare(raw);
        }

        @Override
        public EnrichedArticle enrich(PreparedArticle prepared, Duplicate duplicate, Provenance provenance) {
            EnrichedArticle article = delegate.enrich(prepared, duplicate, provenance);
            article.getEnrichment().put("enricherVersion", version);
            return article;
        }

        @Override
        public Map<String, String> models() {
            return delegate.models();
        }
    }
}
