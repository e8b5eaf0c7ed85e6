package io.newswire.faults;

import io.newswire.ingest.ApiKeyStore;
import io.newswire.ingest.IngestApp;
import io.newswire.stack.FreePorts;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.RecordReader;
import io.newswire.testkit.TestTopics;
import io.newswire.testkit.WithNewswireStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More than ten thousand hostile requests against ingest in a JVM held to a 256 MB heap, while an honest scraper keeps
 * pushing: every hostile request is answered 4xx (never 5xx, never left hanging), none writes anything, the honest
 * articles are all stored, and the heap stays bounded.
 */
@WithNewswireStack
class HostileHttpIT {
    private static final int REQUESTS = 10_000;
    private static final int SENDERS = 4;
    private static final String HEAP = "256m";

    @Test
    void everyHostileRequestGetsA4xxAndIngestKeepsServing(NewswireStack stack) throws Exception {
        FaultReport report = new FaultReport("hostile-http", "Hostile HTTP input");
        String raw = TestTopics.createArticleTopic(stack, "faults.hostile.raw");
        ApiKeyStore.NewKey key = ApiKeyStore.generate("hostile-key", "hostile");
        int port = FreePorts.pick();
        String ingestUrl = "http://127.0.0.1:" + port;
        List<HostileCorpus.Request> corpus = new HostileCorpus(20261129L, "Bearer " + key.secret()).generate(REQUESTS);

        try (ChildJvm ingest = ChildJvm.start("ingest-hostile", IngestApp.class.getName(), HEAP, List.of(
                "--kafka.bootstrap.servers=" + stack.bootstrapServers(), "--schema.registry.url=" + stack.schemaRegistryUrl(),
                "--topics.create=false", "--ingest.port=" + port, "--ingest.auth=keys", "--ingest.api.keys=" + key.entry(),
                "--ingest.rate.limit.records.per.second=0", "--ingest.topic=" + raw))) {
            ingest.awaitReady(ingestUrl + "/health/ready", Duration.ofMinutes(1));

            AtomicBoolean hostileRunning = new AtomicBoolean(true);
            HonestScraper honest = new HonestScraper(ingestUrl, "Bearer " + key.secret(), hostileRunning);
            HeapWatch heap = new HeapWatch(ingestUrl + "/metrics", hostileRunning);
            Map<String, Map<Integer, Long>> answersByKind = new ConcurrentHashMap<>();
            List<String> wrongAnswers = new CopyOnWriteArrayList<>();
            AtomicLong slowest = new AtomicLong();
            ConcurrentLinkedQueue<HostileCorpus.Request> queue = new ConcurrentLinkedQueue<>(corpus);
            long started = System.nanoTime();
            List<Thread> senders = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                senders.add(Thread.ofPlatform().name("hostile-" + i).start(() -> {
                    RawHttp http = new RawHttp(port, Duration.ofSeconds(20));
                    for (HostileCorpus.Request request = queue.poll(); request != null; request = queue.poll()) {
                        RawHttp.Answer answer = http.send(request.bytes(), request.halfClose());
                        answersByKind.computeIfAbsent(request.kind(), k -> new ConcurrentHashMap<>())
                                .merge(answer.status(), 1L, Long::sum);
                        slowest.accumulateAndGet(answer.millis(), Math::max);
                        if (answer.status() < 400 || answer.status() > 499) {
                            wrongAnswers.add(request.kind() + " / " + request.variant() + ": " + answer.problem());
                        }
                    }
                }));
            }
            for (Thread sender : senders) {
                sender.join();
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            hostileRunning.set(false);
            honest.join();
            heap.join();
            boolean alive = ingest.isAlive();
            boolean outOfMemory = ingest.output().contains("OutOfMemoryError");

            List<ConsumerRecord<String, byte[]>> stored = RecordReader.readToEnd(stack, raw, new ByteArrayDeserializer());
            Set<String> storedIds = stored.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            Map<String, Map<Integer, Long>> sorted = new TreeMap<>();
            answersByKind.forEach((kind, statuses) -> sorted.put(kind, new TreeMap<>(statuses)));
            Map<String, Long> variants = new TreeMap<>(corpus.stream()
                    .collect(Collectors.groupingBy(r -> r.kind() + ": " + r.variant(), Collectors.counting())));
            report.figure("hostile requests sent", corpus.size() + " in " + elapsedMillis + " ms, " + SENDERS + " at a time")
                    .figure("answers by kind (status: count)", sorted)
                    .figure("answers not 4xx (5xx, none, reset)", wrongAnswers.size())
                    .figure("slowest answer", slowest.get() + " ms")
                    .figure("honest articles pushed meanwhile / answered 202", honest.sent() + " / " + honest.acknowledged().size())
                    .figure("honest answers other than 202", honest.otherAnswers())
                    .figure("records on the raw topic / of them honest", stored.size() + " / "
                            + storedIds.stream().filter(honest.acknowledged()::contains).count())
                    .figure("ingest heap (-Xmx" + HEAP + "): most used seen", heap.maxUsedMegabytes() + " MB in "
                            + heap.samples() + " samples")
                    .figure("ingest alive at the end / OutOfMemoryError in its log", alive + " / " + outOfMemory)
                    .figure("variants", variants);

            assertThat(corpus).hasSizeGreaterThanOrEqualTo(REQUESTS);
            assertThat(wrongAnswers).as("hostile requests not answered 4xx").isEmpty();
            assertThat(honest.otherAnswers()).as("honest requests not answered 202").isEmpty();
            assertThat(honest.acknowledged()).as("honest articles pushed during the attack").isNotEmpty();
            assertThat(storedIds).as("what is on the raw topic: the honest articles, nothing hostile")
                    .isEqualTo(honest.acknowledged());
            assertThat(alive).as("ingest alive").isTrue();
            assertThat(outOfMemory).as("OutOfMemoryError in ingest's log").isFalse();
        }
    }

    /** An honest scraper pushing one good article every 100 ms for as long as the attack lasts. */
    private static final class HonestScraper extends Thread {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI articles;
        private final String authorization;
        private final AtomicBoolean running;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final List<String> otherAnswers = new CopyOnWriteArrayList<>();
        private final AtomicLong sent = new AtomicLong();

        HonestScraper(String ingestUrl, String authorization, AtomicBoolean running) {
            super("honest-scraper");
            this.articles = URI.create(ingestUrl + "/v1/articles");
            this.authorization = authorization;
            this.running = running;
            start();
        }

        @Override
        public void run() {
            while (running.get()) {
                long n = sent.incrementAndGet();
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(articles)
                            .timeout(Duration.ofSeconds(20)).header("Authorization", authorization)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"source\": \"hostile\", \"url\": "
                                    + "\"https://honest.example/" + n + "-" + System.nanoTime() + "\", \"title\": "
                                    + "\"An honest article " + n + "\", \"body\": \"Written while others attack.\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 202) {
                        acknowledged.add(response.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
                    } else {
                        otherAnswers.add(response.statusCode() + " " + response.body());
                    }
                    Thread.sleep(100);
                } catch (IOException e) {
                    otherAnswers.add("no answer: " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long sent() {
            return sent.get();
        }

        Set<String> acknowledged() {
            return acknowledged;
        }

        List<String> otherAnswers() {
            return otherAnswers;
        }
    }

    /** Samples ingest's heap use from its Prometheus endpoint every half second. */
    private static final class HeapWatch extends Thread {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI metrics;
        private final AtomicBoolean running;
        private final AtomicLong maxUsed = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();

        HeapWatch(String metricsUrl, AtomicBoolean running) {
            super("heap-watch");
            this.metrics = URI.create(metricsUrl);
            this.running = running;
            start();
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    long used = text.lines()
                            .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                            .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                            .sum();
                    maxUsed.accumulateAndGet(used, Math::max);
                    samples.incrementAndGet();
                    Thread.sleep(500);
                } catch (IOException e) {
                    // a missed sample; the next one counts
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long maxUsedMegabytes() {
            return maxUsed.get() >> 20;
        }

        long samples() {
            return samples.get();
        }
    }
}
