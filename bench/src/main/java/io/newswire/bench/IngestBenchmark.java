package io.newswire.bench;

import io.newswire.client.RawArticleWriter;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClientConfig;
import io.newswire.runtime.ClusterSettings;
import io.newswire.runtime.Settings;
import io.newswire.stack.LocalStack;
import io.newswire.stack.ScratchFolder;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TopicProvisioner;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Ingest throughput against its baseline, in one run on one broker: a bare KafkaProducer writing the same articles
 * with the same durable settings (what ingest could do at best), then HTTP batches of 100 articles from several
 * clients, then single-article requests from many clients. Phases alternate over several rounds, each round in a
 * different order, and the medians are compared, because these machines are shared and noisy.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest over HTTP (batches and single requests) against a bare Kafka producer on the same broker.")
final class IngestBenchmark implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(IngestBenchmark.class);

    @Option(names = "--duration", defaultValue = "15", description = "Seconds per timed phase (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds of warm-up per phase (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds of the three phases (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--article-bytes", defaultValue = "3072", description = "Article size (default ${DEFAULT-VALUE}).")
    int articleBytes;

    @Option(names = "--batch", defaultValue = "100", description = "Articles per batch request (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--batch-clients", defaultValue = "16",
            description = "Concurrent batch clients (default ${DEFAULT-VALUE}: enough requests in flight to keep Kafka's batches full).")
    int batchClients;

    @Option(names = "--single-clients", defaultValue = "64", description = "Concurrent single-article clients (default ${DEFAULT-VALUE}).")
    int singleClients;

    @Option(names = "--phases", defaultValue = "bare,batches,singles", split = ",",
            description = "Phases to run, of bare, batches, singles (default all; the ratios need bare).")
    List<String> only;

    @Override
    public Integer call() throws Exception {
        // The broker's log of a run reaches gigabytes: the folder goes when the run ends.
        try (ScratchFolder data = ScratchFolder.create("newswire-bench-");
             LocalStack stack = LocalStack.start(LocalStack.Settings.forTests(data.path()))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
                new TopicProvisioner(admin).ensure(NewswireTopics.core(3, (short) 1));
            }
            Settings settings = Settings.load(IngestSettings.all(), ClusterSettings.PASS_THROUGH, Map.of(),
                    "--kafka.bootstrap.servers=" + stack.bootstrapServers(),
                    "--schema.registry.url=" + stack.schemaRegistryUrl(),
                    "--topics.create=false", "--ingest.port=0", "--ingest.auth=open",
                    "--ingest.rate.limit.records.per.second=0", "--ingest.max.inflight.requests=1024");
            SyntheticArticles.Pools articles = new SyntheticArticles(articleBytes).pools(batch, 64, 6400);
            SchemaRegistryClient registry = new SchemaRegistryClient(SchemaRegistryClientConfig.of(stack.schemaRegistryUrl()));
            Map<String, Object> producerConfig = new HashMap<>(ClusterSettings.kafkaClientConfig(settings));
            producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
            try (IngestService ingest = IngestService.start(settings);
                 RawArticleWriter bare = new RawArticleWriter(producerConfig, registry)) {
                bare.registerSchema();
                List<Phase> phases = new ArrayList<>();
                if (only.contains("bare")) {
                    phases.add(new Phase("bare KafkaProducer (baseline)", () -> bareProducer(bare, articles)));
                }
                if (only.contains("batches")) {
                    phases.add(new Phase("HTTP, batches of " + batch + " (" + batchClients + " clients)",
                            () -> httpBatches(ingest.url(), articles)));
                }
                if (only.contains("singles")) {
                    phases.add(new Phase("HTTP, single articles (" + singleClients + " clients)",
                            () -> httpSingles(ingest.url(), articles)));
                }
                for (Phase phase : phases) {
                    log.info("Warming up: {}", phase.name());
                    phase.run(Duration.ofSeconds(warmupSeconds));
                }
                Map<String, List<PhaseResult>> results = new HashMap<>();
                for (int round = 1; round <= rounds; round++) {
                    // Each round starts one phase later, so that no phase always runs right after the same one (the
                    // broker's page cache still busy with the heaviest writer's gigabyte, for one).
                    List<Phase> order = new ArrayList<>(phases);
                    Collections.rotate(order, -(round - 1));
                    for (Phase phase : order) {
                        log.info("Round {}/{}: {}", round, rounds, phase.name());
                        results.computeIfAbsent(phase.name(), k -> new ArrayList<>())
                                .add(phase.run(Duration.ofSeconds(seconds)));
                    }
                }
                report(phases, results);
            }
        }
        return 0;
    }

    /** A phase: a load that runs for a given time and says what it achieved. */
    private record Phase(String name, Supplier<Load> load) {
        PhaseResult run(Duration duration) {
            long cpuBefore = ProcessCpu.nanos();
            PhaseResult result = load.get().run(name, duration);
            return result.withCpu(Duration.ofNanos(ProcessCpu.nanos() - cpuBefore));
        }
    }

    @FunctionalInterface
    private interface Load {
        PhaseResult run(String name, Duration duration);
    }

    private Load bareProducer(RawArticleWriter writer, SyntheticArticles.Pools articles) {
        return (name, duration) -> {
            Histogram latency = new ConcurrentHistogram(3);
            AtomicLong stored = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            Semaphore outstanding = new Semaphore(20_000);
            long bytesPerArticle = articles.articleJsonBytes();
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            while (System.nanoTime() < end) {
                outstanding.acquireUninterruptibly();
                long sent = System.nanoTime();
                writer.write(SyntheticArticles.Pools.next(articles.records())).whenComplete((publication, error) -> {
                    if (error == null) {
                        stored.incrementAndGet();
                        latency.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                    } else {
                        failed.incrementAndGet();
                    }
                    outstanding.release();
                });
            }
            writer.flush();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new PhaseResult(name, stored.get(), stored.get() * bytesPerArticle, failed.get(), elapsed, latency);
        };
    }

    private Load httpBatches(String url, SyntheticArticles.Pools articles) {
        return (name, duration) -> http(name, duration, url, batchClients, batch, "application/x-ndjson",
                () -> SyntheticArticles.Pools.next(articles.batches()));
    }

    private Load httpSingles(String url, SyntheticArticles.Pools articles) {
        return (name, duration) -> http(name, duration, url, singleClients, 1, "application/json",
                () -> SyntheticArticles.Pools.next(articles.singles()));
    }

    private static PhaseResult http(String name, Duration duration, String url, int clients, int articlesPerRequest,
                                    String contentType, Supplier<byte[]> body) {
        URI base = URI.create(url);
        // Whole requests, built before the clock starts: the generator only writes bytes and reads answers.
        Map<byte[], byte[]> requests = new java.util.IdentityHashMap<>();
        Histogram latency = new ConcurrentHistogram(3);
        AtomicLong stored = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().name("bench-client-" + c).start(() -> {
                try (KeepAliveHttpClient http = new KeepAliveHttpClient(base)) {
                    while (System.nanoTime() < end) {
                        byte[] payload = body.get();
                        byte[] request;
                        synchronized (requests) {
                            request = requests.computeIfAbsent(payload,
                                    p -> KeepAliveHttpClient.postRequest(base, "/v1/articles", contentType, p));
                        }
                        long sent = System.nanoTime();
                        try {
                            int status = http.send(request);
                            if (status == 202) {
                                latency.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                                stored.addAndGet(articlesPerRequest);
                                bytes.addAndGet(payload.length);
                            } else if (failed.incrementAndGet() == 1) {
                                log.warn("{}: answered {}", name, status);
                            }
                        } catch (IOException e) {
                            if (failed.incrementAndGet() == 1) {
                                log.warn("{}: {}", name, e.toString());
                            }
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new PhaseResult(name, stored.get(), bytes.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start),
                latency);
    }

    private void report(List<Phase> phases, Map<String, List<PhaseResult>> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nIngest benchmark: %d-byte articles, %d rounds of %d s per phase, "
                        + "%d cores, broker and registry on this machine%n%n",
                articleBytes, rounds, seconds, Runtime.getRuntime().availableProcessors()));
        out.append(PhaseResult.header()).append('\n');
        Map<String, Double> medians = new HashMap<>();
        Map<String, Double> cpuMedians = new HashMap<>();
        for (Phase phase : phases) {
            List<PhaseResult> rows = results.get(phase.name());
            rows.forEach(r -> out.append(r.row()).append('\n'));
            medians.put(phase.name(), median(rows.stream().map(PhaseResult::articlesPerSecond).toList()));
            cpuMedians.put(phase.name(), median(rows.stream().map(PhaseResult::cpuMicrosPerArticle).toList()));
        }
        if (phases.size() < 3) {
            System.out.println(out);
            return;
        }
        double baseline = medians.get(phases.get(0).name());
        double batches = medians.get(phases.get(1).name());
        double singles = medians.get(phases.get(2).name());
        out.append(String.format(Locale.ROOT, "%nMedians: baseline %.0f articles/s, HTTP batches %.0f, HTTP singles %.0f%n",
                baseline, batches, singles));
        out.append(String.format(Locale.ROOT, "Ratio HTTP batches / bare producer: %.2f (target 0.70 or more)%n",
                batches / baseline));
        out.append(String.format(Locale.ROOT, "Ratio HTTP singles / bare producer: %.2f; single requests %.0f/s (target 5000/s)%n",
                singles / baseline, singles));
        double baselineCpu = cpuMedians.get(phases.get(0).name());
        out.append(String.format(Locale.ROOT, "CPU per article (whole process): bare %.1f µs, HTTP batches %.1f µs "
                        + "(ratio %.2f), HTTP singles %.1f µs%n", baselineCpu, cpuMedians.get(phases.get(1).name()),
                baselineCpu / cpuMedians.get(phases.get(1).name()), cpuMedians.get(phases.get(2).name())));
        System.out.println(out);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
