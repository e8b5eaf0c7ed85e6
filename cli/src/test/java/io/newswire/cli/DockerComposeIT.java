package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.ingest.ApiKeyStore;
import io.newswire.stack.FreePorts;
import io.newswire.testkit.RequiresDockerCompose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline from docker-compose.yml, as an operator starts it: the images built from the module Dockerfiles,
 * Apache Kafka and Confluent Schema Registry. An article pushed over HTTP comes back enriched on the event stream.
 * Skips itself, with the reason, where there is no Docker engine or no Docker Compose v2.
 */
@RequiresDockerCompose
class DockerComposeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiKeyStore.NewKey KEY = ApiKeyStore.generate("compose-it", "compose-it");
    private static ComposeContainer compose;
    private static String ingestUrl;

    @BeforeAll
    static void up() {
        compose = new ComposeContainer(new File("../docker-compose.yml"))
                .withBuild(true)
                .withRemoveVolumes(true)
                .withEnv("NEWSWIRE_INGEST_API_KEYS", KEY.entry())
                // Host ports of their own, so a Newswire already running on this machine is left alone.
                .withEnv("NEWSWIRE_KAFKA_HOST_PORT", Integer.toString(FreePorts.pick()))
                .withEnv("NEWSWIRE_REGISTRY_HOST_PORT", Integer.toString(FreePorts.pick()))
                .withEnv("NEWSWIRE_INGEST_HOST_PORT", Integer.toString(FreePorts.pick()))
                .withEnv("NEWSWIRE_ENRICH_HOST_PORT", Integer.toString(FreePorts.pick()))
                .withExposedService("ingest", 8080, Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(6)))
                .withExposedService("enrich", 8082, Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(6)));
        compose.start();
        ingestUrl = "http://" + compose.getServiceHost("ingest", 8080) + ":" + compose.getServicePort("ingest", 8080);
    }

    @AfterAll
    static void down() {
        if (compose != null) {
            compose.stop();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anArticlePushedOverHttpComesBackEnrichedOnTheEventStream() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String article = JSON.writeValueAsString(JSON.createObjectNode()
                .put("source", "compose-it")
                .put("url", "https://compose-it.example/" + UUID.randomUUID())
                .put("title", "Fishermen in Norway report a record cod season")
                .put("body", "Fishermen in the north of Norway said on Friday that the cod season had been the best in "
                        + "twenty years, thanks to cold water and strict quotas agreed with Russia."));

        HttpResponse<String> anonymous = http.send(post(article).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("no key, no write").isEqualTo(401);

        HttpResponse<String> pushed = http.send(post(article).header("Authorization", "Bearer " + KEY.secret()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
        String id = JSON.readTree(pushed.body()).path("results").get(0).path("id").asText();

        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(
                        URI.create(ingestUrl + "/v1/stream?from=beginning&source=compose-it"))
                .header("Authorization", "Bearer " + KEY.secret()).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        try (EventStreamReader events = new EventStreamReader(stream.body())) {
            JsonNode enriched = null;
            while (enriched == null) {
                EventStreamReader.Event event = events.next();
                assertThat(event).as("the stream stays open until the article arrives").isNotNull();
                JsonNode received = JSON.readTree(event.data());
                if (event.type().equals("article") && received.path("id").asText().equals(id)) {
                    enriched = received;
                }
            }
            assertThat(enriched.path("language").path("code").asText()).isEqualTo("en");
            assertThat(enriched.path("places").findValuesAsText("countryCode")).contains("NO");
            assertThat(enriched.path("enrichment").path("enricherVersion").asText()).isNotBlank();
        }
    }

    private static HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
