package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/** A small HTTP client for ingest in tests; every answer it sees is checked against the OpenAPI document. */
final class IngestHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode OPENAPI = readOpenApi();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    IngestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Response(int status, JsonNode json, String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().getFirst()).orElse(null);
        }

        List<JsonNode> results(String status) {
            List<JsonNode> matching = new ArrayList<>();
            json.path("results").forEach(r -> {
                if (r.path("status").asText().equals(status)) {
                    matching.add(r);
                }
            });
            return matching;
        }
    }

    Response post(String body, String contentType, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), contentType, headers);
    }

    Response postBytes(byte[] body, String contentType, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/articles"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), contentType, headers);
    }

    /** A body of unknown length (chunked), produced as it is sent. */
    Response postStream(Supplier<InputStream> body, String contentType, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/articles"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)), contentType, headers);
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), null);
    }

    Response send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, HttpRequest.BodyPublishers.noBody()), null);
    }

    private Response send(HttpRequest.Builder request, String contentType, String... headers) {
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = parse(response.body());
            assertDocumented(built.method(), built.uri().getPath(), response.statusCode());
            return new Response(response.statusCode(), json, response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every status the service answers must be in the OpenAPI document for that route (404/405 for unknown routes). */
    static void assertDocumented(String method, String path, int status) {
        JsonNode operation = OPENAPI.path("paths").path(path).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            if (status != 404 && status != 405) {
                throw new AssertionError(method + " " + path + " answered " + status + " but is not in openapi.json");
            }
            return;
        }
        if (operation.path("responses").path(Integer.toString(status)).isMissingNode()) {
            throw new AssertionError(method + " " + path + " answered " + status
                    + ", which openapi.json does not document");
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static JsonNode readOpenApi() {
        try {
            return JSON.readTree(IngestService.openApiDocument());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
