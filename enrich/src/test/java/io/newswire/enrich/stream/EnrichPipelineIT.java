package io.newswire.enrich.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.FailedStage;
import io.newswire.avro.Place;
import io.newswire.avro.Subject;
import io.newswire.avro.Topic;
import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichSettings;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.SeedArticle;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest and enrich on the real broker and registry: the reference article goes in over HTTP and comes out enriched
 * as ../shared/seed/README.md says; a poison record lands in the dead-letter topic while the next good one is enriched.
 */
@WithNewswireStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichPipelineIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path stateDir; // static: filled before @BeforeAll, whatever the lifecycle
    private String raw;
    private String replay;
    private String enriched;
    private String deadLetters;
    private IngestService ingest;
    private EnrichService enrich;
    private NewswireStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(NewswireStack stack) throws Exception {
        this.stack = stack;
        raw = TestTopics.create(stack, TestTopics.unique("it.raw"), 3);
        replay = TestTopics.create(stack, TestTopics.unique("it.replay"), 3);
        enriched = TestTopics.create(stack, TestTopics.unique("it.enriched"), 3);
        deadLetters = TestTopics.create(stack, TestTopics.unique("it.dlq"), 1);
        String[] cluster = {"--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                "--schema.registry.url=" + stack.schemaRegistryUrl(), "--topics.create=false"};
        ingest = IngestService.start(Settings.load(IngestSettings.all(), ClusterSettings.PASS_THROUGH, Map.of(),
                concat(cluster, "--ingest.port=0", "--ingest.auth=open", "--ingest.topic=" + raw)));
        enrich = EnrichApp.start(Settings.load(EnrichSettings.all(), ClusterSettings.PASS_THROUGH, Map.of(),
                concat(cluster, "--enrich.application.id=it-enrich-" + UUID.randomUUID(),
                        "--enrich.input.topic=" + raw, "--enrich.replay.topic=" + replay,
                        "--enrich.output.topic=" + enriched,
                        "--enrich.dead.letter.topic=" + deadLetters, "--enrich.state.dir=" + stateDir,
                        "--enrich.management.port=0")));
        assertThat(enrich.awaitRunning(Duration.ofSeconds(60))).as("enrich reaches RUNNING").isTrue();
    }

    @AfterAll
    void stop() {
        enrich.close();
        ingest.close();
    }

    @Test
    void theReferenceArticleComesOutEnrichedAsItsReadmeSays() throws Exception {
        String url = "https://www.hespress.com/seed-" + UUID.randomUUID() + ".html";
        String body = JSON.writeValueAsString(Map.of("source", "hespress", "url", url, "body", SeedArticle.text()));
        assertThat(post(body)).isEqualTo(202);
        assertThat(post(body)).as("pushed twice").isEqualTo(202);

        EnrichedArticle article = waitForArticle(url);

        assertThat(article.getLanguage().getCode()).isEqualTo("ar");
        assertThat(article.getLanguage().getConfidence()).isGreaterThan(0.9);
        assertThat(article.getLanguage().getScript()).isEqualTo("Arab");
        assertThat(article.getTitle()).isEqualTo(SeedArticle.HEADLINE);
        assertThat(article.getText().lines()).noneMatch(line -> line.strip().equals("Share")
                || line.contains("Link copied") || line.strip().equals("المقال التالي"));
        for (String paragraph : SeedArticle.text().split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (!p.isEmpty() && !p.equals(SeedArticle.HEADLINE) && !p.startsWith("Share") && !p.contains("Link copied")) {
                assertThat(article.getText()).as("paragraph kept").contains(java.text.Normalizer.normalize(
                        p.replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC));
            }
        }
        List<String> topics = article.getTopics().stream().map(Topic::getCode).toList();
        assertThat(topics).contains("medtop:11000000");
        assertThat(topics).containsAnyOf("medtop:02000000", "medtop:16000000");
        assertThat(article.getSubjects()).extracting(Subject::getCode).contains("terrorism");
        assertThat(article.getPlaces()).extracting(Place::getCountryCode).contains("MA", "US");
        assertThat(article.getEnrichment().getEnricherVersion()).startsWith("newswire-enrich/");

        Thread.sleep(3000); // the second push has been processed by now
        long copies = read(enriched, EnrichedArticle.class, 1, Duration.ofSeconds(5)).stream()
                .filter(r -> url.equals(r.value().getRaw().getUrl())).count();
        assertThat(copies).as("the second push is recognised as the same article and not emitted again").isEqualTo(1);
        assertThat(metrics()).containsPattern("newswire_enrich_records_total\\{[^}]*outcome=\"repush_skipped\"[^}]*} [1-9]");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextGoodRecordIsEnriched() throws Exception {
        byte[] poison = {0x00, 0x00, 0x00, 0x7f, 0x7f, 0x01, 0x02};
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                stack.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(raw, 0, "poison".getBytes(), poison)).get();
        }
        String url = "https://example.com/after-poison-" + UUID.randomUUID();
        assertThat(post(JSON.writeValueAsString(Map.of("source", "demo", "url", url, "title",
                "Parliament passes the budget", "body", "The parliament passed the budget on Tuesday after a long debate.")))).isEqualTo(202);

        EnrichedArticle good = waitForArticle(url);
        assertThat(good.getLanguage().getCode()).isEqualTo("en");
        List<ConsumerRecord<String, DeadLetter>> letters = read(deadLetters, DeadLetter.class, 1, Duration.ofSeconds(30));
        assertThat(letters).anySatisfy(record -> {
            DeadLetter letter = record.value();
            assertThat(letter.getStage()).isEqualTo(FailedStage.DESERIALIZE);
            assertThat(letter.getTopic()).isEqualTo(raw);
            assertThat(letter.getValue().array()).isEqualTo(poison);
            assertThat(letter.getErrorMessage()).contains("schema id");
        });
        assertThat(enrich.state().isRunningOrRebalancing()).isTrue();
    }

    private EnrichedArticle waitForArticle(String url) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, EnrichedArticle> record : read(enriched, EnrichedArticle.class, 1, Duration.ofSeconds(3))) {
                if (url.equals(record.value().getRaw().getUrl())) {
                    return record.value();
                }
            }
        }
        throw new AssertionError("No enriched article for " + url + " within 90 s");
    }

    private <T extends org.apache.avro.specific.SpecificRecord> List<ConsumerRecord<String, T>> read(
            String topic, Class<T> type, int atLeast, Duration timeout) {
        SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
        return RecordReader.read(stack, topic, new SpecificAvroDeserializer<>(registry, type), atLeast, timeout);
    }

    private int post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String metrics() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + enrich.managementPort() + "/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
