package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.article.ArticleId;
import io.newswire.article.CanonicalUrl;
import io.newswire.avro.ArrivalChannel;
import io.newswire.article.ArticleDraft;
import io.newswire.avro.RawArticle;
import io.newswire.client.ArticlePublisher;
import io.newswire.client.Publication;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.SeedArticle;
import io.newswire.testkit.WithNewswireStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest over HTTP against the real broker and registry, in keys mode: what scrapers see. */
@WithNewswireStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestServiceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final String NDJSON_TYPE = "application/x-ndjson";

    private final ApiKeyStore.NewKey hespress = ApiKeyStore.generate("k-hespress", "hespress");
    private final ApiKeyStore.NewKey bbc = ApiKeyStore.generate("k-bbc", "bbc-arabic");
    private RunningIngest ingest;

    @BeforeAll
    void start(NewswireStack stack) {
        ingest = RunningIngest.start(stack,
                "--ingest.auth=keys",
                "--ingest.api.keys=" + hespress.entry() + "," + bbc.entry(),
                "--ingest.max.request.bytes=2MiB",
                "--ingest.max.record.bytes=64KiB",
                "--ingest.max.records.per.request=50");
    }

    @AfterAll
    void stop() {
        ingest.close();
    }

    private String[] hespressKey() {
        return new String[] {"Authorization", "Bearer " + hespress.secret()};
    }

    private static String article(String slug) {
        return "{\"url\": \"https://www.hespress.com/" + slug + ".html?utm_source=fb\", \"title\": \"Title " + slug
                + "\", \"body\": \"Body of " + slug + "\", \"publishedAt\": \"2024-12-13T08:30:00Z\"}";
    }

    private static String slug() {
        return "a-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<RawArticle> stored(Set<String> ids) {
        return ingest.rawArticles(Integer.MAX_VALUE, Duration.ofSeconds(3)).stream()
                .filter(a -> ids.contains(a.getId())).toList();
    }

    private static Set<String> ids(IngestHttp.Response response) {
        return response.results("stored").stream().map(r -> r.path("id").asText()).collect(Collectors.toSet());
    }

    @Test
    void oneArticleIsStoredAndAcknowledgedWithItsPlaceInKafka() {
        String slug = slug();
        IngestHttp.Response response = ingest.http.post(article(slug), JSON_TYPE, hespressKey());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        JsonNode result = response.json().path("results").get(0);
        assertThat(result.path("status").asText()).isEqualTo("stored");
        assertThat(result.path("topic").asText()).isEqualTo(ingest.topic);
        assertThat(result.path("offset").asLong()).isNotNegative();
        String id = result.path("id").asText();
        assertThat(id).isEqualTo(ArticleId.fromCanonicalUrl(CanonicalUrl.of("https://www.hespress.com/" + slug + ".html")));

        RawArticle stored = stored(Set.of(id)).getFirst();
        assertThat(stored.getSource()).isEqualTo("hespress");
        assertThat(stored.getTitle()).isEqualTo("Title " + slug);
        assertThat(stored.getArrival().getChannel()).isEqualTo(ArrivalChannel.HTTP);
        assertThat(stored.getArrival().getCredentialId()).isEqualTo("k-hespress");
    }

    @Test
    void anArrayIsStoredRecordByRecord() {
        IngestHttp.Response response = ingest.http.post("[" + article(slug()) + "," + article(slug()) + ","
                + article(slug()) + "]", JSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().path("stored").asInt()).isEqualTo(3);
        assertThat(stored(ids(response))).hasSize(3);
    }

    @Test
    void ndjsonIsStreamedLineByLine() {
        String body = article(slug()) + "\n\n" + article(slug()) + "\r\n" + article(slug());
        IngestHttp.Response response = ingest.http.postStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), NDJSON_TYPE, hespressKey());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().path("results")).hasSize(3);
        assertThat(stored(ids(response))).hasSize(3);
    }

    @Test
    void mixedRecordsAnswer207WithTheReasonAndFieldOfEachRefusal() {
        String good = article(slug());
        String badUrl = "{\"url\": \"ftp://x.ma/a\", \"title\": \"T\"}";
        String typo = "{\"url\": \"https://x.ma/b\", \"titel\": \"T\", \"body\": \"B\"}";
        String empty = "{\"url\": \"https://x.ma/c\", \"title\": \" \"}";
        IngestHttp.Response response = ingest.http.post("[" + good + "," + badUrl + "," + typo + "," + empty + "]",
                JSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(207);
        assertThat(response.json().path("stored").asInt()).isEqualTo(1);
        List<JsonNode> refused = response.results("refused");
        assertThat(refused).extracting(r -> r.path("error").path("code").asText())
                .containsExactly("invalid_url", "unknown_field", "empty_article");
        assertThat(refused).extracting(r -> r.path("error").path("field").asText())
                .containsExactly("url", "titel", "title");
        assertThat(refused).extracting(r -> r.path("index").asInt()).containsExactly(1, 2, 3);
        assertThat(stored(ids(response))).hasSize(1);
    }

    @Test
    void noValidRecordAnswers422() {
        IngestHttp.Response response = ingest.http.post("[{\"title\": \"no url\"}, {\"url\": \"https://x.ma/d\"}]",
                JSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("stored").asInt()).isZero();
    }

    @Test
    void brokenJsonAnswers400() {
        assertThat(ingest.http.post("{\"url\": ", JSON_TYPE, hespressKey()).status()).isEqualTo(400);
        assertThat(ingest.http.post("[]", JSON_TYPE, hespressKey()).json().path("error").path("message").asText())
                .contains("no records");
    }

    @Test
    void withoutAValidKeyNothingIsWritten() {
        int before = ingest.rawArticles(Integer.MAX_VALUE, Duration.ofSeconds(2)).size();
        String slug = slug();

        IngestHttp.Response missing = ingest.http.post(article(slug), JSON_TYPE);
        IngestHttp.Response wrong = ingest.http.post(article(slug), JSON_TYPE, "Authorization", "Bearer nwk_wrong");
        IngestHttp.Response wrongHeader = ingest.http.post(article(slug), JSON_TYPE, "X-API-Key", hespress.secret() + "x");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().path("error").path("code").asText()).isEqualTo("missing_api_key");
        assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("error").path("code").asText()).isEqualTo("invalid_api_key");
        assertThat(wrongHeader.status()).isEqualTo(401);
        assertThat(ingest.rawArticles(Integer.MAX_VALUE, Duration.ofSeconds(2))).hasSize(before);
    }

    @Test
    void aKeyCannotWriteAsAnotherSource() {
        String asBbc = "{\"source\": \"bbc-arabic\", \"url\": \"https://x.ma/" + slug() + "\", \"title\": \"T\"}";

        IngestHttp.Response response = ingest.http.post(asBbc, JSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.results("refused").getFirst().path("error").path("code").asText()).isEqualTo("source_not_allowed");
        IngestHttp.Response asItself = ingest.http.post(asBbc, JSON_TYPE, "X-API-Key", bbc.secret());
        assertThat(asItself.status()).isEqualTo(202);
        assertThat(stored(ids(asItself))).singleElement().satisfies(a -> assertThat(a.getSource()).isEqualTo("bbc-arabic"));
    }

    @Test
    void anOversizeRecordIsRefusedAndTheOthersStored() {
        String huge = "{\"url\": \"https://x.ma/" + slug() + "\", \"body\": \"" + "x".repeat(70_000) + "\"}";
        IngestHttp.Response response = ingest.http.post(article(slug()) + "\n" + huge + "\n" + article(slug()),
                NDJSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(207);
        assertThat(response.results("refused")).singleElement()
                .satisfies(r -> assertThat(r.path("error").path("code").asText()).isEqualTo("record_too_large"));
        assertThat(response.json().path("stored").asInt()).isEqualTo(2);
    }

    @Test
    void anOversizeRequestIsRefusedBeforeItIsRead() {
        String big = "[" + IntStream.range(0, 40).mapToObj(i -> "{\"url\": \"https://x.ma/" + i + "\", \"body\": \""
                + "y".repeat(60_000) + "\"}").collect(Collectors.joining(",")) + "]";

        IngestHttp.Response response = ingest.http.post(big, JSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("error").path("code").asText()).isEqualTo("request_too_large");
    }

    @Test
    void aStreamedRequestIsCutAtTheLimitAndWhatCameBeforeIsReported() {
        // Chunked, no Content-Length: 60 records of 40 KB each, 2.4 MB, past the 2 MiB limit.
        String line = "{\"url\": \"https://x.ma/s-%d-" + slug() + "\", \"body\": \"" + "z".repeat(40_000) + "\"}\n";
        List<InputStream> parts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            parts.add(new ByteArrayInputStream(String.format(line, i).getBytes(StandardCharsets.UTF_8)));
        }
        IngestHttp.Response response = ingest.http.postStream(() -> new SequenceInputStream(Collections.enumeration(parts)),
                NDJSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("error").path("code").asText()).isEqualTo("request_too_large");
        assertThat(response.json().path("stored").asInt()).isPositive().isLessThan(60);
        assertThat(stored(ids(response))).hasSize(response.json().path("stored").asInt());
    }

    @Test
    void moreRecordsThanAllowedAnswers413() {
        String body = IntStream.range(0, 51).mapToObj(i -> article(slug())).collect(Collectors.joining("\n"));
        IngestHttp.Response response = ingest.http.post(body, NDJSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("results")).hasSize(50);
        assertThat(response.json().path("error").path("message").asText()).contains("more than 50 records");
    }

    @Test
    void gzipIsReadAndABombIsStoppedAtTheDecompressedLimit() {
        byte[] compressed = IngestHttp.gzip(("[" + article(slug()) + "]").getBytes(StandardCharsets.UTF_8));
        IngestHttp.Response ok = ingest.http.postBytes(compressed, JSON_TYPE, "Content-Encoding", "gzip",
                "Authorization", "Bearer " + hespress.secret());
        assertThat(ok.status()).isEqualTo(202);

        // 200 MB of spaces inside one JSON string, about 200 KB on the wire.
        byte[] bomb = IngestHttp.gzip(("{\"url\": \"https://x.ma/bomb\", \"body\": \"" + " ".repeat(200 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.length).isLessThan(1 << 20);
        long started = System.nanoTime();
        IngestHttp.Response bombed = ingest.http.postBytes(bomb, JSON_TYPE, "Content-Encoding", "gzip",
                "Authorization", "Bearer " + hespress.secret());

        assertThat(bombed.status()).isEqualTo(413);
        assertThat(bombed.json().path("error").path("message").asText()).contains("decompressed");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(ingest.http.postBytes(new byte[] {1, 2, 3}, JSON_TYPE, "Content-Encoding", "gzip",
                "Authorization", "Bearer " + hespress.secret()).status()).isEqualTo(400);
    }

    @Test
    void unsupportedMediaTypesAndEncodingsAnswer415() {
        assertThat(ingest.http.post(article(slug()), "text/plain", hespressKey()).status()).isEqualTo(415);
        assertThat(ingest.http.post(article(slug()), "application/json; charset=latin1", hespressKey()).status())
                .isEqualTo(415);
        assertThat(ingest.http.post(article(slug()), JSON_TYPE, "Content-Encoding", "br",
                "Authorization", "Bearer " + hespress.secret()).status()).isEqualTo(415);
    }

    @Test
    void aRepushGetsTheSameIdAndPartition() {
        String slug = slug();
        IngestHttp.Response first = ingest.http.post(article(slug), JSON_TYPE, hespressKey());
        IngestHttp.Response again = ingest.http.post(article(slug).replace("utm_source=fb", "utm_source=tw#x"),
                JSON_TYPE, hespressKey());

        JsonNode a = first.json().path("results").get(0);
        JsonNode b = again.json().path("results").get(0);
        assertThat(b.path("id").asText()).isEqualTo(a.path("id").asText());
        assertThat(b.path("partition").asInt()).isEqualTo(a.path("partition").asInt());
        assertThat(b.path("offset").asLong()).isGreaterThan(a.path("offset").asLong());
    }

    @Test
    void httpAndTheKafkaClientGiveTheSameArticleTheSameId(NewswireStack stack) throws Exception {
        String slug = slug();
        IngestHttp.Response overHttp = ingest.http.post(article(slug), JSON_TYPE, hespressKey());
        try (ArticlePublisher publisher = ArticlePublisher.builder().bootstrapServers(stack.bootstrapServers())
                .schemaRegistryUrl(stack.schemaRegistryUrl()).source("hespress").topic(ingest.topic).build()) {
            Publication overKafka = publisher.publishAndWait(ArticleDraft.builder()
                    .url("https://www.hespress.com/" + slug + ".html?utm_source=fb").title("Title " + slug).build(),
                    Duration.ofSeconds(30));

            assertThat(overKafka.id()).isEqualTo(overHttp.json().path("results").get(0).path("id").asText());
            assertThat(overKafka.partition()).isEqualTo(overHttp.json().path("results").get(0).path("partition").asInt());
        }
    }

    @Test
    void theReferenceArticleIsStoredAsScraped() throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of(
                "url", "https://www.hespress.com/seed-" + slug() + ".html",
                "body", SeedArticle.text(),
                "languageHint", "ar"));

        IngestHttp.Response response = ingest.http.post(body, JSON_TYPE, hespressKey());

        assertThat(response.status()).isEqualTo(202);
        RawArticle stored = stored(ids(response)).getFirst();
        assertThat(stored.getBody()).isEqualTo(SeedArticle.text().replace("\r\n", "\n"));
        assertThat(stored.getBody()).contains(SeedArticle.HEADLINE).contains("المقال التالي");
        assertThat(stored.getTitle()).isNull();
        assertThat(stored.getLanguageHint()).isEqualTo("ar");
    }

    @Test
    void theReferenceArticleReadsTheSameOnBothNdjsonPaths() throws Exception {
        // As scraped (CR LF line ends: the Jackson path, which turns them into LF) and with LF already (the fast
        // path, which keeps the body's bytes): the same article on the topic.
        String text = SeedArticle.text().replace("\r\n", "\n");
        String body = JSON.writeValueAsString(java.util.Map.of("url", "https://www.hespress.com/seed-" + slug() + ".html",
                "body", text.replace("\n", "\r\n"))) + "\n" + JSON.writeValueAsString(java.util.Map.of(
                "url", "https://www.hespress.com/seed-" + slug() + ".html", "body", text));

        IngestHttp.Response response = ingest.http.post(body, NDJSON_TYPE, hespressKey());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        List<RawArticle> stored = stored(ids(response));
        assertThat(stored).hasSize(2).allSatisfy(article ->
                assertThat(article.getBody()).isEqualTo(text));
    }

    @Test
    void healthAndMetricsAndIndex() {
        ingest.http.post(article(slug()), JSON_TYPE, hespressKey());
        ingest.http.post("{\"url\": \"nope\", \"title\": \"t\"}", JSON_TYPE, hespressKey());

        assertThat(ingest.http.get("/health/live").status()).isEqualTo(200);
        IngestHttp.Response ready = ingest.http.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("kafka").path("status").asText()).isEqualTo("UP");
        assertThat(ready.json().path("schemaRegistry").path("rawArticleSchemaId").isInt()).isTrue();

        String metrics = ingest.http.get("/metrics").body();
        assertThat(metrics).contains("newswire_ingest_records_total{")
                .containsPattern("newswire_ingest_records_total\\{[^}]*outcome=\"stored\"[^}]*source=\"hespress\"")
                .containsPattern("newswire_ingest_records_total\\{[^}]*outcome=\"refused\",reason=\"invalid_url\"")
                .contains("newswire_ingest_produce_latency_seconds_bucket")
                .containsPattern("newswire_ingest_requests_total\\{[^}]*status=\"202\"")
                .contains("kafka_producer_");
        assertThat(ingest.http.get("/").json().path("service").asText()).isEqualTo("newswire-ingest");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesServed() {
        JsonNode document = ingest.http.get("/openapi.json").json();
        Set<String> documented = new HashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> served = ingest.service.routes().stream()
                .map(r -> r.method().name() + " " + r.path()).collect(Collectors.toSet());

        assertThat(documented).isEqualTo(served);
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        IngestHttp.Response missing = ingest.http.get("/v2/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").path("code").asText()).isEqualTo("not_found");
        assertThat(ingest.http.send("DELETE", "/v1/articles").status()).isIn(404, 405);
    }
}
