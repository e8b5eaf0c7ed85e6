package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.stack.SampleArticles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes the sample articles through ingest's HTTP API, as a scraper would, once per data folder: a marker file
 * written after ingest stored them all keeps a restart from pushing them again.
 */
final class SampleLoader {
    static final String MARKER = "samples.loaded";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What happened to the samples on this start. */
    sealed interface Outcome {
        record Loaded(List<String> ids) implements Outcome {
        }

        record AlreadyLoaded() implements Outcome {
        }

        record NotLoaded(String reason) implements Outcome {
        }
    }

    private final Path dataDir;
    private final URI articlesEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SampleLoader(Path dataDir, String ingestUrl) {
        this.dataDir = dataDir;
        this.articlesEndpoint = URI.create(ingestUrl + "/v1/articles");
    }

    Outcome loadOnce() throws IOException, InterruptedException {
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(marker)) {
            return new Outcome.AlreadyLoaded();
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(articlesEndpoint)
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The system runs on without its samples; the next start tries again.
            return new Outcome.NotLoaded("ingest did not answer at " + articlesEndpoint + ": " + e.getMessage());
        }
        return switch (response.statusCode()) {
            case 202 -> {
                List<String> ids = storedIds(JSON.readTree(response.body()));
                Files.writeString(marker, String.join("\n", ids) + "\n");
                yield new Outcome.Loaded(ids);
            }
            case 401, 403 -> new Outcome.NotLoaded("ingest asks for an API key (NEWSWIRE_INGEST_API_KEYS or "
                    + "NEWSWIRE_INGEST_API_KEYS_FILE is set), and the samples are pushed without one");
            // Not marked as loaded, so the next start tries again.
            default -> new Outcome.NotLoaded("ingest answered " + response.statusCode() + ": " + response.body());
        };
    }

    /** The reference article first, sent as its scraper sent it (text only), then the others. */
    static String batch() throws IOException {
        ArrayNode articles = JSON.createArrayNode();
        ObjectNode reference = articles.addObject();
        reference.put("source", SampleArticles.REFERENCE_SOURCE);
        reference.put("url", SampleArticles.REFERENCE_URL);
        reference.put("body", SampleArticles.referenceArticle());
        articles.addAll((ArrayNode) JSON.readTree(SampleArticles.multilingualArticlesJson()));
        return JSON.writeValueAsString(articles);
    }

    private static List<String> storedIds(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("results").forEach(result -> ids.add(result.path("id").asText()));
        return ids;
    }
}
