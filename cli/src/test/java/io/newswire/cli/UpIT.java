package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.stack.FreePorts;
import io.newswire.stack.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code newswire up} run as a user runs it: the packaged command line in its own JVM, a push over HTTP, the enriched
 * article read back with {@code newswire tail}, Ctrl-C, a second start on the same data folder.
 */
class UpIT {
    private static final Path CLI_JAR = Path.of("target", "newswire-cli.jar");
    private static final int SAMPLES = 7;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final int kafkaPort = FreePorts.pick();
    private final int controllerPort = FreePorts.pick();
    private final int registryPort = FreePorts.pick();
    private final int ingestPort = FreePorts.pick();
    private final int enrichPort = FreePorts.pick();
    private final List<Up> started = new ArrayList<>();

    @AfterEach
    void stopWhateverIsLeft() throws Exception {
        for (Up up : started) {
            up.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void runsTheSystemLoadsTheSamplesOnceAndKeepsItsDataAcrossRestarts() throws Exception {
        Up first = up();
        first.awaitLine(line -> line.startsWith("Loaded " + SAMPLES + " sample articles"), Duration.ofSeconds(60));
        assertThat(first.output()).contains("Ingest (HTTP)     http://127.0.0.1:" + ingestPort,
                "./newswire tail --from beginning", "/v1/stream?from=beginning");

        String title = "Lighthouse keepers return to the Hebrides " + UUID.randomUUID();
        String id = push(title);

        List<JsonNode> enriched = tail("--follow", "--limit=" + (SAMPLES + 1));
        assertThat(enriched).extracting(article -> article.path("id").asText()).contains(id).doesNotHaveDuplicates();
        JsonNode mine = byId(enriched, id);
        assertThat(mine.path("title").asText()).isEqualTo(title);
        assertThat(mine.path("language").path("code").asText()).isEqualTo("en");
        JsonNode reference = enriched.stream()
                .filter(article -> article.path("url").asText().equals(SampleArticles.REFERENCE_URL)).findFirst().orElseThrow();
        assertThat(reference.path("title").asText()).isEqualTo(SampleArticles.REFERENCE_HEADLINE);
        assertThat(reference.path("language").path("code").asText()).isEqualTo("ar");
        assertThat(reference.path("places").findValuesAsText("countryCode")).contains("MA", "US");
        assertThat(enriched).extracting(article -> article.path("language").path("code").asText())
                .contains("ar", "en", "fr", "es", "de", "it");
        assertThat(enriched).extracting(article -> article.path("duplicate").path("status").asText())
                .contains("NEAR_DUPLICATE");

        first.interrupt();
        assertThat(first.output()).contains("newswire: stopping...").doesNotContain("stopped with an error");

        Up second = up();
        second.awaitLine(line -> line.startsWith("Sample articles: loaded on an earlier run"), Duration.ofSeconds(10));
        List<JsonNode> afterRestart = tail();
        assertThat(afterRestart).extracting(article -> article.path("id").asText())
                .containsExactlyInAnyOrderElementsOf(enriched.stream().map(article -> article.path("id").asText()).toList());
        assertThat(byId(afterRestart, id).path("title").asText()).isEqualTo(title);
        second.interrupt();
    }

    @Test
    void startsEmptyWithoutTheSamples() throws Exception {
        Up up = up("--no-samples");
        String id = push("A quiet start " + UUID.randomUUID());

        assertThat(tail("--follow", "--limit=1")).extracting(article -> article.path("id").asText()).containsExactly(id);
        assertThat(up.output()).doesNotContain("sample articles");
        assertThat(Files.exists(dataDir.resolve(SampleLoader.MARKER))).isFalse();
        up.interrupt();
    }

    private Up up(String... options) throws IOException {
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of("-jar", CLI_JAR.toString(), "up", "--data-dir=" + dataDir,
                "--kafka-port=" + kafkaPort, "--controller-port=" + controllerPort, "--registry-port=" + registryPort));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NEWSWIRE_INGEST_PORT", Integer.toString(ingestPort));
        builder.environment().put("NEWSWIRE_ENRICH_MANAGEMENT_PORT", Integer.toString(enrichPort));
        Up up = new Up(builder.start());
        started.add(up);
        up.awaitLine(line -> line.startsWith("Newswire is up"), Duration.ofMinutes(3));
        return up;
    }

    private String push(String title) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode()
                .put("source", "up-test")
                .put("url", "https://up-test.example/" + UUID.randomUUID())
                .put("title", title)
                .put("body", "The keepers of three lighthouses on the Outer Hebrides in Scotland went back to work on "
                        + "Monday after the storms of the past week damaged the lamps and the roads to the coast."));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingestPort + "/v1/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).path("results").get(0).path("id").asText();
    }

    /** {@code newswire tail --from beginning --format json} in its own JVM; its output, one article a line. */
    private List<JsonNode> tail(String... options) throws Exception {
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of("-jar", CLI_JAR.toString(), "tail", "--from=beginning", "--format=json",
                "--kafka.bootstrap.servers=127.0.0.1:" + kafkaPort,
                "--schema.registry.url=http://127.0.0.1:" + registryPort + "/apis/ccompat/v7"));
        command.addAll(List.of(options));
        Process tail = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(tail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tail.waitFor(2, TimeUnit.MINUTES)).as("tail ended").isTrue();
        assertThat(tail.exitValue()).as(output).isZero();
        List<JsonNode> articles = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                articles.add(JSON.readTree(line));
            }
        }
        return articles;
    }

    private static JsonNode byId(List<JsonNode> articles, String id) {
        return articles.stream().filter(article -> article.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> java() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED");
    }

    /** A running {@code newswire up}, its output collected line by line. */
    private static final class Up {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Up(Process process) {
            this.process = process;
            Thread.ofPlatform().daemon().name("up-output").start(() -> {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output unreadable: " + e + ")");
                }
            });
        }

        void awaitLine(Predicate<String> wanted, Duration timeout) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .failFast("up exited", () -> !process.isAlive() && lines.stream().noneMatch(wanted))
                    .untilAsserted(() -> assertThat(lines).as(this::output).anyMatch(wanted));
        }

        String output() {
            return String.join("\n", lines);
        }

        /** Ctrl-C: SIGINT, then the shutdown must finish on its own. */
        void interrupt() throws Exception {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("up stopped within 60 s on Ctrl-C").isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> output().contains("newswire: stopping..."));
        }
    }
}
