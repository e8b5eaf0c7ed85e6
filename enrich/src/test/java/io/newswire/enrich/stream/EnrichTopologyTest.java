package io.newswire.enrich.stream;

import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.DuplicateStatus;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.FailedStage;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.StageTimer;
import io.newswire.registry.InMemorySchemaRegistry;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.serde.SpecificAvroSerializer;
import io.newswire.serde.SubjectNameStrategy;
import io.newswire.testkit.SeedArticle;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The topology's logic, fast, with TopologyTestDriver and the real enricher: revisions, near-duplicates, routing, dead letters. */
class EnrichTopologyTest {
    private static final String RAW = "news.raw.v1";
    private static final String REPLAY = "news.replay.v1";
    private static final String ENRICHED = "news.enriched.v1";
    private static final String DLQ = "news.dlq.v1";
    private static final String ARABIC = "news.enriched.lang.ar";
    private static Enricher enricher;

    @TempDir
    Path stateDir;
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestInputTopic<byte[], byte[]> replay;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, EnrichedArticle> arabic;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private final SpecificAvroSerializer<RawArticle> rawSerializer =
            new SpecificAvroSerializer<>(registry, true, SubjectNameStrategy.TOPIC_NAME, false);

    @BeforeAll
    static void loadModels() {
        enricher = Enricher.standard(Set.of(), StageTimer.NONE);
    }

    @BeforeEach
    void start() {
        EnrichTopology.Options options = new EnrichTopology.Options(RAW, REPLAY, ENRICHED, DLQ, Set.of("ar"), 8,
                Duration.ofDays(30), Duration.ofMillis(200), "newswire-enrich test");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(EnrichTopology.build(options, enricher, registry, EnrichMetrics.discarding(),
                clock), config, clock.instant());
        raw = driver.createInputTopic(RAW, new ByteArraySerializer(), new ByteArraySerializer());
        replay = driver.createInputTopic(REPLAY, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(ENRICHED, new StringDeserializer(),
                new SpecificAvroDeserializer<>(registry, EnrichedArticle.class));
        arabic = driver.createOutputTopic(ARABIC, new StringDeserializer(),
                new SpecificAvroDeserializer<>(registry, EnrichedArticle.class));
        deadLetters = driver.createOutputTopic(DLQ, new StringDeserializer(),
                new SpecificAvroDeserializer<>(registry, DeadLetter.class));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void push(RawArticle article) {
        raw.pipeInput(article.getId().getBytes(StandardCharsets.UTF_8), rawSerializer.serialize(RAW, article));
    }

    private static RawArticle article(String id, String title, String body) {
        return RawArticle.newBuilder().setId(id).setSource("test").setUrl("https://x.ma/" + id).setTitle(title)
                .setBody(body).setReceivedAt(Instant.parse("2026-11-29T09:59:00Z"))
                .setArrival(Arrival.newBuilder().setChannel(ArrivalChannel.HTTP).build()).build();
    }

    private static final String STORY = "The central bank left interest rates unchanged on Thursday, saying inflation"
            + " was easing but remained above its target.\n\nOfficials signalled that cuts could come later in the"
            + " year if wages cool, and markets rose after the announcement.\n\nAnalysts had expected the decision,"
            + " which follows three months of falling prices for energy and food across the region.\n\nThe bank's"
            + " statement said that the labour market remained tight, with unemployment close to its lowest level in"
            + " two decades, and that it would watch wage settlements in the spring closely.\n\nExporters welcomed"
            + " the pause, saying a stable currency helped them plan, while unions asked for measures to protect"
            + " households from the high cost of housing.\n\nThe finance ministry said the budget would stay on"
            + " course, with spending on schools and hospitals protected and a small surplus expected next year.\n\n"
            + "Economists at the main banks expect the first cut in the summer, although some warned that oil prices"
            + " could rise again if tensions in shipping lanes continue.\n\nThe next decision is due in six weeks,"
            + " when the bank will also publish new forecasts for growth, prices and employment.";

    @Test
    void aNewArticleIsEnrichedAsAnOriginalWithItsProvenance() {
        push(article("a1", "Central bank holds rates", STORY));

        EnrichedArticle out = enriched.readValue();
        assertThat(out.getId()).isEqualTo("a1");
        assertThat(out.getDuplicate().getStatus()).isEqualTo(DuplicateStatus.ORIGINAL);
        assertThat(out.getDuplicate().getRevision()).isEqualTo(1);
        assertThat(out.getLanguage().getCode()).isEqualTo("en");
        assertThat(out.getEnrichment().getEnricherVersion()).startsWith("newswire-enrich/");
        assertThat(out.getEnrichment().getModels()).containsKeys("language", "topics", "places", "cleaner", "fingerprint");
        assertThat(out.getEnrichment().getReprocessed()).isFalse();
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(arabic.isEmpty()).as("English is not routed").isTrue();
    }

    @Test
    void anExactRepushIsNotEmittedAgainButNewContentIsAnUpdate() {
        push(article("a1", "Central bank holds rates", STORY));
        push(article("a1", "Central bank holds rates", "Share\n" + STORY + "\n\nShare"));
        push(article("a1", "Central bank holds rates", STORY + "\n\nThe governor will speak on Friday."));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(a -> a.getDuplicate().getStatus())
                .containsExactly(DuplicateStatus.ORIGINAL, DuplicateStatus.UPDATE);
        assertThat(out.get(1).getDuplicate().getRevision()).isEqualTo(2);
    }

    @Test
    void aNearDuplicateUnderAnotherIdPointsAtTheFirst() {
        push(article("first", "Central bank holds rates", STORY));
        push(article("second", "Central bank holds rates", STORY.replace("Thursday", "Thursday morning")));
        push(article("third", "Central bank holds rates", STORY.replace("Analysts", "Most analysts")));
        push(article("other", "Storm hits the coast",
                "A storm brought heavy rain and strong winds to the coast overnight, closing schools and roads."));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::getId).containsExactly("first", "second", "third", "other");
        assertThat(out.get(1).getDuplicate().getStatus()).isEqualTo(DuplicateStatus.NEAR_DUPLICATE);
        assertThat(out.get(1).getDuplicate().getDuplicateOf()).isEqualTo("first");
        assertThat(out.get(1).getDuplicate().getSimilarity()).isGreaterThan(0.9);
        assertThat(out.get(2).getDuplicate().getDuplicateOf()).isEqualTo("first");
        assertThat(out.get(3).getDuplicate().getStatus()).isEqualTo(DuplicateStatus.ORIGINAL);
    }

    @Test
    void arabicArticlesAreAlsoRoutedToTheirLanguageTopic() {
        push(article("seed", null, SeedArticle.text()));

        EnrichedArticle out = enriched.readValue();
        assertThat(out.getLanguage().getCode()).isEqualTo("ar");
        assertThat(arabic.readValue().getId()).isEqualTo("seed");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        byte[] garbage = {0x00, 0x7f, 0x00, 0x00, 0x01, 0x02, 0x03};
        RecordHeaders trace = new RecordHeaders();
        trace.add("trace", "t1".getBytes());
        raw.pipeInput(new TestRecord<>("g1".getBytes(), garbage, trace));
        raw.pipeInput("j1".getBytes(), "{\"title\": \"json\"}".getBytes());
        raw.pipeInput("n1".getBytes(), (byte[]) null);
        RawArticle misKeyed = article("real-id", "T", STORY);
        raw.pipeInput("other-key".getBytes(), rawSerializer.serialize(RAW, misKeyed));
        push(article("good", "Central bank holds rates", STORY));

        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(4).allSatisfy(letter -> {
            assertThat(letter.getStage()).isEqualTo(FailedStage.DESERIALIZE);
            assertThat(letter.getTopic()).isEqualTo(RAW);
            assertThat(letter.getApplication()).isEqualTo("newswire-enrich test");
        });
        assertThat(letters.get(0).getErrorMessage()).contains("does not know");
        assertThat(letters.get(0).getValue().array()).isEqualTo(garbage);
        assertThat(letters.get(0).getHeaders()).containsKey("trace");
        assertThat(letters.get(1).getErrorMessage()).contains("magic byte");
        assertThat(letters.get(2).getErrorMessage()).contains("no value");
        assertThat(letters.get(3).getErrorMessage()).contains("not its article id");
        assertThat(letters).extracting(DeadLetter::getOffset).containsExactly(0L, 1L, 2L, 3L);
        assertThat(enriched.readValue().getId()).isEqualTo("good");
    }

    private void replay(RawArticle article, String replayId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(RevisionTracker.REPLAY_HEADER, replayId.getBytes(StandardCharsets.UTF_8));
        replay.pipeInput(new TestRecord<>(article.getId().getBytes(StandardCharsets.UTF_8),
                rawSerializer.serialize(RAW, article), headers));
    }

    @Test
    void aReplayReemitsUnchangedContentAsReprocessed() {
        push(article("a1", "Central bank holds rates", STORY));
        replay(article("a1", "Central bank holds rates", STORY), "replay-7");

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).getEnrichment().getReprocessed()).isTrue();
        assertThat(out.get(1).getEnrichment().getReplayId()).isEqualTo("replay-7");
        assertThat(out.get(1).getDuplicate().getStatus()).isEqualTo(DuplicateStatus.ORIGINAL);
        assertThat(out.get(1).getDuplicate().getRevision()).isEqualTo(1);
    }

    @Test
    void aReplayNeverPutsAnOldRevisionBackButReprocessesTheLatest() {
        RawArticle first = article("a1", "Central bank holds rates", STORY);
        RawArticle updated = article("a1", "Central bank holds rates", STORY + "\n\nThe governor will speak on Friday.");
        push(first);
        push(updated);
        enriched.readValuesToList();

        replay(first, "replay-8");
        assertThat(enriched.isEmpty()).as("the replayed first revision is superseded by the update").isTrue();

        replay(updated, "replay-8");
        EnrichedArticle out = enriched.readValue();
        assertThat(out.getText()).contains("The governor will speak on Friday.");
        assertThat(out.getDuplicate().getStatus()).isEqualTo(DuplicateStatus.UPDATE);
        assertThat(out.getDuplicate().getRevision()).isEqualTo(2);
        assertThat(out.getEnrichment().getReprocessed()).isTrue();
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aReplayedNearDuplicateKeepsItsVerdict() {
        push(article("first", "Central bank holds rates", STORY));
        push(article("second", "Central bank holds rates", STORY.replace("Thursday", "Thursday morning")));
        enriched.readValuesToList();

        replay(article("second", "Central bank holds rates", STORY.replace("Thursday", "Thursday morning")), "replay-9");

        EnrichedArticle out = enriched.readValue();
        assertThat(out.getEnrichment().getReprocessed()).isTrue();
        assertThat(out.getDuplicate().getStatus()).isEqualTo(DuplicateStatus.NEAR_DUPLICATE);
        assertThat(out.getDuplicate().getDuplicateOf()).isEqualTo("first");
    }

    @Test
    void idsAreForgottenAfterTheRetention() {
        push(article("a1", "Central bank holds rates", STORY));
        clock.advance(Duration.ofDays(31));
        driver.advanceWallClockTime(Duration.ofHours(2));
        push(article("a1", "Central bank holds rates", STORY));

        assertThat(enriched.readValuesToList()).extracting(a -> a.getDuplicate().getStatus())
                .containsExactly(DuplicateStatus.ORIGINAL, DuplicateStatus.ORIGINAL);
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
