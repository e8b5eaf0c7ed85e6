package io.newswire.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Sustained ingest traffic: a few clients pushing one article per request, as fast as ingest answers, remembering
 * every answer. An article answered 202 is acknowledged: ingest promised it is in Kafka.
 */
final class IngestLoad implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request and its answer; {@code status} 0 when no answer came (connection refused, timeout). */
    record Answer(long sentNanos, long answeredNanos, int status, Optional<String> id) {
    }

    private final URI articles;
    private final String authorization;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    private final List<Thread> clients;

    IngestLoad(String ingestUrl, String authorization, int clients) {
        this.articles = URI.create(ingestUrl + "/v1/articles");
        this.authorization = authorization;
        this.clients = IntStream.range(0, clients)
                .mapToObj(i -> Thread.ofPlatform().name("load-" + i).start(this::push)).toList();
    }

    private void push() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        while (running.get()) {
            long n = sequence.incrementAndGet();
            String body = "{\"source\": \"fault-load\", \"url\": \"https://fault-load.example/" + UUID.randomUUID()
                    + "\", \"title\": \"Load article " + n + "\", \"body\": \"Article number " + n
                    + " of the sustained load, sent while the broker may be going away.\"}";
            long sent = System.nanoTime();
            HttpRequest.Builder request = HttpRequest.newBuilder(articles).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Optional<String> id = Optional.empty();
                if (response.statusCode() == 202) {
                    JsonNode result = JSON.readTree(response.body()).path("results").get(0);
                    id = Optional.of(result.path("id").asText());
                    acknowledged.add(id.get());
                }
                answers.add(new Answer(sent, System.nanoTime(), response.statusCode(), id));
                if (response.statusCode() == 503) {
                    Thread.sleep(50); // a polite client backs off a little; Retry-After says 5 s, a test cannot wait that long
                }
            } catch (IOException e) {
                answers.add(new Answer(sent, System.nanoTime(), 0, Optional.empty()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Set<String> acknowledged() {
        return acknowledged;
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** How many answers of each status (0: no answer) among those sent in [from, to) (System.nanoTime). */
    Map<Integer, Long> statuses(long fromNanos, long toNanos) {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.stream().filter(a -> a.sentNanos() >= fromNanos && a.sentNanos() < toNanos)
                .forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        return counts;
    }

    /** How many answers of each status among those sent and answered within [from, to) (System.nanoTime). */
    Map<Integer, Long> statusesAnsweredWithin(long fromNanos, long toNanos) {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.stream().filter(a -> a.sentNanos() >= fromNanos && a.answeredNanos() < toNanos)
                .forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(40));
        }
    }
}
