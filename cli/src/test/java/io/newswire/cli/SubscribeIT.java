package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.avro.EnrichedArticle;
import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichSettings;
import io.newswire.enrich.stream.EnrichService;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reading enriched news the three ways users do, against the whole system (broker, registry, ingest, enrich):
 * {@code newswire tail}, the server-sent event stream, and {@code newswire replay} from the command line.
 */
@WithNewswireStack
class SubscribeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path stateDir;
    private static NewswireStack stack;
    private static String raw;
    private static String replay;
    private static String enriched;
    private static String applicationId;
    private static IngestService ingest;
    private static EnrichService enrich;

    @BeforeAll
    static void start(NewswireStack newswireStack) throws InterruptedException {
        stack = newswireStack;
        raw = TestTopics.createArticleTopic(stack, "it.raw");
        replay = TestTopics.createArticleTopic(stack, "it.replay");
        enriched = TestTopics.create(stack, TestTopics.unique("it.enriched"), 3);
        applicationId = "it-subscribe-" + UUID.randomUUID();
        ingest = IngestService.start(Settings.load(IngestSettings.all(), ClusterSettings.PASS_THROUGH, Map.of(),
                cluster("--ingest.port=0", "--ingest.auth=open", "--ingest.topic=" + raw,
                        "--ingest.stream.topic=" + enriched, "--ingest.stream.buffer.events=4",
                        "--ingest.stream.slow.client.timeout=1s", "--ingest.stream.heartbeat=1s")));
        enrich = EnrichApp.start(Settings.load(EnrichSettings.all(), ClusterSettings.PASS_THROUGH, Map.of(),
                cluster(enrichFlags())));
        assertThat(enrich.awaitRunning(Duration.ofSeconds(60))).as("enrich reaches RUNNING").isTrue();
    }

    @AfterAll
    static void stop() {
        if (ingest != null) {
            ingest.close();
        }
        if (enrich != null) {
            enrich.close();
        }
    }

    @Test
    void tailFromATimePrintsExactlyTheArticlesAfterItWithTheFilters() throws Exception {
        List<String> before = push("tail-before", "tail", i -> i % 2 == 0 ? SampleNews.english(i) : SampleNews.french(i), 6);
        awaitEnriched(before);
        Instant t = Instant.now();
        Thread.sleep(5);
        List<String> after = push("tail-after", "tail", i -> i % 2 == 0 ? SampleNews.english(i + 10) : SampleNews.french(i + 10), 6);
        awaitEnriched(after);

        List<JsonNode> printed = tailJson("--from", t.toString(), "--source", "tail");
        assertThat(printed).extracting(a -> a.path("id").asText()).containsExactlyInAnyOrderElementsOf(after);
        List<JsonNode> french = tailJson("--from", t.toString(), "--source", "tail", "--lang", "fr");
        assertThat(french).extracting(a -> a.path("id").asText())
                .containsExactlyInAnyOrder(after.get(1), after.get(3), after.get(5));
        assertThat(french).allSatisfy(a -> assertThat(a.path("language").path("code").asText()).isEqualTo("fr"));

        String text = tail("--from", t.toString(), "--source", "tail", "--limit", "1").out();
        assertThat(text).containsPattern("  (en  Report|fr  Dépêche) 1[0-5] ?: ").contains("topics: ").contains("places: ")
                .containsPattern("\\| tail \\| tail-after-");
    }

    @Test
    void aConsumerGroupGoesOnWhereItStopped() throws Exception {
        List<String> ids = push("group", "group", SampleNews::english, 5);
        awaitEnriched(ids);
        String group = "it-tail-" + UUID.randomUUID();

        List<JsonNode> first = tailJson("--group", group, "--from", "beginning", "--source", "group", "--limit", "2");
        List<JsonNode> rest = tailJson("--group", group, "--from", "beginning", "--source", "group");

        assertThat(first).hasSize(2);
        assertThat(Stream.concat(first.stream(), rest.stream()).map(a -> a.path("id").asText()))
                .as("every article once: the first run committed what it printed, and only that")
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theEventStreamFiltersAndResumesFromTheLastEventIdWithoutLoss() throws Exception {
        List<String> first = push("sse-a", "sse", i -> i % 2 == 0 ? SampleNews.english(i) : SampleNews.french(i), 8);
        awaitEnriched(first);
        List<String> received = new ArrayList<>();
        String lastId;
        try (EventStreamReader events = stream("?from=beginning&source=sse&lang=fr", null)) {
            for (int i = 0; i < 2; i++) {
                EventStreamReader.Event event = events.next();
                assertThat(event.type()).isEqualTo("article");
                JsonNode article = JSON.readTree(event.data());
                assertThat(article.path("language").path("code").asText()).isEqualTo("fr");
                received.add(article.path("id").asText());
            }
            lastId = events.lastId();
        }
        assertThat(lastId).startsWith(enriched + "@");

        List<String> second = push("sse-b", "sse", i -> i % 2 == 0 ? SampleNews.french(i + 20) : SampleNews.english(i + 20), 6);
        awaitEnriched(second);
        Set<String> expected = frenchIdsOf(Stream.concat(first.stream(), second.stream()).toList());
        try (EventStreamReader events = stream("?source=sse&lang=fr", lastId)) {
            while (received.size() < expected.size()) {
                EventStreamReader.Event event = events.next();
                assertThat(event).as("the stream stays open").isNotNull();
                received.add(JSON.readTree(event.data()).path("id").asText());
            }
            assertThat(received).as("resumed exactly after the last event: nothing lost, nothing twice")
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            assertThat(events.nextComment()).as("an idle stream sends heartbeats").isEqualTo("heartbeat");
        }
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aClientTooSlowForTheStreamIsToldWhyAndResumesWithoutLoss() throws Exception {
        URI url = URI.create(ingest.url());
        List<String> received = new ArrayList<>();
        String lastId;
        try (Socket socket = new Socket()) {
            // A small window and no reading: the server's writes block, its bounded buffer fills.
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5000);
            OutputStream request = socket.getOutputStream();
            request.write(("GET /v1/stream?from=now&source=slow HTTP/1.1\r\nHost: " + url.getHost()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.flush();
            Thread.sleep(1000);
            // About 5.5 MB of events: more than the kernel buffers both ends of a connection (4 MiB at most).
            List<String> ids = new ArrayList<>();
            for (int batch = 0; batch < 4; batch++) {
                int first = batch * 12;
                ids.addAll(push("slow-" + batch, "slow", i -> SampleNews.longEnglish(first + i, 1500), 12));
            }
            awaitEnriched(ids);
            Thread.sleep(3000);

            InputStream in = socket.getInputStream();
            skipHeaders(in);
            try (EventStreamReader events = new EventStreamReader(new ChunkedBody(in))) {
                EventStreamReader.Event event;
                String error = null;
                while ((event = events.next()) != null) {
                    if (event.type().equals("error")) {
                        error = event.data();
                        break;
                    }
                    received.add(JSON.readTree(event.data()).path("id").asText());
                    if (received.size() == ids.size()) {
                        break;
                    }
                }
                assertThat(error).as("the slow client is told why it is disconnected").contains("slow_consumer");
                lastId = events.lastId();
            }
            assertThat(received).hasSizeLessThan(ids.size());
            try (EventStreamReader events = stream("?source=slow", lastId)) {
                while (received.size() < ids.size()) {
                    received.add(JSON.readTree(events.next().data()).path("id").asText());
                }
            }
            assertThat(received).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void replayFromTheCommandLineCountsThenReenrichesTheRange() throws Exception {
        Thread.sleep(5);
        Instant from = Instant.now();
        List<String> ids = push("replay", "replay", SampleNews::english, 4);
        Instant to = Instant.now().plusMillis(1);
        awaitEnriched(ids);
        String[] range = {"--from", from.toString(), "--to", to.toString()};

        Run dryRun = run("replay", concat(range, "--dry-run"));
        assertThat(dryRun.exit()).isZero();
        assertThat(dryRun.out()).contains("Dry run: 4 articles would be re-enriched, of 4 raw records");

        Run replayed = run("replay", range);
        assertThat(replayed.exit()).as(replayed.err()).isZero();
        assertThat(replayed.out()).contains("4 articles of").contains("all re-enriched");
        assertThat(replayed.err()).contains("replay [");
        List<EnrichedArticle> reprocessed = enrichedRecords().stream()
                .filter(a -> a.getEnrichment().getReprocessed()).toList();
        assertThat(reprocessed).extracting(EnrichedArticle::getId).containsExactlyInAnyOrderElementsOf(ids);

        Run mistaken = run("replay", "--from", "yesterday-ish");
        assertThat(mistaken.exit()).isEqualTo(2);
        assertThat(mistaken.err()).contains("'yesterday-ish' is not a time").doesNotContain("Exception");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = NewswireCommand.commandLine();
        CommandLine sub = cli.getSubcommands().get(command);
        Object target = sub.getCommand();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        if (target instanceof TailCommand tail) {
            tail.out = outStream;
        } else if (target instanceof ReplayCommand replayCommand) {
            replayCommand.out = outStream;
            replayCommand.err = errStream;
        }
        cli.setErr(new java.io.PrintWriter(errStream, true));
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(Arrays.asList(args));
        if (command.equals("replay")) {
            all.addAll(List.of(enrichFlags()));
        } else {
            all.add("--kafka-topic=" + enriched);
        }
        all.addAll(List.of(cluster()));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run tail(String... args) {
        Run run = run("tail", args);
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private static List<JsonNode> tailJson(String... args) throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        for (String line : tail(concat(args, "--format", "json")).out().split("\n")) {
            if (!line.isBlank()) {
                articles.add(JSON.readTree(line));
            }
        }
        return articles;
    }

    private static String[] enrichFlags() {
        return new String[] {"--enrich.application.id=" + applicationId, "--enrich.input.topic=" + raw,
                "--enrich.replay.topic=" + replay, "--enrich.output.topic=" + enriched,
                "--enrich.dead.letter.topic=" + TestTopics.unique("it.dlq"), "--enrich.route.languages=",
                "--enrich.state.dir=" + stateDir, "--enrich.management.port=0"};
    }

    private static String[] cluster(String... more) {
        return concat(new String[] {"--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                "--schema.registry.url=" + stack.schemaRegistryUrl(), "--topics.create=false"}, more);
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
    }

    /** Pushes stories over HTTP as one batch; returns their ids, once ingest has acknowledged every one. */
    private static List<String> push(String prefix, String source, IntFunction<SampleNews.Story> stories, int count)
            throws Exception {
        ArrayNode batch = JSON.createArrayNode();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SampleNews.Story story = stories.apply(i);
            String id = prefix + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            ObjectNode article = batch.addObject();
            article.put("id", id).put("source", source).put("url", "https://news.example/" + id)
                    .put("title", story.title()).put("body", story.body());
            ids.add(id);
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(batch))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ids;
    }

    private static void awaitEnriched(List<String> ids) {
        await().atMost(Duration.ofSeconds(60)).until(() -> enrichedRecords().stream().map(EnrichedArticle::getId)
                .toList().containsAll(ids));
    }

    private static List<EnrichedArticle> enrichedRecords() {
        SpecificAvroDeserializer<EnrichedArticle> deserializer = new SpecificAvroDeserializer<>(
                new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl())), EnrichedArticle.class);
        return RecordReader.readToEnd(stack, enriched, deserializer).stream().map(ConsumerRecord::value).toList();
    }

    private static Set<String> frenchIdsOf(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Set<String> french = new HashSet<>();
        enrichedRecords().stream().filter(a -> wanted.contains(a.getId()))
                .filter(a -> a.getLanguage().getCode().equals("fr")).forEach(a -> french.add(a.getId()));
        return french;
    }

    private static EventStreamReader stream(String query, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/stream" + query))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return new EventStreamReader(response.body());
    }

    private static void skipHeaders(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed before the response headers ended");
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    /** The body of a chunked HTTP/1.1 response, read off a raw socket. */
    private static final class ChunkedBody extends InputStream {
        private final InputStream in;
        private int left;
        private boolean done;

        ChunkedBody(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line();
                if (size.isEmpty()) {
                    size = line();
                }
                left = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (left == 0) {
                    done = true;
                    return -1;
                }
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            if (b < 0 && line.isEmpty()) {
                done = true;
                return "0";
            }
            return line.toString();
        }
    }
}
