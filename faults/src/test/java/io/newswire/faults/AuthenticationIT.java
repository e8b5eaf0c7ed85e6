package io.newswire.faults;

import io.newswire.avro.RawArticle;
import io.newswire.ingest.ApiKeyStore;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write what: without a valid key nothing is written, and a key for one source cannot write as another,
 * whatever the request says. What is on the raw topic afterwards is exactly what valid keys wrote for their sources.
 */
@WithNewswireStack
class AuthenticationIT {
    private static final int EACH = 40;
    private static final Pattern STORED_ID = Pattern.compile("\"status\"\\s*:\\s*\"stored\"[^}]*?\"id\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void noValidKeyWritesNothingAndAKeyWritesOnlyAsItsSource(NewswireStack stack) throws Exception {
        FaultReport report = new FaultReport("authentication", "Authentication");
        String raw = TestTopics.createArticleTopic(stack, "faults.auth.raw");
        ApiKeyStore.NewKey alpha = ApiKeyStore.generate("alpha-key", "alpha");
        ApiKeyStore.NewKey beta = ApiKeyStore.generate("beta-key", "beta");
        try (IngestService ingest = IngestService.start(Settings.load(IngestSettings.all(), ClusterSettings.PASS_THROUGH,
                Map.of(), "--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                "--schema.registry.url=" + stack.schemaRegistryUrl(), "--topics.create=false", "--ingest.port=0",
                "--ingest.auth=keys", "--ingest.api.keys=" + alpha.entry() + "," + beta.entry(),
                "--ingest.rate.limit.records.per.second=0", "--ingest.topic=" + raw))) {
            HttpClient http = HttpClient.newHttpClient();
            Map<String, Function<String, HttpRequest>> attempts = new LinkedHashMap<>();
            attempts.put("no key", body -> post(ingest, body).build());
            attempts.put("unknown key", body -> post(ingest, body).header("Authorization", "Bearer nwk_" + UUID.randomUUID()).build());
            attempts.put("empty bearer", body -> post(ingest, body).header("Authorization", "Bearer ").build());
            attempts.put("basic auth instead of a key", body -> post(ingest, body)
                    .header("Authorization", "Basic YWxwaGE6c2VjcmV0").build());
            attempts.put("unknown X-API-Key", body -> post(ingest, body).header("X-API-Key", "nwk_not-a-key").build());
            attempts.put("key id instead of the key", body -> post(ingest, body)
                    .header("Authorization", "Bearer " + alpha.id()).build());
            attempts.put("the stored hash instead of the key", body -> post(ingest, body)
                    .header("Authorization", "Bearer " + alpha.entry().substring(alpha.entry().lastIndexOf(':') + 1)).build());
            attempts.put("alpha's key writing as beta", body -> post(ingest, body.replace("\"alpha\"", "\"beta\""))
                    .header("Authorization", "Bearer " + alpha.secret()).build());
            attempts.put("beta's key writing as alpha (X-API-Key)", body -> post(ingest, body)
                    .header("X-API-Key", beta.secret()).build());
            attempts.put("alpha's key, a batch half as beta", body -> post(ingest, "[" + body + ","
                    + article().replace("\"alpha\"", "\"beta\"") + "]").header("Authorization", "Bearer " + alpha.secret()).build());
            attempts.put("alpha's key as alpha (valid)", body -> post(ingest, body)
                    .header("Authorization", "Bearer " + alpha.secret()).build());
            attempts.put("beta's key as beta (valid)", body -> post(ingest, body.replace("\"alpha\"", "\"beta\""))
                    .header("X-API-Key", beta.secret()).build());

            Map<String, Map<Integer, Long>> answers = new LinkedHashMap<>();
            Set<String> storedIds = new HashSet<>();
            for (Map.Entry<String, Function<String, HttpRequest>> attempt : attempts.entrySet()) {
                for (int i = 0; i < EACH; i++) {
                    HttpResponse<String> response = http.send(attempt.getValue().apply(article()),
                            HttpResponse.BodyHandlers.ofString());
                    answers.computeIfAbsent(attempt.getKey(), k -> new TreeMap<>()).merge(response.statusCode(), 1L, Long::sum);
                    Matcher stored = STORED_ID.matcher(response.body());
                    while (stored.find()) {
                        storedIds.add(stored.group(1));
                    }
                }
            }
            HttpResponse<Void> anonymousStream = http.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/stream"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());

            List<ConsumerRecord<String, RawArticle>> onTopic = RecordReader.readToEnd(stack, raw,
                    new SpecificAvroDeserializer<>(new SchemaRegistryClient(
                            SchemaRegistryClientConfig.of(stack.schemaRegistryUrl())), RawArticle.class));
            Map<String, Long> bySourceAndKey = new TreeMap<>();
            onTopic.forEach(r -> bySourceAndKey.merge(r.value().getSource() + " written with "
                    + r.value().getArrival().getCredentialId(), 1L, Long::sum));
            report.figure("attempts of each kind", EACH)
                    .figure("answers by kind (status: count)", answers)
                    .figure("event stream without a key", anonymousStream.statusCode())
                    .figure("records on the raw topic, by source and key", bySourceAndKey);

            for (String refused : List.of("no key", "unknown key", "empty bearer", "basic auth instead of a key",
                    "unknown X-API-Key", "key id instead of the key", "the stored hash instead of the key")) {
                assertThat(answers.get(refused)).as(refused).containsOnlyKeys(401);
            }
            assertThat(answers.get("alpha's key writing as beta")).containsOnlyKeys(403);
            assertThat(answers.get("beta's key writing as alpha (X-API-Key)")).containsOnlyKeys(403);
            assertThat(answers.get("alpha's key, a batch half as beta")).containsOnlyKeys(207);
            assertThat(answers.get("alpha's key as alpha (valid)")).containsOnlyKeys(202);
            assertThat(answers.get("beta's key as beta (valid)")).containsOnlyKeys(202);
            assertThat(anonymousStream.statusCode()).isEqualTo(401);
            assertThat(bySourceAndKey).containsOnlyKeys("alpha written with alpha-key", "beta written with beta-key");
            assertThat(bySourceAndKey.get("alpha written with alpha-key")).isEqualTo(2L * EACH);
            assertThat(bySourceAndKey.get("beta written with beta-key")).isEqualTo((long) EACH);
            assertThat(onTopic).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(storedIds);
        }
    }

    private static String article() {
        return "{\"source\": \"alpha\", \"url\": \"https://auth.example/" + UUID.randomUUID()
                + "\", \"title\": \"Who wrote this?\", \"body\": \"A key decides.\"}";
    }

    private static HttpRequest.Builder post(IngestService ingest, String body) {
        return HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/articles")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
